package org.openmrs.module.addonmarket.audit;

import java.io.OutputStream;
import java.io.Writer;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.openmrs.module.addonmarket.Page;
import org.openmrs.module.addonmarket.error.AddonMarketException;

/**
 * What auditors do with the audit log: search it, see which add-ons touched a chart, verify the chain, export it
 * and compare what add-ons declared with what they did. Every method needs View Add-on Access Log.
 */
public interface AuditService {

	/**
	 * @param query the criteria and the page
	 * @return the matching events, newest first
	 * @throws AddonMarketException NOT_SIGNED_IN, PRIVILEGE_REQUIRED
	 */
	Page<AuditEvent> find(AuditQuery query);

	/**
	 * Which add-ons touched this patient's chart, with what and how often.
	 *
	 * @param patientUuid the patient
	 * @param from the earliest time included, or null
	 * @param to the time from which events are excluded, or null
	 * @return one summary per add-on, the most recently active first
	 * @throws AddonMarketException NOT_SIGNED_IN, PRIVILEGE_REQUIRED, AUDIT_QUERY_INVALID
	 */
	List<PatientAccessSummary> addonsThatTouched(String patientUuid, Instant from, Instant to);

	/**
	 * @see AuditLog#verify(Long, Long)
	 * @throws AddonMarketException NOT_SIGNED_IN, PRIVILEGE_REQUIRED
	 */
	ChainVerification verify(Long fromSequence, Long toSequence);

	/**
	 * Signs a checkpoint of the newest event now.
	 *
	 * @see AuditLog#checkpoint()
	 * @throws AddonMarketException NOT_SIGNED_IN, PRIVILEGE_REQUIRED
	 */
	AuditCheckpoint checkpoint();

	/**
	 * Writes the matching events as CSV (RFC 4180: a header row, every field, CRLF line ends), oldest first, as
	 * they are read: the export is never held in memory whole.
	 *
	 * @param filter the criteria; its page is ignored
	 * @param out where to write; not closed
	 * @throws AddonMarketException NOT_SIGNED_IN, PRIVILEGE_REQUIRED, AUDIT_EXPORT_FAILED when writing fails
	 */
	void exportCsv(AuditQuery filter, Writer out);

	/**
	 * Writes the matching events as a FHIR R4 Bundle (type collection) of AuditEvent resources shaped by IHE BALP,
	 * oldest first, as they are read.
	 *
	 * @param filter the criteria; its page is ignored
	 * @param out where to write UTF-8 JSON; not closed
	 * @throws AddonMarketException NOT_SIGNED_IN, PRIVILEGE_REQUIRED, AUDIT_EXPORT_FAILED when writing fails
	 */
	void exportFhir(AuditQuery filter, OutputStream out);

	/**
	 * Per add-on, what it declared against what it did in [from, to), with drift flagged. Computed by the database
	 * (grouped counts), not by reading every event.
	 *
	 * @param from the start of the period, included
	 * @param to the end of the period, excluded
	 * @param declared each add-on's declared scopes and egress, by add-on id
	 * @return the report
	 * @throws AddonMarketException NOT_SIGNED_IN, PRIVILEGE_REQUIRED, AUDIT_QUERY_INVALID
	 */
	DataFlowReport dataFlow(Instant from, Instant to, Map<String, DeclaredFlow> declared);
}
