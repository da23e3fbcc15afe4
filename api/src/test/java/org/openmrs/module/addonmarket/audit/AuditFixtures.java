package org.openmrs.module.addonmarket.audit;

import java.util.List;
import java.util.UUID;

/**
 * Audit entries as the access gateway and the governance services write them, for tests.
 */
public final class AuditFixtures {

	private AuditFixtures() {
	}

	/** @return an add-on id no other test uses */
	public static String uniqueAddon() {
		return "org.example.test-" + UUID.randomUUID().toString().substring(0, 8);
	}

	/** @return a permitted read of one observation of a patient by a clinician through an add-on */
	public static AuditEntry read(String addonId, String patientUuid) {
		return access(addonId, patientUuid, AuditOperation.READ, AuditOutcome.PERMIT).build();
	}

	/** @return a builder of an access event with typical values filled in */
	public static AuditEntry.Builder access(String addonId, String patientUuid, String operation,
	        AuditOutcome outcome) {
		boolean permit = outcome == AuditOutcome.PERMIT;
		return AuditEntry.builder(AuditKind.ACCESS).installation("inst-" + addonId.hashCode()).addon(addonId, "1.2.0")
		        .actor("uuid-clinician").patient(patientUuid)
		        .resources("Observation", permit ? List.of("obs-1", "obs-2") : List.of()).operation(operation)
		        .outcome(outcome, permit ? "covered" : "no-covering-scope",
		            permit ? "patient/Observation.rs covers it" : "No granted scope covers Observation, \"sensitive\"")
		        .decidedBy(permit ? "patient/Observation.rs" : null, permit ? "grant-" + addonId.hashCode() : null)
		        .invocation("run-1", "action:trend").released(permit ? List.of("code", "valueQuantity") : List.of(),
		            permit ? 2 : 0, 0);
	}

	/** @return a governance event: an administrator granted scopes */
	public static AuditEntry grant(String addonId) {
		return AuditEntry.builder(AuditKind.GOVERNANCE).installation("inst-" + addonId.hashCode())
		        .addon(addonId, "1.2.0").actor("uuid-admin").operation(AuditOperation.GRANT)
		        .outcome(AuditOutcome.PERMIT, null, null).decidedBy(null, "grant-" + addonId.hashCode())
		        .detail("{\"scopes\":[\"patient/Observation.rs\"],\"rationale\":\"BP alerts, approved by CMO\"}").build();
	}
}
