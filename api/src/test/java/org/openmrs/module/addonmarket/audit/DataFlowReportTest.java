package org.openmrs.module.addonmarket.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.Test;
import org.openmrs.module.addonmarket.Privileges;
import org.openmrs.module.addonmarket.test.PersistenceTest;

public class DataFlowReportTest extends PersistenceTest {

	private static final String BP = "patient/Observation.rs?code=http://loinc.org|8480-6";

	private static final String NAME = "patient/Patient.r";

	private static final String NOTICE = "user/Notice.c";

	private static final Instant EVER = Instant.parse("2000-01-01T00:00:00Z");

	private static final Instant NEVER = Instant.parse("2100-01-01T00:00:00Z");

	private AddonDataFlow report(String addon, DeclaredFlow declared) {
		identity().signIn("auditor", Privileges.VIEW_ADDON_ACCESS_LOG);
		DataFlowReport report = bean(AuditService.class).dataFlow(EVER, NEVER, Map.of(addon, declared));
		return report.addons().stream().filter(a -> a.addonId().equals(addon)).findFirst().orElseThrow();
	}

	private static AuditEntry.Builder call(String addon, String patient, String operation, AuditOutcome outcome,
	        String type) {
		return AuditFixtures.access(addon, patient, operation, outcome).resources(type, List.of());
	}

	@Test
	public void dataFlow_shouldReportWhatAnAddonDidAgainstWhatItDeclared() {
		AuditLog log = bean(AuditLog.class);
		String addon = AuditFixtures.uniqueAddon();
		log.append(call(addon, "p1", AuditOperation.SEARCH, AuditOutcome.PERMIT, "Observation").decidedBy(BP, "g").build());
		log.append(call(addon, "p2", AuditOperation.SEARCH, AuditOutcome.PERMIT, "Observation").decidedBy(BP, "g").build());
		log.append(call(addon, "p2", AuditOperation.READ, AuditOutcome.PERMIT, "Patient").decidedBy(NAME, "g").build());
		log.append(call(addon, "p2", AuditOperation.CREATE, AuditOutcome.PERMIT, "Notice").decidedBy(NOTICE, "g").build());
		log.append(AuditEntry.builder(AuditKind.ACCESS).addon(addon, "1.2.0").operation(AuditOperation.EGRESS)
		        .egress("https://api.example.org/v1/readings", 200).build());

		AddonDataFlow line = report(addon, new DeclaredFlow(List.of(BP, NAME, NOTICE), List.of("https://api.example.org/"),
		    List.of(BP, NAME, NOTICE)));

		assertThat(line.drift()).isEmpty();
		assertThat(line.observed().resourceTypesRead()).containsExactlyInAnyOrder("Observation", "Patient");
		assertThat(line.observed().resourceTypesWritten()).containsExactly("Notice");
		assertThat(line.observed().distinctPatients()).isEqualTo(2);
		assertThat(line.observed().egressDestinations()).containsExactly("https://api.example.org/v1/readings");
		assertThat(line.observed().permitted()).isEqualTo(5);
		assertThat(line.observed().scopesUsed()).containsExactlyInAnyOrder(BP, NAME, NOTICE);
	}

	@Test
	public void dataFlow_shouldFlagRepeatedDenialsUndeclaredAccessUndeclaredEgressAndUnusedScopes() {
		AuditLog log = bean(AuditLog.class);
		String addon = AuditFixtures.uniqueAddon();
		log.append(call(addon, "p1", AuditOperation.SEARCH, AuditOutcome.PERMIT, "Observation").decidedBy(BP, "g").build());
		for (int i = 0; i < 3; i++) {
			log.append(call(addon, "p1", AuditOperation.READ, AuditOutcome.DENY, "Condition").build());
		}
		log.append(call(addon, "p1", AuditOperation.READ, AuditOutcome.DENY, "Encounter").build());
		log.append(call(addon, "p1", AuditOperation.READ, AuditOutcome.PERMIT, "Encounter")
		        .decidedBy("patient/Encounter.r", "g").build());
		log.append(AuditEntry.builder(AuditKind.ACCESS).addon(addon, "1.2.0").operation(AuditOperation.EGRESS)
		        .outcome(AuditOutcome.DENY, "egress-not-approved", null)
		        .egress("https://api.example.org.attacker.net/collect", 0).build());

		AddonDataFlow line = report(addon, new DeclaredFlow(List.of(BP, NAME, NOTICE), List.of("https://api.example.org"),
		    List.of(BP, NAME)));

		assertThat(line.drift()).as("NOTICE is declared but not granted: nothing to narrow")
		        .extracting(Drift::kind, Drift::subject).containsExactlyInAnyOrder(
		    tuple(Drift.Kind.ACCESS_DENIED_REPEATEDLY, "Condition"),
		    tuple(Drift.Kind.UNDECLARED_RESOURCE_ACCESSED, "Encounter"),
		    tuple(Drift.Kind.EGRESS_UNDECLARED, "https://api.example.org.attacker.net/collect"),
		    tuple(Drift.Kind.SCOPE_UNUSED, NAME));
		assertThat(line.observed().denied()).isEqualTo(5);
		assertThat(line.observed().denialsByReason()).containsEntry("no-covering-scope", 4L)
		        .containsEntry("egress-not-approved", 1L);
	}

	@Test
	public void dataFlow_shouldListAnAddonThatDeclaredButNeverRan() {
		String addon = AuditFixtures.uniqueAddon();

		AddonDataFlow line = report(addon, new DeclaredFlow(List.of(NOTICE), List.of(), List.of(NOTICE)));

		assertThat(line.observed().permitted()).isZero();
		assertThat(line.drift()).extracting(Drift::kind).containsExactly(Drift.Kind.SCOPE_UNUSED);
		assertThat(report(addon, new DeclaredFlow(List.of(NOTICE), List.of())).drift())
		        .as("declared but granted to no active installation: nothing to narrow").isEmpty();
	}
}
