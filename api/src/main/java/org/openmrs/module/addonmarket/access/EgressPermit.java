package org.openmrs.module.addonmarket.access;

/**
 * Leave to send one request out of the EHR. The gateway has recorded it (destination and bytes) before handing it
 * out; the caller makes the request and sends no more than {@link #bytesToSend()}.
 *
 * @param destination the URL, as permitted
 * @param method the HTTP method, upper case
 * @param bytesToSend the most bytes the request may carry
 * @param approvedEntry the approved egress destination the URL lies under
 * @param grantUuid the grant that approved it
 * @param auditSequence the sequence number of the audit event that recorded it
 */
public record EgressPermit(String destination, String method, long bytesToSend, String approvedEntry,
        String grantUuid, long auditSequence) {
}
