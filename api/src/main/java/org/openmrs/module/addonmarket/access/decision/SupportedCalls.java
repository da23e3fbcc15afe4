package org.openmrs.module.addonmarket.access.decision;

import java.util.Map;
import java.util.Optional;

import org.openmrs.module.addonmarket.Privileges;

/**
 * The calls the gateway offers add-ons, and the OpenMRS privilege each needs of the user behind it: reading and
 * searching patients, observations, encounters and conditions; creating observations and notices. Notices are the
 * module's own and need no platform privilege.
 */
public final class SupportedCalls {

	private static final Map<String, String> READ_PRIVILEGES = Map.of("Patient", Privileges.GET_PATIENTS,
	    "Observation", Privileges.GET_OBSERVATIONS, "Encounter", Privileges.GET_ENCOUNTERS, "Condition",
	    Privileges.GET_CONDITIONS);

	private static final Map<String, String> CREATE_PRIVILEGES = Map.of("Observation", Privileges.ADD_OBSERVATIONS,
	    "Notice", "");

	/** The module's own resource type, created through the gateway and kept by the module. */
	public static final String NOTICE = "Notice";

	private SupportedCalls() {
	}

	/** @return whether the gateway offers that operation on that resource type (egress takes none) */
	public static boolean supports(AccessOperation operation, String resourceType) {
		if (operation == AccessOperation.EGRESS) {
			return true;
		}
		return resourceType != null && table(operation).containsKey(resourceType);
	}

	/**
	 * @return the privilege the user behind a supported call must hold, or empty when it needs none (notices,
	 *         egress) or the call is not supported
	 */
	public static Optional<String> privilege(AccessOperation operation, String resourceType) {
		if (!supports(operation, resourceType) || operation == AccessOperation.EGRESS) {
			return Optional.empty();
		}
		return Optional.of(table(operation).get(resourceType)).filter(p -> !p.isEmpty());
	}

	private static Map<String, String> table(AccessOperation operation) {
		return operation == AccessOperation.CREATE ? CREATE_PRIVILEGES : READ_PRIVILEGES;
	}
}
