package org.openmrs.module.addonmarket.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.concurrent.Callable;

import org.junit.Before;
import org.junit.Test;
import org.openmrs.module.addonmarket.Privileges;
import org.openmrs.module.addonmarket.catalog.CatalogService;
import org.openmrs.module.addonmarket.catalog.PublisherService;
import org.openmrs.module.addonmarket.error.AddonMarketException;
import org.openmrs.module.addonmarket.error.ErrorCode;
import org.openmrs.module.addonmarket.error.ErrorKind;
import org.openmrs.module.addonmarket.grant.GrantRequest;
import org.openmrs.module.addonmarket.grant.GrantService;
import org.openmrs.module.addonmarket.host.Actor;
import org.openmrs.module.addonmarket.host.ModuleClock;
import org.openmrs.module.addonmarket.host.Setting;
import org.openmrs.module.addonmarket.host.UserPrivileges;
import org.openmrs.module.addonmarket.install.Audience;
import org.openmrs.module.addonmarket.install.Installation;
import org.openmrs.module.addonmarket.install.InstallationService;
import org.openmrs.module.addonmarket.runtime.dao.InvocationDao;
import org.openmrs.module.addonmarket.runtime.impl.AddonRuntimeImpl;
import org.openmrs.module.addonmarket.runtime.impl.RunnableInstallations;
import org.openmrs.module.addonmarket.runtime.sandbox.Sandbox;
import org.openmrs.module.addonmarket.test.CatalogFixture;
import org.openmrs.module.addonmarket.test.PersistenceTest;
import org.openmrs.module.addonmarket.test.TestSettings;
import org.springframework.transaction.PlatformTransactionManager;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The add-on runtime as a service, on H2, PostgreSQL and MariaDB: actions run for the signed-in user on ACTIVE
 * installations with their current configuration, triggers and schedules run their declared handlers, and every run
 * is recorded and shown to whom it may be.
 */
public class RuntimeServiceTest extends PersistenceTest {

	private static final String BP = "patient/Observation.rs?code=http://loinc.org|8462-4,http://loinc.org|8480-6";

	private static final String SCRIPT = "function trend(ctx) { ctx.log('trend for', ctx.patient);\n"
	        + "  const bp = ctx.ehr.search('Observation', { _count: 2 });\n"
	        + "  return { title: 'Blood pressure trend', text: 'threshold ' + (ctx.config ? ctx.config.threshold : 'none'),\n"
	        + "    items: bp.map(o => o.valueQuantity.value), severity: 'info' }; }\n"
	        + "function onReading(ctx) { return { value: ctx.event.valueQuantity.value, user: ctx.user }; }\n"
	        + "function digest(ctx) { while (true) { } }\n";

	private CatalogFixture fixture;

	private TestDataPort port;

	private AddonRuntime runtime;

	@Before
	public void publishedAddon() {
		fixture = new CatalogFixture(identity(), bean(PublisherService.class), bean(CatalogService.class));
		fixture.publishScript("1.0.0", SCRIPT, m -> {
		});
		port = new TestDataPort();
		runtime = new AddonRuntimeImpl(bean(RunnableInstallations.class), bean(Sandbox.class),
		        bean(InvocationDao.class), bean(UserPrivileges.class), bean(ModuleClock.class),
		        bean(PlatformTransactionManager.class), port);
	}

	@Test
	public void invokeAction_shouldRunTheActionForTheSignedInUserAndRecordTheRun() {
		Installation installed = activeForClinician();

		InvocationResult result = asClinician(() -> runtime.invokeAction(installed.getUuid(), "trend", "patient-7"));

		assertThat(result.outcome()).isEqualTo(InvocationOutcome.SUCCESS);
		assertThat(result.result().toString()).isEqualTo("{\"title\":\"Blood pressure trend\",\"text\":\"threshold none\","
		        + "\"items\":[120,130],\"severity\":\"info\"}");
		assertThat(port.calls.get(0).call()).isEqualTo(new RuntimeCall(installed.getUuid(), result.invocationId(),
		        "action:trend", new Actor("uuid-clinician", "clinician", "clinician"), "patient-7"));
		Invocation recorded = asClinician(() -> runtime.getInvocations(installed.getUuid(), 10)).get(0);
		assertThat(recorded.getUuid()).isEqualTo(result.invocationId());
		assertThat(recorded.getAddonId()).isEqualTo(fixture.addonId);
		assertThat(recorded.getAddonVersion()).isEqualTo("1.0.0");
		assertThat(recorded.getKind()).isEqualTo(InvocationKind.ACTION);
		assertThat(recorded.getHandler()).isEqualTo("trend");
		assertThat(recorded.getPurpose()).isEqualTo("action:trend");
		assertThat(recorded.getUserUuid()).isEqualTo("uuid-clinician");
		assertThat(recorded.getPatientId()).isEqualTo("patient-7");
		assertThat(recorded.getOutcome()).isEqualTo(InvocationOutcome.SUCCESS);
		assertThat(recorded.getErrorCode()).isNull();
		assertThat(recorded.getStartedAt()).isNotNull();
		assertThat(recorded.getLogJson()).isEqualTo("[{\"level\":\"info\",\"text\":\"trend for patient-7\"}]");
	}

	@Test
	public void invokeAction_shouldGiveTheHandlerTheCurrentConfiguration() {
		Installation installed = activeForClinician();
		asClinician(() -> bean(InstallationService.class).configure(installed.getUuid(), "{\"threshold\": 170}"));
		asClinician(() -> bean(InstallationService.class).configure(installed.getUuid(), "{\"threshold\": 160}"));

		InvocationResult result = asClinician(() -> runtime.invokeAction(installed.getUuid(), "trend", "p1"));

		assertThat(result.result().path("text").asText()).isEqualTo("threshold 160");
	}

	@Test
	public void invokeAction_shouldRefuseAnInstallationThatIsNotActiveWithAConflict() {
		Installation pending = asClinician(() -> bean(InstallationService.class).install(fixture.addonId, null, null));

		assertThatThrownBy(() -> asClinician(() -> runtime.invokeAction(pending.getUuid(), "trend", "p1")))
		        .isInstanceOfSatisfying(AddonMarketException.class, e -> {
			        assertThat(e.getCode()).isEqualTo(ErrorCode.RUNTIME_INSTALLATION_NOT_ACTIVE);
			        assertThat(e.getCode().kind()).isEqualTo(ErrorKind.CONFLICT);
			        assertThat(e.getMessage()).contains("is PENDING_APPROVAL, so it cannot run");
		        });
		assertThat(port.calls).isEmpty();
	}

	@Test
	public void invokeAction_shouldRefuseASuspendedInstallationAndSayWhy() {
		Installation installed = activeForClinician();
		asAdmin(() -> bean(InstallationService.class).suspend(installed.getUuid(), "sends data abroad"));

		assertThatThrownBy(() -> asClinician(() -> runtime.invokeAction(installed.getUuid(), "trend", "p1")))
		        .hasMessageContaining("is SUSPENDED (sends data abroad)");
	}

	@Test
	public void invokeAction_shouldRefuseAnActionTheManifestDoesNotHave() {
		Installation installed = activeForClinician();

		assertThatThrownBy(() -> asClinician(() -> runtime.invokeAction(installed.getUuid(), "export", "p1")))
		        .isInstanceOfSatisfying(AddonMarketException.class, e -> assertThat(e.getCode())
		                .isEqualTo(ErrorCode.RUNTIME_ACTION_NOT_FOUND))
		        .hasMessageContaining("has no action \"export\"; its actions are [trend]");
	}

	@Test
	public void invokeAction_shouldNeedUseAddonsAndAPatient() {
		Installation installed = activeForClinician();

		identity().signIn("clinician", Privileges.BROWSE_ADDONS);
		assertThatThrownBy(() -> runtime.invokeAction(installed.getUuid(), "trend", "p1"))
		        .extracting(e -> ((AddonMarketException) e).getCode()).isEqualTo(ErrorCode.PRIVILEGE_REQUIRED);
		identity().signOut();
		assertThatThrownBy(() -> runtime.invokeAction(installed.getUuid(), "trend", "p1"))
		        .extracting(e -> ((AddonMarketException) e).getCode()).isEqualTo(ErrorCode.NOT_SIGNED_IN);
		assertThatThrownBy(() -> asClinician(() -> runtime.invokeAction(installed.getUuid(), "trend", " ")))
		        .extracting(e -> ((AddonMarketException) e).getCode()).isEqualTo(ErrorCode.RUNTIME_PATIENT_REQUIRED);
	}

	@Test
	public void invokeAction_shouldRefuseSomeoneElsesPersonalInstallation() {
		Installation installed = activeForClinician();

		identity().signIn("nurse", Privileges.USE_ADDONS);
		assertThatThrownBy(() -> runtime.invokeAction(installed.getUuid(), "trend", "p1"))
		        .extracting(e -> ((AddonMarketException) e).getCode()).isEqualTo(ErrorCode.RUNTIME_NOT_IN_AUDIENCE);
	}

	@Test
	public void invoke_shouldRunATriggerWithItsEventAndNoUserButOnlyDeclaredHandlers() throws Exception {
		Installation installed = activeForClinician();
		ObjectNode event = (ObjectNode) new ObjectMapper().readTree(
		    "{\"resourceType\":\"Observation\",\"valueQuantity\":{\"value\":190}}");

		InvocationResult result = runtime.invoke(InvocationRequest.trigger(installed.getUuid(), "onReading", "p1", event));

		assertThat(result.result().toString()).isEqualTo("{\"value\":190,\"user\":null}");
		assertThatThrownBy(() -> runtime.invoke(InvocationRequest.schedule(installed.getUuid(), "onReading")))
		        .extracting(e -> ((AddonMarketException) e).getCode()).isEqualTo(ErrorCode.RUNTIME_HANDLER_NOT_DECLARED);
	}

	@Test
	public void failedRun_shouldBeRecordedWithItsCodeMessageAndStatements() {
		Installation installed = activeForClinician();
		bean(TestSettings.class).set(Setting.RUNTIME_MAX_STATEMENTS.name(), "20000");

		InvocationResult result = runtime.invoke(InvocationRequest.schedule(installed.getUuid(), "digest"));

		assertThat(result.outcome()).isEqualTo(InvocationOutcome.ERROR);
		assertThat(result.error()).isEqualTo(new InvocationError("ADDON-0810",
		        "stopped after 20000 statements (addonmarket.runtime.maxStatements)"));
		Invocation recorded = asAdmin(() -> runtime.getInvocations(installed.getUuid(), 1)).get(0);
		assertThat(recorded.getOutcome()).isEqualTo(InvocationOutcome.ERROR);
		assertThat(recorded.getErrorCode()).isEqualTo("ADDON-0810");
		assertThat(recorded.getErrorMessage()).isEqualTo(result.error().message());
		assertThat(recorded.getStatementsUsed()).isEqualTo(20000L);
		assertThat(recorded.getKind()).isEqualTo(InvocationKind.SCHEDULE);
		assertThat(recorded.getUserUuid()).isNull();
	}

	@Test
	public void getInvocations_shouldShowManagersAndTheOwnerEveryRunAndOtherUsersTheirOwn() {
		identity().signIn("manager", Privileges.INSTALL_ADDONS, Privileges.MANAGE_ADDONS, Privileges.BROWSE_ADDONS);
		Installation forAll = bean(InstallationService.class).install(fixture.addonId, null, Audience.organisation());
		approve(forAll);
		asClinician(() -> runtime.invokeAction(forAll.getUuid(), "trend", "p1"));
		identity().signIn("nurse", Privileges.USE_ADDONS);
		InvocationResult nurses = runtime.invokeAction(forAll.getUuid(), "trend", "p2");

		List<Invocation> seenByNurse = runtime.getInvocations(forAll.getUuid(), 50);
		List<Invocation> seenByAdmin = asAdmin(() -> runtime.getInvocations(forAll.getUuid(), 50));

		assertThat(seenByNurse).extracting(Invocation::getUuid).containsExactly(nurses.invocationId());
		assertThat(seenByAdmin).extracting(Invocation::getUserUuid).containsExactly("uuid-nurse", "uuid-clinician");
		identity().signIn("auditor", Privileges.BROWSE_ADDONS);
		assertThatThrownBy(() -> runtime.getInvocations(forAll.getUuid(), 50))
		        .extracting(e -> ((AddonMarketException) e).getCode()).isEqualTo(ErrorCode.PRIVILEGE_REQUIRED);
	}

	private Installation activeForClinician() {
		Installation installed = asClinician(() -> bean(InstallationService.class).install(fixture.addonId, null,
		    null));
		approve(installed);
		return installed;
	}

	private void approve(Installation installation) {
		asAdmin(() -> bean(GrantService.class).approve(installation.getUuid(), new GrantRequest(
		        List.of(BP, "user/Notice.c"), null, null, null, "needed on the ward", null)));
	}

	private <T> T asClinician(Callable<T> call) {
		identity().signIn("clinician", Privileges.INSTALL_ADDONS, Privileges.BROWSE_ADDONS, Privileges.USE_ADDONS);
		return call(call);
	}

	private <T> T asAdmin(Callable<T> call) {
		identity().signIn("admin", Privileges.GRANT_ADDON_ACCESS, Privileges.MANAGE_ADDONS, Privileges.BROWSE_ADDONS,
		    Privileges.INSTALL_ADDONS, Privileges.USE_ADDONS);
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
