package org.openmrs.module.addonmarket.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.openmrs.module.addonmarket.access.GatewayFixture.A1C_ANY_PATIENT;
import static org.openmrs.module.addonmarket.access.GatewayFixture.A1C_BACKGROUND;
import static org.openmrs.module.addonmarket.access.GatewayFixture.ALL;
import static org.openmrs.module.addonmarket.access.GatewayFixture.BP;
import static org.openmrs.module.addonmarket.access.GatewayFixture.CONDITIONS;
import static org.openmrs.module.addonmarket.test.InMemoryClinicalData.ALICE;
import static org.openmrs.module.addonmarket.test.InMemoryClinicalData.BOB;
import static org.openmrs.module.addonmarket.test.InMemoryClinicalData.HBA1C;
import static org.openmrs.module.addonmarket.test.InMemoryClinicalData.HIV;
import static org.openmrs.module.addonmarket.test.InMemoryClinicalData.HIV_VIRAL_LOAD;
import static org.openmrs.module.addonmarket.test.InMemoryClinicalData.SYSTOLIC;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.After;
import org.junit.Before;
import org.junit.Test;
import org.openmrs.module.addonmarket.Privileges;
import org.openmrs.module.addonmarket.access.decision.AccessReason;
import org.openmrs.module.addonmarket.audit.AuditEntry;
import org.openmrs.module.addonmarket.audit.AuditEvent;
import org.openmrs.module.addonmarket.audit.AuditLog;
import org.openmrs.module.addonmarket.audit.AuditOutcome;
import org.openmrs.module.addonmarket.audit.ChainVerification;
import org.openmrs.module.addonmarket.error.AddonMarketException;
import org.openmrs.module.addonmarket.error.ErrorCode;
import org.openmrs.module.addonmarket.grant.Grant;
import org.openmrs.module.addonmarket.grant.GrantService;
import org.openmrs.module.addonmarket.host.ModuleClock;
import org.openmrs.module.addonmarket.host.Setting;
import org.openmrs.module.addonmarket.install.InstallationService;
import org.openmrs.module.addonmarket.test.PersistenceTest;
import org.openmrs.module.addonmarket.test.TestSettings;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The gateway over H2, PostgreSQL and MariaDB with a published, installed and approved add-on and a host that
 * over-answers searches: what is released, what is withheld, and the one access event each call leaves.
 */
public class GatewayTest extends PersistenceTest {

	private GatewayFixture fixture;

	private AccessGateway gateway;

	private Grant grant;

	@Before
	public void approvedAddon() {
		fixture = new GatewayFixture(context());
		gateway = bean(AccessGateway.class);
		grant = fixture.asAdmin(() -> bean(GrantService.class).getCurrentGrant(fixture.installation.getUuid()))
		        .orElseThrow();
	}

	@After
	public void realClock() {
		bean(ModuleClock.class).use(Clock.systemUTC());
	}

	@Test
	public void search_shouldReleaseOnlyRecordsInsideTheSearchAndTheScopeAndRecordOneEvent() {
		AccessContext context = fixture.clinicianFor(ALICE);

		List<ObjectNode> released = gateway.search(context, "Observation", Map.of("code", List.of(SYSTOLIC)));

		assertThat(released).extracting(r -> r.get("id").asText()).containsExactly("obs-alice-sys-1",
		    "obs-alice-sys-2");
		List<AuditEvent> events = fixture.events();
		assertThat(events).hasSize(1);
		AuditEntry event = events.get(0).entry();
		assertThat(event.outcome()).isEqualTo(AuditOutcome.PERMIT);
		assertThat(event.operation()).isEqualTo("search");
		assertThat(event.reasonCode()).isEqualTo("covered");
		assertThat(event.actor()).isEqualTo("uuid-clinician");
		assertThat(event.patientUuid()).isEqualTo(ALICE);
		assertThat(event.addonId()).isEqualTo(fixture.catalog.addonId);
		assertThat(event.addonVersion()).isEqualTo("1.0.0");
		assertThat(event.resourceType()).isEqualTo("Observation");
		assertThat(event.resourceIds()).containsExactly("obs-alice-sys-1", "obs-alice-sys-2");
		assertThat(event.scope()).isEqualTo(BP);
		assertThat(event.grantUuid()).isEqualTo(grant.getUuid());
		assertThat(event.invocationId()).isEqualTo(context.invocationId());
		assertThat(event.purpose()).isEqualTo("action:trend");
		assertThat(event.recordCount()).isEqualTo(2);
		assertThat(event.withheldCount()).as("the host's diastolic, HbA1c and HIV answers").isEqualTo(3);
		assertThat(event.elementsReleased()).contains("code", "valueQuantity", "subject");
		assertThat(event.query()).isEqualTo("code=" + SYSTOLIC);
	}

	@Test
	public void read_shouldReleaseOnlyTheElementsTheManifestAskedFor() {
		ObjectNode alice = gateway.read(fixture.clinicianFor(ALICE), "Patient", ALICE);

		assertThat(alice.fieldNames()).toIterable().containsExactlyInAnyOrder("resourceType", "id", "name",
		    "birthDate");
		AuditEntry event = fixture.lastEvent().entry();
		assertThat(event.elementsReleased()).containsExactly("birthDate", "name");
		assertThat(event.resourceIds()).containsExactly(ALICE);
		assertThat(fixture.events()).hasSize(1);
	}

	@Test
	public void denial_shouldRecordOneDenyEventAndReleaseNothing() {
		assertThatThrownBy(() -> gateway.search(fixture.clinicianFor(ALICE), "Patient", Map.of()))
		        .isInstanceOfSatisfying(AccessDeniedException.class, e -> {
			        assertThat(e.getCode()).isEqualTo(ErrorCode.ACCESS_DENIED);
			        assertThat(e.getDecision().reason()).isEqualTo(AccessReason.NO_COVERING_SCOPE);
		        });

		assertThat(fixture.events()).singleElement().satisfies(e -> {
			assertThat(e.entry().outcome()).isEqualTo(AuditOutcome.DENY);
			assertThat(e.entry().reasonCode()).isEqualTo("no-covering-scope");
			assertThat(e.entry().grantUuid()).isEqualTo(grant.getUuid());
			assertThat(e.entry().resourceIds()).isEmpty();
			assertThat(e.entry().recordCount()).isZero();
		});
	}

	@Test
	public void suspensionAndResumption_shouldBeSeenByTheVeryNextCall() {
		InstallationService installations = bean(InstallationService.class);
		gateway.read(fixture.clinicianFor(ALICE), "Observation", "obs-alice-sys-1");

		fixture.asAdmin(() -> installations.suspend(fixture.installation.getUuid(), "sends data abroad"));
		assertThatThrownBy(() -> gateway.read(fixture.clinicianFor(ALICE), "Observation", "obs-alice-sys-1"))
		        .isInstanceOfSatisfying(AccessDeniedException.class, e -> assertThat(e.getDecision().reason())
		                .isEqualTo(AccessReason.INSTALLATION_NOT_ACTIVE));
		fixture.asAdmin(() -> installations.resume(fixture.installation.getUuid()));

		assertThat(gateway.read(fixture.clinicianFor(ALICE), "Observation", "obs-alice-sys-1").get("id").asText())
		        .isEqualTo("obs-alice-sys-1");
		assertThat(fixture.events()).extracting(e -> e.entry().outcome()).containsExactly(AuditOutcome.PERMIT,
		    AuditOutcome.DENY, AuditOutcome.PERMIT);
	}

	@Test
	public void revocation_shouldBeSeenByTheVeryNextCall() {
		gateway.read(fixture.clinicianFor(ALICE), "Observation", "obs-alice-sys-1");

		fixture.asAdmin(() -> bean(GrantService.class).revoke(fixture.installation.getUuid(), "no longer needed"));

		assertThatThrownBy(() -> gateway.read(fixture.clinicianFor(ALICE), "Observation", "obs-alice-sys-1"))
		        .isInstanceOfSatisfying(AccessDeniedException.class, e -> assertThat(e.getDecision().reason())
		                .as("revoking also sends the installation back to approval")
		                .isEqualTo(AccessReason.INSTALLATION_NOT_ACTIVE));
		assertThat(fixture.lastEvent().entry().outcome()).isEqualTo(AuditOutcome.DENY);
	}

	/**
	 * Clinicians' reads while an administrator suspends and resumes again and again (each change moves the
	 * version and appends its governance event from inside its own transaction): no call hangs (an audit writer that
	 * locked the installation rows it checks would deadlock with such a transaction on MariaDB), each call is either
	 * released or denied, each leaves exactly one event, and the chain verifies.
	 */
	@Test
	public void readsDuringSuspensionsAndResumptions_shouldNeitherHangNorLoseAnEvent() throws Exception {
		InstallationService installations = bean(InstallationService.class);
		ExecutorService threads = Executors.newFixedThreadPool(5);
		try {
			List<Future<Integer>> readers = new ArrayList<>();
			for (int t = 0; t < 4; t++) {
				readers.add(threads.submit(() -> {
					for (int i = 0; i < 30; i++) {
						try {
							assertThat(gateway.search(fixture.clinicianFor(ALICE), "Observation",
							    Map.of("code", List.of(SYSTOLIC)))).isNotEmpty();
						}
						catch (AccessDeniedException denied) {
							assertThat(denied.getDecision().reason()).isEqualTo(AccessReason.INSTALLATION_NOT_ACTIVE);
						}
					}
					return 30;
				}));
			}
			Future<?> changes = threads.submit(() -> {
				for (int i = 0; i < 5; i++) {
					String reason = "check " + i;
					fixture.asAdmin(() -> installations.suspend(fixture.installation.getUuid(), reason));
					Thread.sleep(10);
					fixture.asAdmin(() -> installations.resume(fixture.installation.getUuid()));
					Thread.sleep(10);
				}
				return null;
			});
			changes.get(60, TimeUnit.SECONDS);
			int calls = 0;
			for (Future<Integer> reader : readers) {
				calls += reader.get(60, TimeUnit.SECONDS);
			}
			assertThat(fixture.events()).as("one access event per call").hasSize(calls);
		}
		finally {
			threads.shutdownNow();
		}
		ChainVerification chain = bean(AuditLog.class).verify(null, null);
		assertThat(chain.valid()).as(chain.reason()).isTrue();
	}

	@Test
	public void expiredGrant_shouldBeDeniedAtOnceBeforeTheSweeperRuns() {
		Grant expiring = fixture.approve(ALL, List.of(), Instant.now().plus(Duration.ofHours(1)));
		gateway.read(fixture.clinicianFor(ALICE), "Observation", "obs-alice-sys-1");

		bean(ModuleClock.class).use(Clock.offset(Clock.systemUTC(), Duration.ofHours(2)));

		assertThatThrownBy(() -> gateway.read(fixture.clinicianFor(ALICE), "Observation", "obs-alice-sys-1"))
		        .isInstanceOfSatisfying(AccessDeniedException.class, e -> {
			        assertThat(e.getDecision().reason()).isEqualTo(AccessReason.GRANT_EXPIRED);
			        assertThat(e.getDecision().grantUuid()).isEqualTo(expiring.getUuid());
		        });
		assertThat(fixture.lastEvent().entry().reasonCode()).isEqualTo("grant-expired");
	}

	@Test
	public void sensitiveRecords_shouldBeWithheldAndCountedUnlessTheScopeIsGrantedForThem() {
		bean(TestSettings.class).set(Setting.SENSITIVE_CODES.name(), HIV + ", " + HIV_VIRAL_LOAD);

		List<ObjectNode> withheld = gateway.search(fixture.clinicianFor(ALICE), "Condition", Map.of());
		assertThat(withheld).extracting(r -> r.get("id").asText()).containsExactly("cond-alice-htn");
		assertThat(fixture.lastEvent().entry().withheldCount()).isEqualTo(1);

		fixture.approve(ALL, List.of(CONDITIONS), null);
		List<ObjectNode> released = gateway.search(fixture.clinicianFor(ALICE), "Condition", Map.of());

		assertThat(released).extracting(r -> r.get("id").asText()).containsExactlyInAnyOrder("cond-alice-htn",
		    "cond-alice-hiv");
		assertThat(fixture.lastEvent().entry().withheldCount()).isZero();
	}

	@Test
	public void sensitiveRecordRead_shouldBeDeniedAndCounted() {
		bean(TestSettings.class).set(Setting.SENSITIVE_CODES.name(), HIV);

		assertThatThrownBy(() -> gateway.read(fixture.clinicianFor(ALICE), "Condition", "cond-alice-hiv"))
		        .isInstanceOfSatisfying(AccessDeniedException.class, e -> assertThat(e.getDecision().reason())
		                .isEqualTo(AccessReason.SENSITIVE_WITHHELD));
		assertThat(fixture.lastEvent().entry().withheldCount()).isEqualTo(1);
	}

	@Test
	public void patientScope_shouldRefuseAnotherPatientsRecords() {
		assertThatThrownBy(() -> gateway.search(fixture.clinicianFor(ALICE), "Observation",
		    Map.of("code", List.of(SYSTOLIC), "patient", List.of(BOB)))).isInstanceOfSatisfying(
		        AccessDeniedException.class, e -> assertThat(e.getDecision().reason())
		                .isEqualTo(AccessReason.PATIENT_OUT_OF_CONTEXT));
		assertThatThrownBy(() -> gateway.read(fixture.clinicianFor(ALICE), "Observation", "obs-bob-sys"))
		        .isInstanceOfSatisfying(AccessDeniedException.class, e -> assertThat(e.getDecision().reason())
		                .isEqualTo(AccessReason.PATIENT_OUT_OF_CONTEXT));

		assertThat(fixture.events()).hasSize(2).allSatisfy(e -> {
			assertThat(e.entry().outcome()).isEqualTo(AuditOutcome.DENY);
			assertThat(e.entry().resourceIds()).isEmpty();
		});
	}

	@Test
	public void userWithoutGetObservations_shouldBeDenied() {
		AccessContext context = fixture.clinicianFor(ALICE, Privileges.GET_PATIENTS, Privileges.USE_ADDONS);

		assertThatThrownBy(() -> gateway.search(context, "Observation", Map.of("code", List.of(SYSTOLIC))))
		        .isInstanceOfSatisfying(AccessDeniedException.class, e -> assertThat(e.getDecision().reason())
		                .isEqualTo(AccessReason.USER_LACKS_PRIVILEGE));
		assertThat(fixture.lastEvent().entry().reasonText()).contains("Get Observations");
	}

	@Test
	public void systemScope_shouldBeDeniedWithAUserBehindTheCallAndPermittedForABackgroundRun() {
		Map<String, List<String>> hba1c = Map.of("code", List.of(HBA1C));

		assertThatThrownBy(() -> gateway.search(fixture.clinicianFor(null), "Observation", hba1c))
		        .isInstanceOfSatisfying(AccessDeniedException.class, e -> assertThat(e.getDecision().reason())
		                .isEqualTo(AccessReason.SYSTEM_SCOPE_NEEDS_NO_USER));
		List<ObjectNode> everyones = gateway.search(fixture.backgroundFor(null), "Observation", hba1c);

		assertThat(everyones).extracting(r -> r.get("id").asText()).containsExactlyInAnyOrder("obs-alice-a1c",
		    "obs-bob-a1c");
		AuditEntry event = fixture.lastEvent().entry();
		assertThat(event.actor()).isEqualTo(AuditEntry.SYSTEM);
		assertThat(event.scope()).isEqualTo(A1C_BACKGROUND);
		assertThat(event.patientUuid()).as("two patients").isNull();
	}

	@Test
	public void userScope_shouldReadAnyPatientTheUserMaySee() {
		ObjectNode bobs = gateway.read(fixture.clinicianFor(ALICE), "Observation", "obs-bob-a1c");

		assertThat(bobs.get("id").asText()).isEqualTo("obs-bob-a1c");
		assertThat(fixture.lastEvent().entry().scope()).isEqualTo(A1C_ANY_PATIENT);
		assertThat(fixture.lastEvent().entry().patientUuid()).isEqualTo(BOB);
	}

	@Test
	public void egress_shouldBePermittedOnlyUnderAnApprovedUrlAndRecordDestinationAndBytes() {
		EgressPermit permit = gateway.egress(fixture.backgroundFor(ALICE),
		    URI.create("https://api.example.org/v2/score?mrn=123"), "post", 512);

		assertThat(permit.approvedEntry()).isEqualTo(GatewayFixture.API);
		assertThat(permit.method()).isEqualTo("POST");
		AuditEntry event = fixture.lastEvent().entry();
		assertThat(event.operation()).isEqualTo("egress");
		assertThat(event.egressDestination()).isEqualTo("https://api.example.org/v2/score");
		assertThat(event.bytesSent()).isEqualTo(512);
		assertThat(permit.auditSequence()).isEqualTo(fixture.lastEvent().sequence());

		assertThatThrownBy(() -> gateway.egress(fixture.backgroundFor(ALICE),
		    URI.create("https://api.example.org.evil.test/steal"), "POST", 512)).isInstanceOfSatisfying(
		        AccessDeniedException.class, e -> assertThat(e.getDecision().reason())
		                .isEqualTo(AccessReason.EGRESS_NOT_APPROVED));
		AuditEntry denied = fixture.lastEvent().entry();
		assertThat(denied.outcome()).isEqualTo(AuditOutcome.DENY);
		assertThat(denied.egressDestination()).isEqualTo("https://api.example.org.evil.test/steal");
		assertThat(denied.bytesSent()).isZero();
	}

	@Test
	public void createObservation_shouldWriteOnlyInsideTheScopeAndForTheContextPatient() {
		ObjectNode systolic = reading(ALICE, SYSTOLIC);

		ObjectNode stored = gateway.create(fixture.clinicianFor(ALICE), "Observation", systolic);

		assertThat(stored.get("id").asText()).startsWith("obs-new-");
		assertThat(fixture.lastEvent().entry().resourceIds()).containsExactly(stored.get("id").asText());
		assertThat(fixture.lastEvent().entry().operation()).isEqualTo("create");
		assertThatThrownBy(() -> gateway.create(fixture.clinicianFor(ALICE), "Observation", reading(ALICE, HBA1C)))
		        .isInstanceOfSatisfying(AccessDeniedException.class, e -> assertThat(e.getDecision().reason())
		                .isEqualTo(AccessReason.PARAMETER_OUTSIDE_SCOPE));
		assertThatThrownBy(() -> gateway.create(fixture.clinicianFor(ALICE), "Observation", reading(BOB, SYSTOLIC)))
		        .isInstanceOfSatisfying(AccessDeniedException.class, e -> assertThat(e.getDecision().reason())
		                .isEqualTo(AccessReason.PATIENT_OUT_OF_CONTEXT));
		assertThatThrownBy(() -> gateway.create(fixture.clinicianFor(ALICE), "Observation", reading(ALICE,
		    SYSTOLIC).without("subject"))).isInstanceOfSatisfying(AddonMarketException.class,
		        e -> assertThat(e.getCode()).isEqualTo(ErrorCode.ACCESS_REQUEST_INVALID));
		assertThat(fixture.events()).extracting(e -> e.entry().outcome()).containsExactly(AuditOutcome.ERROR,
		    AuditOutcome.DENY, AuditOutcome.DENY, AuditOutcome.PERMIT);
	}

	@Test
	public void readOfAMissingRecord_shouldSayNotFoundAndRecordTheAttempt() {
		assertThatThrownBy(() -> gateway.read(fixture.clinicianFor(ALICE), "Observation", "no-such-obs"))
		        .isInstanceOfSatisfying(AddonMarketException.class,
		            e -> assertThat(e.getCode()).isEqualTo(ErrorCode.RESOURCE_NOT_FOUND));
		assertThat(fixture.events()).singleElement().satisfies(e -> assertThat(e.entry().recordCount()).isZero());
	}

	@Test
	public void unknownSearchParameter_shouldBeRefusedAndRecordedAsAnError() {
		assertThatThrownBy(() -> gateway.search(fixture.clinicianFor(ALICE), "Observation",
		    Map.of("code", List.of(SYSTOLIC), "_has", List.of("x")))).isInstanceOfSatisfying(
		        AddonMarketException.class, e -> assertThat(e.getField()).isEqualTo("_has"));
		assertThat(fixture.lastEvent().entry().outcome()).isEqualTo(AuditOutcome.ERROR);
		assertThat(fixture.lastEvent().entry().reasonCode()).isEqualTo("access-request-invalid");
	}

	@Test
	public void unknownInstallation_shouldBeDeniedAndRecorded() {
		AccessContext nobody = new AccessContext("no-such-installation", "run-1", null, null, ALICE);

		assertThatThrownBy(() -> gateway.read(nobody, "Observation", "obs-alice-sys-1")).isInstanceOfSatisfying(
		    AccessDeniedException.class, e -> assertThat(e.getDecision().reason())
		            .isEqualTo(AccessReason.INSTALLATION_NOT_FOUND));
	}

	private static ObjectNode reading(String patient, String token) {
		ObjectNode obs = new com.fasterxml.jackson.databind.ObjectMapper().createObjectNode();
		obs.put("resourceType", "Observation").put("status", "final");
		String[] code = token.split("\\|");
		obs.putObject("code").putArray("coding").addObject().put("system", code[0]).put("code", code[1]);
		obs.putObject("subject").put("reference", "Patient/" + patient);
		obs.putObject("valueQuantity").put("value", 181).put("unit", "mm[Hg]");
		return obs;
	}
}
