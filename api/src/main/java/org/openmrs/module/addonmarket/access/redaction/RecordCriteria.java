package org.openmrs.module.addonmarket.access.redaction;

import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.openmrs.module.addonmarket.access.decision.ScopeTerms;

/**
 * What every record a permitted read or search returns must satisfy before it is released.
 *
 * @param resourceType the type the add-on asked for
 * @param permitting the scopes that permitted the call; a record is released under the first that admits it
 * @param contextPatient the patient the add-on was invoked for, or null; records under a patient/ scope must be his
 * @param patient the patient the search asked for, or null for any
 * @param asked the search's values by parameter ({@code code}, {@code category}, {@code type}); a record must have
 *            one of each parameter's values, so that a host that answers more than asked releases nothing more
 * @param sensitive the sensitive codes
 */
public record RecordCriteria(String resourceType, List<ScopeTerms> permitting, String contextPatient, String patient,
        Map<String, List<String>> asked, SensitiveCodes sensitive) {

	public RecordCriteria {
		Objects.requireNonNull(resourceType, "resourceType");
		permitting = List.copyOf(permitting);
		asked = asked == null ? Map.of() : Map.copyOf(asked);
		sensitive = sensitive == null ? SensitiveCodes.NONE : sensitive;
	}
}
