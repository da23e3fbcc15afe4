package org.openmrs.module.addonmarket.access.decision;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;

import org.openmrs.module.addonmarket.catalog.scope.Scope;
import org.openmrs.module.addonmarket.catalog.scope.ScopeContext;
import org.openmrs.module.addonmarket.install.InstallationState;

/**
 * The gateway's rule, as one pure function: no I/O, no clock, no state. Deny by default; permit only when an ACTIVE
 * installation's newest grant is in force and holds a scope that covers the call (context, resource type,
 * permission, parameters) and, when a user is behind a patient/ or user/ call, that user holds the matching OpenMRS
 * privilege. DESIGN.md section 5; docs/decisions/0006-access-gateway.md has the rules in full.
 */
public final class AccessPolicy {

	/** Each operation's verb for the decision's text, spelled once rather than lower-cased per call. */
	private static final Map<AccessOperation, String> VERBS = new EnumMap<>(AccessOperation.class);

	static {
		for (AccessOperation operation : AccessOperation.values()) {
			VERBS.put(operation, operation.name().toLowerCase(Locale.ROOT));
		}
	}

	private AccessPolicy() {
	}

	/**
	 * @param request the call and everything it is judged by
	 * @return a permit naming the scopes and the grant, or a denial naming its reason
	 */
	public static AccessDecision decide(AccessRequest request) {
		Optional<AccessDecision> refused = standing(request);
		if (refused.isPresent()) {
			return refused.get();
		}
		String grant = request.grant().uuid();
		if (request.operation() == AccessOperation.EGRESS) {
			return egress(request);
		}
		if (!SupportedCalls.supports(request.operation(), request.resourceType())) {
			return AccessDecision.deny(AccessReason.OPERATION_NOT_SUPPORTED, "Add-ons cannot "
			        + verb(request.operation()) + " " + request.resourceType() + " through the gateway", grant);
		}
		List<ScopeTerms> permitting = new ArrayList<>();
		ScopeVerdict closest = null;
		for (ScopeTerms terms : request.grant().scopes()) {
			ScopeVerdict verdict = judge(terms.scope(), request);
			if (verdict.reason() == null) {
				permitting.add(terms);
			}
			else if (closest == null || verdict.stage() > closest.stage()) {
				closest = verdict;
			}
		}
		if (!permitting.isEmpty()) {
			return new AccessDecision(AccessReason.COVERED, "Scope " + permitting.get(0) + " of grant " + grant
			        + " covers " + verb(request.operation()) + " " + request.resourceType(), grant, permitting, null);
		}
		if (closest == null || closest.stage() == 0) {
			return AccessDecision.deny(AccessReason.NO_COVERING_SCOPE, "No scope of grant " + grant + " lets the add-on "
			        + verb(request.operation()) + " " + request.resourceType() + "; it holds "
			        + request.grant().scopes(), grant);
		}
		return AccessDecision.deny(closest.reason(), closest.text(), grant);
	}

	/** Refuses a call whose installation is not active or whose grant is missing, revoked or expired. */
	private static Optional<AccessDecision> standing(AccessRequest request) {
		InstallationState state = request.installationState();
		GrantTerms grant = request.grant();
		if (state == null) {
			return Optional.of(AccessDecision.deny(AccessReason.INSTALLATION_NOT_FOUND, "No such installation", null));
		}
		if (state != InstallationState.ACTIVE) {
			return Optional.of(AccessDecision.deny(AccessReason.INSTALLATION_NOT_ACTIVE, "The installation is " + state
			        + "; only an ACTIVE installation reaches data", grant == null ? null : grant.uuid()));
		}
		if (grant == null) {
			return Optional.of(AccessDecision.deny(AccessReason.NO_GRANT, "The installation has no grant", null));
		}
		if (grant.revocation()) {
			return Optional.of(AccessDecision.deny(AccessReason.GRANT_REVOKED,
			    "Grant " + grant.uuid() + " revoked everything the installation was allowed", grant.uuid()));
		}
		if (grant.expiredAt(request.at())) {
			return Optional.of(AccessDecision.deny(AccessReason.GRANT_EXPIRED,
			    "Grant " + grant.uuid() + " expired at " + grant.expiresAt(), grant.uuid()));
		}
		return Optional.empty();
	}

	private static AccessDecision egress(AccessRequest request) {
		GrantTerms grant = request.grant();
		for (String approved : grant.egress()) {
			if (EgressApproval.approves(approved, request.destination())) {
				return new AccessDecision(AccessReason.EGRESS_APPROVED, EgressApproval.withoutQuery(request.destination()) + " lies under "
				        + approved + ", approved by grant " + grant.uuid(), grant.uuid(), List.of(), approved);
			}
		}
		return AccessDecision.deny(AccessReason.EGRESS_NOT_APPROVED, EgressApproval.withoutQuery(request.destination())
		        + " is not under an egress destination grant " + grant.uuid() + " approves; it approves "
		        + grant.egress(), grant.uuid());
	}

	/**
	 * One scope's verdict: null reason when it permits, else the reason and how far the call got (0 resource and
	 * permission, 1 parameters, 2 context, 3 privilege), so that the denial reports the scope that came closest.
	 */
	private record ScopeVerdict(int stage, AccessReason reason, String text) {

		static final ScopeVerdict PERMITS = new ScopeVerdict(4, null, null);
	}

	private static ScopeVerdict judge(Scope scope, AccessRequest request) {
		if (!scope.allows(request.operation().permission(), request.resourceType())) {
			return new ScopeVerdict(0, AccessReason.NO_COVERING_SCOPE, null);
		}
		String outside = outsideParameter(scope, request);
		if (outside != null) {
			return new ScopeVerdict(1, AccessReason.PARAMETER_OUTSIDE_SCOPE, outside);
		}
		ScopeVerdict context = context(scope, request);
		if (context != null) {
			return context;
		}
		Optional<String> privilege = SupportedCalls.privilege(request.operation(), request.resourceType());
		if (request.hasUser() && scope.context() != ScopeContext.SYSTEM && privilege.isPresent()
		        && !request.userPrivileges().contains(privilege.get())) {
			return new ScopeVerdict(3, AccessReason.USER_LACKS_PRIVILEGE, "User " + request.userUuid()
			        + " lacks the privilege \"" + privilege.get() + "\", which " + verb(request.operation()) + " "
			        + request.resourceType() + " needs");
		}
		return ScopeVerdict.PERMITS;
	}

	private static ScopeVerdict context(Scope scope, AccessRequest request) {
		switch (scope.context()) {
			case SYSTEM:
				return request.hasUser() ? new ScopeVerdict(2, AccessReason.SYSTEM_SCOPE_NEEDS_NO_USER, "Scope " + scope
				        + " serves background runs only, and user " + request.userUuid() + " is behind this call") : null;
			case USER:
				if (!request.hasUser()) {
					return new ScopeVerdict(2, AccessReason.USER_SCOPE_NEEDS_USER,
					        "Scope " + scope + " acts for a user, and no user is behind this call");
				}
				boolean acrossPatients = request.operation() == AccessOperation.SEARCH && request.patient() == null
				        && !"Patient".equals(request.resourceType());
				return acrossPatients ? new ScopeVerdict(2, AccessReason.PATIENT_REQUIRED, "Scope " + scope
				        + " searches one patient's records at a time; name the patient") : null;
			case PATIENT:
				if (request.contextPatient() == null) {
					return new ScopeVerdict(2, AccessReason.PATIENT_REQUIRED,
					        "Scope " + scope + " works only for the patient the add-on was invoked for, and there is none");
				}
				return request.patient() != null && !request.patient().equals(request.contextPatient())
				        ? new ScopeVerdict(2, AccessReason.PATIENT_OUT_OF_CONTEXT, "Scope " + scope
				                + " reaches only patient " + request.contextPatient() + ", not " + request.patient())
				        : null;
			default:
				return new ScopeVerdict(2, AccessReason.NO_COVERING_SCOPE, "Unknown context " + scope.context());
		}
	}

	/**
	 * A search must ask only for values the scope allows (every value admitted), and must ask for some when the
	 * scope restricts the parameter; a new record must carry a value the scope allows (one admitted, as a record
	 * read back is judged). Reads are judged per record, after the fetch.
	 *
	 * @return why the call's parameters fall outside the scope, or null when they do not
	 */
	private static String outsideParameter(Scope scope, AccessRequest request) {
		if (request.operation() == AccessOperation.READ) {
			return null;
		}
		for (Map.Entry<String, SortedSet<String>> restriction : scope.parameters().entrySet()) {
			String name = restriction.getKey();
			List<String> values = request.values(name);
			boolean inside = request.operation() == AccessOperation.SEARCH ? everyAdmitted(scope, name, values)
			        : scope.matchesParameter(name, values);
			if (!inside) {
				return "Scope " + scope + " allows only " + name + " " + String.join(", ", restriction.getValue())
				        + "; the call has " + (values.isEmpty() ? "none" : String.join(", ", values));
			}
		}
		return null;
	}

	/** @return whether the search asks for some values and the scope admits each (a loop: this runs per call) */
	private static boolean everyAdmitted(Scope scope, String name, List<String> values) {
		if (values.isEmpty()) {
			return false;
		}
		for (String value : values) {
			if (!scope.matchesParameter(name, List.of(value))) {
				return false;
			}
		}
		return true;
	}

	private static String verb(AccessOperation operation) {
		return VERBS.get(operation);
	}
}
