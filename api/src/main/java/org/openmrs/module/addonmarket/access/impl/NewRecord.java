package org.openmrs.module.addonmarket.access.impl;

import java.util.List;
import java.util.Map;

import org.openmrs.module.addonmarket.access.decision.SupportedCalls;
import org.openmrs.module.addonmarket.access.redaction.ClinicalRecord;
import org.openmrs.module.addonmarket.catalog.scope.Scope;
import org.openmrs.module.addonmarket.error.AddonMarketException;
import org.openmrs.module.addonmarket.error.ErrorCode;
import org.openmrs.module.addonmarket.error.InvalidInputException;
import org.openmrs.module.addonmarket.notice.NoticeDraft;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A record an add-on asks to create, checked for shape and reduced to what the decision judges: whose it is and
 * its codes. A notice without a patient is about the run's patient, if there is one.
 *
 * @param patient the patient it is about, or null
 * @param tokens its {@code code} and {@code category} tokens
 * @param notice the checked notice, when it is one; null otherwise
 */
record NewRecord(String patient, Map<String, List<String>> tokens, NoticeDraft notice) {

	/**
	 * @throws AddonMarketException ACCESS_REQUEST_INVALID for an Observation without {@code subject} or with an id
	 * @throws InvalidInputException NOTICE_INVALID for a notice that is not valid
	 */
	static NewRecord of(String resourceType, ObjectNode resource, String contextPatient) {
		if (resource == null) {
			throw invalid("Give the record to create", "resource");
		}
		if (SupportedCalls.NOTICE.equals(resourceType)) {
			NoticeDraft draft = NoticeDraft.parse(resource);
			String patient = draft.patient() != null ? draft.patient() : contextPatient;
			return new NewRecord(patient, Map.of(),
			        new NoticeDraft(draft.severity(), draft.text(), patient, draft.audience()));
		}
		if (!"Observation".equals(resourceType)) {
			return new NewRecord(null, Map.of(), null);
		}
		ClinicalRecord record = ClinicalRecord.of(resource);
		if (resource.has("resourceType") && !resourceType.equals(record.resourceType())) {
			throw invalid("The record's resourceType must be " + resourceType, "/resourceType");
		}
		if (resource.has("id")) {
			throw invalid("A new record has no id: the EHR gives it one", "/id");
		}
		if (record.patient() == null) {
			throw invalid("An Observation names its patient in subject.reference, as \"Patient/<uuid>\"",
			    "/subject/reference");
		}
		return new NewRecord(record.patient(),
		        Map.of(Scope.CODE, record.tokens(Scope.CODE), Scope.CATEGORY, record.tokens(Scope.CATEGORY)), null);
	}

	private static AddonMarketException invalid(String message, String field) {
		return new AddonMarketException(ErrorCode.ACCESS_REQUEST_INVALID, message, field);
	}
}
