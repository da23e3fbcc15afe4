package org.openmrs.module.addonmarket.audit;

/**
 * What a recomputation of the audit chain found.
 *
 * @param valid whether every event checked is intact and in place, and every signed checkpoint in the range holds
 * @param checked how many events were recomputed
 * @param firstBrokenSequence the sequence number of the first event that is missing, edited, out of place or
 *            contradicts a checkpoint; null when valid
 * @param reason what was found, in words an auditor reads
 */
public record ChainVerification(boolean valid, long checked, Long firstBrokenSequence, String reason) {

	/** @return an intact chain */
	public static ChainVerification intact(long checked, String reason) {
		return new ChainVerification(true, checked, null, reason);
	}

	/** @return a chain broken at that sequence number */
	public static ChainVerification broken(long checked, long sequence, String reason) {
		return new ChainVerification(false, checked, sequence, reason);
	}
}
