package org.openmrs.module.addonmarket.access;

import java.net.URI;
import java.util.List;
import java.util.Map;

import org.openmrs.module.addonmarket.audit.AuditUnavailableException;
import org.openmrs.module.addonmarket.error.AddonMarketException;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The one door between add-on code and patient data (DESIGN.md section 5). Every call is decided by
 * {@link org.openmrs.module.addonmarket.access.decision.AccessPolicy} (deny by default), recorded in the audit log
 * as exactly one access event (permit, deny or error), and releases data only after that event is committed. When
 * the event cannot be committed, the call fails with {@link AuditUnavailableException} and releases nothing.
 * <p>
 * It needs no privilege of its own: the add-on runtime calls it, and the decision checks the privileges of the user
 * behind the call. Results are FHIR R4 JSON, each record cut to the elements its scope allows ({@code resourceType}
 * and {@code id} always kept).
 */
public interface AccessGateway {

	/**
	 * Reads one record. The record is checked against the permitting scopes (code, category, type, the patient of a
	 * patient/ scope) and the sensitive-code list before it is released.
	 *
	 * @param context the run
	 * @param resourceType Patient, Observation, Encounter or Condition
	 * @param id the record's id
	 * @return the record, cut to its scope's elements
	 * @throws AccessDeniedException when the call or the record is refused
	 * @throws AddonMarketException RESOURCE_NOT_FOUND, ACCESS_REQUEST_INVALID, CLINICAL_DATA_UNAVAILABLE
	 * @throws AuditUnavailableException when the access could not be recorded
	 */
	ObjectNode read(AccessContext context, String resourceType, String id);

	/**
	 * Searches records. Parameters: {@code patient} (default: the run's patient), {@code code}, {@code category},
	 * {@code type} (tokens; a value may list several, comma-separated, meaning any of them), {@code name} (Patient)
	 * and {@code _count} (1 to 1,000, default 50). A search must stay inside a scope's restrictions; every record
	 * returned is checked again, and records outside the search, the scope or the sensitive-data rule are withheld
	 * and counted in the audit event.
	 *
	 * @param context the run
	 * @param resourceType Patient, Observation, Encounter or Condition
	 * @param parameters the search parameters, each a list of values
	 * @return the records released, cut to their scope's elements; possibly none
	 * @throws AccessDeniedException when the call is refused
	 * @throws AddonMarketException ACCESS_REQUEST_INVALID (an unknown parameter, two patients), CLINICAL_DATA_UNAVAILABLE
	 * @throws AuditUnavailableException when the access could not be recorded
	 */
	List<ObjectNode> search(AccessContext context, String resourceType, Map<String, List<String>> parameters);

	/**
	 * Creates a record: an Observation (written through the host; its {@code subject} names the patient and its
	 * codes must lie within the scope) or a Notice ({@code {severity, text, patient?, audience?}}, kept by the
	 * module). The write is rolled back when the access cannot be recorded.
	 *
	 * @param context the run
	 * @param resourceType Observation or Notice
	 * @param resource the new record as JSON
	 * @return the record as stored, with its id
	 * @throws AccessDeniedException when the call is refused
	 * @throws AddonMarketException ACCESS_REQUEST_INVALID, NOTICE_INVALID, CLINICAL_DATA_UNAVAILABLE
	 * @throws AuditUnavailableException when the access could not be recorded
	 */
	ObjectNode create(AccessContext context, String resourceType, ObjectNode resource);

	/**
	 * Decides whether the add-on may send a request out of the EHR: the URL must lie under one of the grant's
	 * approved egress destinations at a path boundary. The permit is recorded (destination and bytes) before it is
	 * returned; the caller then makes the request.
	 *
	 * @param context the run
	 * @param destination the absolute URL
	 * @param method GET, POST, PUT, PATCH, DELETE or HEAD
	 * @param bytesToSend the size of the request body, 0 or more
	 * @return the permit
	 * @throws AccessDeniedException EGRESS_NOT_APPROVED and the other standing reasons
	 * @throws AddonMarketException ACCESS_REQUEST_INVALID
	 * @throws AuditUnavailableException when the permit could not be recorded
	 */
	EgressPermit egress(AccessContext context, URI destination, String method, long bytesToSend);
}
