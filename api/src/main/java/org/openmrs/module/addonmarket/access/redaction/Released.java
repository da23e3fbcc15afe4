package org.openmrs.module.addonmarket.access.redaction;

import java.util.List;
import java.util.Set;

import org.openmrs.module.addonmarket.access.decision.AccessReason;
import org.openmrs.module.addonmarket.access.decision.ScopeTerms;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * What a read or search releases after redaction, and what it held back.
 *
 * @param records the records released, each cut to the elements its scope allows
 * @param ids their ids, in order
 * @param scopes the scope each was released under, in order
 * @param elements the top-level elements released across all records, sorted ({@code resourceType} and {@code id}
 *            left out: every record has them)
 * @param patients the patients the released records belong to
 * @param withheld why each withheld record was withheld, in order ({@link AccessReason#RECORD_OUTSIDE_SCOPE},
 *            {@link AccessReason#PATIENT_OUT_OF_CONTEXT} or {@link AccessReason#SENSITIVE_WITHHELD})
 */
public record Released(List<ObjectNode> records, List<String> ids, List<ScopeTerms> scopes, List<String> elements,
        Set<String> patients, List<AccessReason> withheld) {

	public Released {
		records = List.copyOf(records);
		ids = List.copyOf(ids);
		scopes = List.copyOf(scopes);
		elements = List.copyOf(elements);
		patients = Set.copyOf(patients);
		withheld = List.copyOf(withheld);
	}

	/** @return the scope the first record was released under, or null when none was */
	public ScopeTerms firstScope() {
		return scopes.isEmpty() ? null : scopes.get(0);
	}

	/** @return how many records were withheld */
	public int withheldCount() {
		return withheld.size();
	}

	/** @return the one patient every released record belongs to, or null when there are none or several */
	public String onePatient() {
		return patients.size() == 1 ? patients.iterator().next() : null;
	}
}
