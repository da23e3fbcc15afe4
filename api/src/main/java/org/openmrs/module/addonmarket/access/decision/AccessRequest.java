package org.openmrs.module.addonmarket.access.decision;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.openmrs.module.addonmarket.install.InstallationState;

/**
 * Everything {@link AccessPolicy#decide(AccessRequest)} looks at, and nothing it would have to fetch: the decision
 * is a function of this value alone. Build with {@link #builder(AccessOperation, String)}.
 *
 * @param installationState the installation's state, or null when no installation has the uuid the add-on gave
 * @param grant the installation's newest grant, or null when it has none
 * @param operation what the add-on asks to do
 * @param resourceType the FHIR resource type, e.g. {@code Observation}; null for egress
 * @param parameters for a search, its values of {@code code}, {@code category} and {@code type} (each value one
 *            token); for a create, the new record's tokens; empty for a read, which is checked record by record
 * @param contextPatient the patient the add-on was invoked for (an action's or a trigger's), or null
 * @param patient the patient the call touches (the search's, the new record's subject), or null when the call
 *            names none: a read (checked per record), a search across patients, a notice about nobody
 * @param userUuid the user behind the call, or null for a background run (trigger or schedule)
 * @param userPrivileges the OpenMRS privileges that user holds (only the clinical ones matter)
 * @param destination where an egress call goes; null otherwise
 * @param at the time to judge expiry by
 */
public record AccessRequest(InstallationState installationState, GrantTerms grant, AccessOperation operation,
        String resourceType, Map<String, List<String>> parameters, String contextPatient, String patient,
        String userUuid, Set<String> userPrivileges, URI destination, Instant at) {

	public AccessRequest {
		Objects.requireNonNull(operation, "operation");
		Objects.requireNonNull(at, "at");
		parameters = parameters == null ? Map.of() : Map.copyOf(parameters);
		userPrivileges = userPrivileges == null ? Set.of() : Set.copyOf(userPrivileges);
	}

	/** @return a builder for that call; everything else starts empty (no installation, no grant, no user) */
	public static Builder builder(AccessOperation operation, String resourceType) {
		return new Builder(operation, resourceType);
	}

	/** @return whether a user is behind the call */
	public boolean hasUser() {
		return userUuid != null;
	}

	/** @return the values the call gives for a parameter, possibly none */
	public List<String> values(String name) {
		return parameters.getOrDefault(name, List.of());
	}

	/** Builds an {@link AccessRequest}. */
	public static final class Builder {

		private final AccessOperation operation;

		private final String resourceType;

		private InstallationState installationState;

		private GrantTerms grant;

		private Map<String, List<String>> parameters = Map.of();

		private String contextPatient;

		private String patient;

		private String userUuid;

		private Set<String> userPrivileges = Set.of();

		private URI destination;

		private Instant at = Instant.EPOCH;

		private Builder(AccessOperation operation, String resourceType) {
			this.operation = operation;
			this.resourceType = resourceType;
		}

		/** The installation's state and newest grant (either may be null). */
		public Builder standing(InstallationState state, GrantTerms newestGrant) {
			this.installationState = state;
			this.grant = newestGrant;
			return this;
		}

		public Builder parameters(Map<String, List<String>> value) {
			this.parameters = value;
			return this;
		}

		/** The patient the add-on was invoked for and the patient the call touches (either may be null). */
		public Builder patients(String invokedFor, String touched) {
			this.contextPatient = invokedFor;
			this.patient = touched;
			return this;
		}

		/** The user behind the call (null for none) and the privileges they hold. */
		public Builder user(String uuid, Set<String> privileges) {
			this.userUuid = uuid;
			this.userPrivileges = privileges;
			return this;
		}

		public Builder destination(URI value) {
			this.destination = value;
			return this;
		}

		public Builder at(Instant value) {
			this.at = value;
			return this;
		}

		public AccessRequest build() {
			return new AccessRequest(installationState, grant, operation, resourceType, parameters, contextPatient,
			        patient, userUuid, userPrivileges, destination, at);
		}
	}
}
