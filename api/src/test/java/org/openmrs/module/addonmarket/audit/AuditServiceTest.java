package org.openmrs.module.addonmarket.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import org.junit.Test;
import org.openmrs.module.addonmarket.Page;
import org.openmrs.module.addonmarket.Privileges;
import org.openmrs.module.addonmarket.error.AddonMarketException;
import org.openmrs.module.addonmarket.error.ErrorCode;
import org.openmrs.module.addonmarket.host.ModuleClock;
import org.openmrs.module.addonmarket.test.ApiTestContext;
import org.openmrs.module.addonmarket.test.PersistenceTest;
import org.openmrs.module.addonmarket.test.TestIdentity;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;

public class AuditServiceTest extends PersistenceTest {

	private AuditService auditor() {
		identity().signIn("auditor", Privileges.VIEW_ADDON_ACCESS_LOG);
		return bean(AuditService.class);
	}

	@Test
	public void find_shouldFilterByEachCriterion() {
		AuditLog log = bean(AuditLog.class);
		String addon = AuditFixtures.uniqueAddon();
		String other = AuditFixtures.uniqueAddon();
		log.append(AuditFixtures.read(addon, "patient-a"));
		log.append(AuditFixtures.access(addon, "patient-b", AuditOperation.READ, AuditOutcome.DENY).build());
		log.append(AuditFixtures.access(addon, "patient-a", AuditOperation.SEARCH, AuditOutcome.ERROR)
		        .actor(AuditEntry.SYSTEM).invocation("run-2", "trigger:onReading").build());
		log.append(AuditFixtures.grant(addon));
		log.append(AuditFixtures.read(other, "patient-a"));
		AuditService audit = auditor();

		assertThat(audit.find(AuditQuery.builder().addonId(addon).build()).total()).isEqualTo(4);
		assertThat(audit.find(AuditQuery.builder().addonId(addon).patient("patient-a").build()).total()).isEqualTo(2);
		assertThat(audit.find(AuditQuery.builder().addonId(addon).outcome(AuditOutcome.DENY).build()).results())
		        .extracting(AuditEvent::patientUuid).containsExactly("patient-b");
		assertThat(audit.find(AuditQuery.builder().addonId(addon).kind(AuditKind.GOVERNANCE).build()).results())
		        .extracting(AuditEvent::operation).containsExactly(AuditOperation.GRANT);
		assertThat(audit.find(AuditQuery.builder().addonId(addon).actor(AuditEntry.SYSTEM).build()).total())
		        .isEqualTo(1);
		assertThat(audit.find(AuditQuery.builder().addonId(addon).invocation("run-2").build()).total()).isEqualTo(1);
		assertThat(audit.find(AuditQuery.builder().installation("inst-" + other.hashCode()).build()).results())
		        .extracting(AuditEvent::addonId).containsExactly(other);
	}

	@Test
	public void find_shouldPageNewestFirst() {
		AuditLog log = bean(AuditLog.class);
		String addon = AuditFixtures.uniqueAddon();
		for (int i = 0; i < 7; i++) {
			log.append(AuditFixtures.read(addon, "patient-" + i));
		}
		AuditService audit = auditor();

		Page<AuditEvent> first = audit.find(AuditQuery.builder().addonId(addon).size(3).build());
		Page<AuditEvent> last = audit.find(AuditQuery.builder().addonId(addon).size(3).page(2).build());

		assertThat(first.total()).isEqualTo(7);
		assertThat(first.results()).extracting(AuditEvent::patientUuid).containsExactly("patient-6", "patient-5",
		    "patient-4");
		assertThat(last.results()).extracting(AuditEvent::patientUuid).containsExactly("patient-0");
		assertThat(first.results().get(0).sequence()).isGreaterThan(first.results().get(1).sequence());
	}

	@Test
	public void find_shouldFilterByTimeRange() {
		try (AnnotationConfigApplicationContext context = ApiTestContext.start(database)) {
			Instant monday = Instant.parse("2026-03-02T08:00:00Z");
			ModuleClock clock = context.getBean(ModuleClock.class);
			AuditLog log = context.getBean(AuditLog.class);
			String addon = AuditFixtures.uniqueAddon();
			for (int day = 0; day < 5; day++) {
				clock.use(Clock.fixed(monday.plus(Duration.ofDays(day)), ZoneOffset.UTC));
				log.append(AuditFixtures.read(addon, "patient-" + day));
			}
			context.getBean(TestIdentity.class).signIn("auditor", Privileges.VIEW_ADDON_ACCESS_LOG);
			AuditService audit = context.getBean(AuditService.class);

			Page<AuditEvent> midweek = audit.find(
			    AuditQuery.builder().between(monday.plus(Duration.ofDays(1)), monday.plus(Duration.ofDays(3))).build());

			assertThat(midweek.results()).extracting(AuditEvent::patientUuid).containsExactly("patient-2", "patient-1");
			assertThat(midweek.results().get(0).recordedAt()).isEqualTo(monday.plus(Duration.ofDays(2)));
			context.getBean(TestIdentity.class).signOut();
		}
	}

	@Test
	public void find_shouldRefuseAUserWithoutViewAddonAccessLog() {
		identity().signIn("clinician", Privileges.USE_ADDONS, Privileges.MANAGE_ADDONS);

		assertThatThrownBy(() -> bean(AuditService.class).find(AuditQuery.all()))
		        .extracting(e -> ((AddonMarketException) e).getCode()).isEqualTo(ErrorCode.PRIVILEGE_REQUIRED);
		assertThatThrownBy(() -> bean(AuditService.class).verify(null, null))
		        .extracting(e -> ((AddonMarketException) e).getCode()).isEqualTo(ErrorCode.PRIVILEGE_REQUIRED);
	}

	@Test
	public void find_shouldRefuseAnonymousUsers() {
		assertThatThrownBy(() -> bean(AuditService.class).addonsThatTouched("p", null, null))
		        .extracting(e -> ((AddonMarketException) e).getCode()).isEqualTo(ErrorCode.NOT_SIGNED_IN);
	}

	@Test
	public void auditQuery_shouldRefuseAnOversizedPageAndAReversedRange() {
		assertThatThrownBy(() -> AuditQuery.builder().size(Page.MAX_SIZE + 1).build())
		        .extracting(e -> ((AddonMarketException) e).getCode()).isEqualTo(ErrorCode.AUDIT_QUERY_INVALID);
		assertThatThrownBy(() -> AuditQuery.builder().between(Instant.now(), Instant.now().minusSeconds(1)).build())
		        .extracting(e -> ((AddonMarketException) e).getField()).isEqualTo("from");
	}

	@Test
	public void addonsThatTouched_shouldSummariseEachAddonThatTouchedTheChart() {
		AuditLog log = bean(AuditLog.class);
		String patient = "patient-" + AuditFixtures.uniqueAddon();
		String bp = AuditFixtures.uniqueAddon();
		String sepsis = AuditFixtures.uniqueAddon();
		log.append(AuditFixtures.read(bp, patient));
		log.append(AuditFixtures.read(bp, patient));
		log.append(AuditFixtures.access(bp, patient, AuditOperation.READ, AuditOutcome.DENY)
		        .resources("Condition", List.of()).build());
		log.append(AuditFixtures.read(sepsis, patient));
		log.append(AuditFixtures.read(sepsis, "someone-else"));

		List<PatientAccessSummary> touched = auditor().addonsThatTouched(patient, null, null);

		assertThat(touched).extracting(PatientAccessSummary::addonId).containsExactly(sepsis, bp);
		PatientAccessSummary bpSummary = touched.get(1);
		assertThat(bpSummary.resourceTypes()).containsExactlyInAnyOrder("Observation", "Condition");
		assertThat(bpSummary.permitted()).isEqualTo(2);
		assertThat(bpSummary.denied()).isEqualTo(1);
		assertThat(bpSummary.recordsReleased()).isEqualTo(4);
		assertThat(bpSummary.firstAccess()).isBeforeOrEqualTo(bpSummary.lastAccess());
	}

	@Test
	public void verify_shouldReportTheSharedChainIntact() {
		bean(AuditLog.class).append(AuditFixtures.read(AuditFixtures.uniqueAddon(), "p"));

		ChainVerification verification = auditor().verify(null, null);

		assertThat(verification.valid()).as(verification.reason()).isTrue();
		assertThat(verification.checked()).isPositive();
		assertThat(verification.firstBrokenSequence()).isNull();
	}
}
