package org.openmrs.module.addonmarket.install;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.After;
import org.junit.Before;
import org.junit.Test;
import org.springframework.dao.ConcurrencyFailureException;
import org.openmrs.module.addonmarket.Privileges;
import org.openmrs.module.addonmarket.audit.AuditEvent;
import org.openmrs.module.addonmarket.audit.AuditKind;
import org.openmrs.module.addonmarket.audit.AuditQuery;
import org.openmrs.module.addonmarket.audit.AuditService;
import org.openmrs.module.addonmarket.catalog.CatalogService;
import org.openmrs.module.addonmarket.catalog.PermissionDiff;
import org.openmrs.module.addonmarket.catalog.PublisherService;
import org.openmrs.module.addonmarket.error.AddonMarketException;
import org.openmrs.module.addonmarket.error.ErrorCode;
import org.openmrs.module.addonmarket.grant.Grant;
import org.openmrs.module.addonmarket.grant.GrantKind;
import org.openmrs.module.addonmarket.grant.GrantRequest;
import org.openmrs.module.addonmarket.grant.GrantService;
import org.openmrs.module.addonmarket.grant.GrantedScope;
import org.openmrs.module.addonmarket.grant.impl.ExpirySweeper;
import org.openmrs.module.addonmarket.host.ModuleClock;
import org.openmrs.module.addonmarket.notice.Notice;
import org.openmrs.module.addonmarket.notice.NoticeOrigin;
import org.openmrs.module.addonmarket.notice.NoticeService;
import org.openmrs.module.addonmarket.notice.NoticeSeverity;
import org.openmrs.module.addonmarket.test.CatalogFixture;
import org.openmrs.module.addonmarket.test.PersistenceTest;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Installations and grants on H2, PostgreSQL and MariaDB: install, approve a subset, separation of duties,
 * widening and narrowing upgrades, rollback, the kill switch, expiry, configuration and concurrent approvals.
 */
public class InstallationLifecycleTest extends PersistenceTest {

	private static final String BP = "patient/Observation.rs?code=http://loinc.org|8462-4,http://loinc.org|8480-6";

	private static final String NOTICE = "user/Notice.c";

	private CatalogFixture fixture;

	private InstallationService installations;

	private GrantService grants;

	@Before
	public void publishedExample() {
		fixture = new CatalogFixture(identity(), bean(PublisherService.class), bean(CatalogService.class));
		fixture.publish("1.0.0");
		installations = bean(InstallationService.class);
		grants = bean(GrantService.class);
	}

	@After
	public void realClock() {
		bean(ModuleClock.class).use(Clock.systemUTC());
	}

	@Test
	public void install_shouldWaitForApprovalAndApprovingASubsetMakesItActive() {
		Installation installed = asClinician(() -> installations.install(fixture.addonId, null, null));
		assertThat(installed.getState()).isEqualTo(InstallationState.PENDING_APPROVAL);
		assertThat(installed.getAudience()).isEqualTo(Audience.user("uuid-clinician"));

		Grant grant = asAdmin(() -> grants.approve(installed.getUuid(), approval(BP, NOTICE)));

		assertThat(grant.getScopes()).extracting(GrantedScope::getScope).containsExactly(BP, NOTICE);
		assertThat(state(installed)).isEqualTo(InstallationState.ACTIVE);
	}

	@Test
	public void approve_shouldKeepItPendingWhenARequiredScopeIsLeftOut() {
		Installation installed = asClinician(() -> installations.install(fixture.addonId, null, null));

		asAdmin(() -> grants.approve(installed.getUuid(), approval(BP)));

		assertThat(state(installed)).isEqualTo(InstallationState.PENDING_APPROVAL);
	}

	@Test
	public void approve_shouldAcceptANarrowedScopeButNeverAWiderOne() {
		Installation installed = asClinician(() -> installations.install(fixture.addonId, null, null));
		String narrower = "patient/Observation.r?code=http://loinc.org|8480-6";

		assertThatThrownBy(() -> asAdmin(() -> grants.approve(installed.getUuid(),
		    approval("patient/Observation.rs", NOTICE)))).extracting(e -> ((AddonMarketException) e).getCode())
		        .isEqualTo(ErrorCode.GRANT_SCOPE_NOT_REQUESTED);
		asAdmin(() -> grants.approve(installed.getUuid(), approval(narrower, NOTICE)));

		assertThat(state(installed)).isEqualTo(InstallationState.ACTIVE);
	}

	@Test
	public void separationOfDuties_shouldStopThePublisherAndTheInstallerApproving() {
		Installation installed = asClinician(() -> installations.install(fixture.addonId, null, null));

		identity().signIn(CatalogFixture.PUBLISHER_USER, Privileges.GRANT_ADDON_ACCESS, Privileges.BROWSE_ADDONS);
		assertThatThrownBy(() -> grants.approve(installed.getUuid(), approval(BP, NOTICE)))
		        .extracting(e -> ((AddonMarketException) e).getCode()).isEqualTo(ErrorCode.SEPARATION_OF_DUTIES);
		identity().signIn("clinician", Privileges.GRANT_ADDON_ACCESS, Privileges.BROWSE_ADDONS);
		assertThatThrownBy(() -> grants.approve(installed.getUuid(), approval(BP, NOTICE)))
		        .extracting(e -> ((AddonMarketException) e).getCode()).isEqualTo(ErrorCode.SEPARATION_OF_DUTIES);
		assertThat(state(installed)).isEqualTo(InstallationState.PENDING_APPROVAL);
	}

	@Test
	public void installingTwiceForTheSameAudience_shouldBeRefused() {
		asClinician(() -> installations.install(fixture.addonId, null, null));

		assertThatThrownBy(() -> asClinician(() -> installations.install(fixture.addonId, null, null)))
		        .extracting(e -> ((AddonMarketException) e).getCode()).isEqualTo(ErrorCode.INSTALLATION_EXISTS);
	}

	@Test
	public void installingForTheOrganisation_shouldNeedManageAddons() {
		assertThatThrownBy(() -> asClinician(() -> installations.install(fixture.addonId, null,
		    Audience.organisation()))).extracting(e -> ((AddonMarketException) e).getCode())
		        .isEqualTo(ErrorCode.PRIVILEGE_REQUIRED);

		Installation forAll = asAdmin(() -> installations.install(fixture.addonId, null, Audience.organisation()));

		assertThat(forAll.getAudience().kind()).isEqualTo(AudienceKind.ORGANISATION);
	}

	@Test
	public void blockedAddonOrWithdrawnVersion_shouldNotInstall() {
		fixture.signInAsPublisher();
		bean(CatalogService.class).withdrawVersion(fixture.addonId, "1.0.0", "bug");
		assertThatThrownBy(() -> asClinician(() -> installations.install(fixture.addonId, "1.0.0", null)))
		        .extracting(e -> ((AddonMarketException) e).getCode()).isEqualTo(ErrorCode.VERSION_NOT_INSTALLABLE);
	}

	@Test
	public void wideningUpgrade_shouldStayOnTheOldVersionUntilApproved() {
		Installation installed = activeInstallation();
		fixture.publish("1.1.0", m -> m.withArray("/permissions").addObject().put("scope", "patient/Condition.rs")
		        .put("why", "Shows kidney disease"));

		PermissionDiff diff = asClinician(() -> installations.diff(installed.getUuid(), "1.1.0"));
		Installation upgraded = asClinician(() -> installations.upgrade(installed.getUuid(), "1.1.0"));

		assertThat(diff.added()).containsExactly("patient/Condition.rs");
		assertThat(diff.optionalAdded()).containsExactly("patient/Patient.r");
		assertThat(diff.needsApproval()).isTrue();
		assertThat(upgraded.getAddonVersion()).isEqualTo("1.0.0");
		assertThat(upgraded.getPendingVersion()).isEqualTo("1.1.0");
		assertThat(asAdmin(() -> grants.getApprovalQueue())).anySatisfy(r -> {
			assertThat(r.installation().getUuid()).isEqualTo(installed.getUuid());
			assertThat(r.version()).isEqualTo("1.1.0");
			assertThat(r.diff().added()).containsExactly("patient/Condition.rs");
		});

		asAdmin(() -> grants.approve(installed.getUuid(), approval(BP, NOTICE, "patient/Condition.rs")));

		Installation after = installation(installed);
		assertThat(after.getAddonVersion()).isEqualTo("1.1.0");
		assertThat(after.getPendingVersion()).isNull();
		assertThat(after.getState()).isEqualTo(InstallationState.ACTIVE);
	}

	@Test
	public void narrowingUpgrade_shouldApplyAtOnceWithTheGrantNarrowed() {
		Installation installed = activeInstallation();
		fixture.publish("1.2.0", m -> {
			m.withArray("/permissions").remove(2);
			((ObjectNode) m.withArray("/permissions").get(0)).put("scope",
			    "patient/Observation.r?code=http://loinc.org|8480-6");
		});

		Installation upgraded = asClinician(() -> installations.upgrade(installed.getUuid(), "1.2.0"));

		assertThat(upgraded.getAddonVersion()).isEqualTo("1.2.0");
		assertThat(upgraded.getPendingVersion()).isNull();
		Grant narrowed = asClinician(() -> grants.getCurrentGrant(installed.getUuid())).orElseThrow();
		assertThat(narrowed.getKind()).isEqualTo(GrantKind.NARROWING);
		assertThat(narrowed.getScopes()).extracting(GrantedScope::getScope)
		        .containsExactly("patient/Observation.r?code=http://loinc.org|8480-6");
	}

	@Test
	public void rollback_shouldReturnToThePreviousVersionAndItsGrant() {
		Installation installed = activeInstallation();
		fixture.publish("1.1.0", m -> m.withArray("/permissions").addObject().put("scope", "patient/Condition.rs")
		        .put("why", "Shows kidney disease"));
		asClinician(() -> installations.upgrade(installed.getUuid(), "1.1.0"));
		asAdmin(() -> grants.approve(installed.getUuid(), approval(BP, NOTICE, "patient/Condition.rs")));

		Installation rolledBack = asAdmin(() -> installations.rollback(installed.getUuid()));

		assertThat(rolledBack.getAddonVersion()).isEqualTo("1.0.0");
		Grant restored = asAdmin(() -> grants.getCurrentGrant(installed.getUuid())).orElseThrow();
		assertThat(restored.getKind()).isEqualTo(GrantKind.ROLLBACK);
		assertThat(restored.getScopes()).extracting(GrantedScope::getScope).containsExactly(BP, NOTICE);
		assertThat(asAdmin(() -> grants.getGrantHistory(installed.getUuid()))).hasSize(3);
	}

	@Test
	public void killSwitch_shouldSuspendEveryInstallationOfTheAddon() {
		Installation mine = activeInstallation();
		Installation forAll = asAdmin(() -> installations.install(fixture.addonId, null, Audience.organisation()));

		List<Installation> suspended = asAdmin(() -> installations.suspendAll(fixture.addonId, "sends data abroad"));

		assertThat(suspended).extracting(Installation::getUuid).containsExactlyInAnyOrder(mine.getUuid(),
		    forAll.getUuid());
		assertThat(state(mine)).isEqualTo(InstallationState.SUSPENDED);
		assertThat(state(forAll)).isEqualTo(InstallationState.SUSPENDED);
		assertThatThrownBy(() -> asClinician(() -> installations.enable(mine.getUuid())))
		        .extracting(e -> ((AddonMarketException) e).getCode()).isEqualTo(ErrorCode.ILLEGAL_TRANSITION);
		asAdmin(() -> installations.resume(mine.getUuid()));
		assertThat(state(mine)).isEqualTo(InstallationState.ACTIVE);
	}

	@Test
	public void expiry_shouldMoveTheInstallationBackToAwaitingApproval() {
		Installation installed = asClinician(() -> installations.install(fixture.addonId, null, null));
		Instant inAnHour = Instant.now().plus(Duration.ofHours(1));
		asAdmin(() -> grants.approve(installed.getUuid(), new GrantRequest(List.of(BP, NOTICE), null, null, inAnHour,
		        "trial for an hour", null)));
		assertThat(state(installed)).isEqualTo(InstallationState.ACTIVE);

		bean(ModuleClock.class).use(Clock.offset(Clock.systemUTC(), Duration.ofHours(2)));
		List<Installation> expired = grants.expireGrants();

		assertThat(expired).extracting(Installation::getUuid).contains(installed.getUuid());
		assertThat(state(installed)).isEqualTo(InstallationState.PENDING_APPROVAL);
	}

	@Test
	public void expiry_shouldLeaveTheOwnerANoticeThatNobodyElseSeesAndAGovernanceEvent() {
		Installation installed = asClinician(() -> installations.install(fixture.addonId, null, null));
		Instant inAnHour = Instant.now().plus(Duration.ofHours(1)).truncatedTo(ChronoUnit.SECONDS);
		asAdmin(() -> grants.approve(installed.getUuid(), new GrantRequest(List.of(BP, NOTICE), null, null, inAnHour,
		        "trial for an hour", null)));
		identity().signOut();

		bean(ModuleClock.class).use(Clock.offset(Clock.systemUTC(), Duration.ofHours(2)));
		bean(ExpirySweeper.class).sweep();

		List<Notice> owners = asClinician(() -> bean(NoticeService.class).getMyNotices(NoticeService.MAX_NOTICES))
		        .stream().filter(n -> n.getInstallationUuid().equals(installed.getUuid())).toList();
		assertThat(owners).hasSize(1);
		Notice notice = owners.get(0);
		assertThat(notice.getAddonId()).isEqualTo(fixture.addonId);
		assertThat(notice.getCreatedBy()).isEqualTo(NoticeOrigin.MODULE);
		assertThat(notice.getSeverity()).isEqualTo(NoticeSeverity.WARNING);
		assertThat(notice.getText()).contains(fixture.addonId, "expired at " + inAnHour, "awaiting");
		for (String other : List.of("admin", "someone-else")) {
			identity().signIn(other, Privileges.USE_ADDONS);
			assertThat(call(() -> bean(NoticeService.class).getMyNotices(NoticeService.MAX_NOTICES)))
			        .as(other + "'s notices").noneMatch(n -> n.getInstallationUuid().equals(installed.getUuid()));
		}
		identity().signIn("auditor", Privileges.VIEW_ADDON_ACCESS_LOG);
		List<AuditEvent> events = bean(AuditService.class).find(AuditQuery.builder().installation(installed.getUuid())
		        .kind(AuditKind.GOVERNANCE).size(50).build()).results();
		assertThat(events.get(0).entry().operation()).isEqualTo("expire");
		assertThat(events.get(0).entry().actor()).isEqualTo("system");
	}

	@Test
	public void configuration_shouldBeValidatedAndEveryChangeKeptAsAVersion() {
		Installation installed = activeInstallation();

		assertThatThrownBy(() -> asClinician(() -> installations.configure(installed.getUuid(), "{\"threshold\": 90}")))
		        .isInstanceOf(AddonMarketException.class)
		        .satisfies(e -> assertThat(((AddonMarketException) e).getField()).isEqualTo("/threshold"));
		asClinician(() -> installations.configure(installed.getUuid(), "{\"threshold\": 170}"));
		asClinician(() -> installations.configure(installed.getUuid(), "{\"threshold\": 160}"));

		List<ConfigurationVersion> history = asClinician(() -> installations.getConfigurationHistory(
		    installed.getUuid()));
		assertThat(history).extracting(ConfigurationVersion::getNumber).containsExactly(1, 2);
		assertThat(history).extracting(ConfigurationVersion::getAuthor).containsOnly("uuid-clinician");
		assertThat(asClinician(() -> installations.getConfiguration(installed.getUuid())).orElseThrow().getJson())
		        .isEqualTo("{\"threshold\":160}");
	}

	@Test
	public void twoAdministratorsApprovingAtOnce_shouldLetOneWinAndTellTheOtherSo() throws Exception {
		Installation installed = asClinician(() -> installations.install(fixture.addonId, null, null));
		int seen = installed.getLockVersion();
		GrantRequest request = new GrantRequest(List.of(BP, NOTICE), null, null, null, "both looked at version " + seen,
		        seen);
		CountDownLatch start = new CountDownLatch(1);
		Callable<String> approve = () -> {
			identity().signIn("admin-" + Thread.currentThread().getId(), Privileges.GRANT_ADDON_ACCESS,
			    Privileges.BROWSE_ADDONS);
			start.await();
			try {
				grants.approve(installed.getUuid(), request);
				return "approved";
			}
			catch (AddonMarketException e) {
				return e.getCode().code();
			}
			catch (ConcurrencyFailureException e) {
				return ErrorCode.CONCURRENT_CHANGE.code();
			}
		};
		ExecutorService pool = Executors.newFixedThreadPool(2);
		Future<String> first = pool.submit(approve);
		Future<String> second = pool.submit(approve);
		start.countDown();

		List<String> outcomes = List.of(first.get(), second.get());
		pool.shutdown();

		assertThat(outcomes).containsExactlyInAnyOrder("approved", ErrorCode.CONCURRENT_CHANGE.code());
		assertThat(state(installed)).isEqualTo(InstallationState.ACTIVE);
		assertThat(asAdmin(() -> grants.getGrantHistory(installed.getUuid()))).hasSize(1);
	}

	@Test
	public void everyGovernanceAct_shouldBeInTheAuditChainWithWhoAndWhy() {
		Installation installed = activeInstallation();
		asAdmin(() -> installations.suspendAll(fixture.addonId, "sends data abroad"));
		asAdmin(() -> installations.resume(installed.getUuid()));
		asClinician(() -> installations.uninstall(installed.getUuid()));
		identity().signIn("auditor", Privileges.VIEW_ADDON_ACCESS_LOG);

		List<AuditEvent> events = bean(AuditService.class).find(AuditQuery.builder().installation(installed.getUuid())
		        .kind(AuditKind.GOVERNANCE).size(50).build()).results();

		assertThat(events).extracting(e -> e.entry().operation()).containsExactly("uninstall", "resume", "suspend",
		    "grant", "install");
		AuditEvent suspend = events.get(2);
		assertThat(suspend.entry().actor()).isEqualTo("uuid-admin");
		assertThat(suspend.entry().reasonText()).isEqualTo("sends data abroad");
		AuditEvent grant = events.get(3);
		assertThat(grant.entry().grantUuid()).isNotBlank();
		assertThat(grant.entry().detail()).contains(BP);
		assertThat(events.get(4).entry().actor()).isEqualTo("uuid-clinician");
		assertThat(bean(AuditService.class).verify(null, null).valid()).isTrue();
	}

	private Installation activeInstallation() {
		Installation installed = asClinician(() -> installations.install(fixture.addonId, null, null));
		asAdmin(() -> grants.approve(installed.getUuid(), approval(BP, NOTICE)));
		return installation(installed);
	}

	private static GrantRequest approval(String... scopes) {
		return new GrantRequest(List.of(scopes), null, null, null, "needed for BP alerts", null);
	}

	private Installation installation(Installation installation) {
		return asAdmin(() -> installations.getInstallation(installation.getUuid())).orElseThrow();
	}

	private InstallationState state(Installation installation) {
		return installation(installation).getState();
	}

	private <T> T asClinician(Callable<T> call) {
		identity().signIn("clinician", Privileges.INSTALL_ADDONS, Privileges.BROWSE_ADDONS, Privileges.USE_ADDONS);
		return call(call);
	}

	private <T> T asAdmin(Callable<T> call) {
		identity().signIn("admin", Privileges.GRANT_ADDON_ACCESS, Privileges.MANAGE_ADDONS, Privileges.BROWSE_ADDONS,
		    Privileges.INSTALL_ADDONS);
		return call(call);
	}

	private static <T> T call(Callable<T> call) {
		try {
			return call.call();
		}
		catch (AddonMarketException e) {
			throw e;
		}
		catch (Exception e) {
			throw new IllegalStateException(e);
		}
	}
}
