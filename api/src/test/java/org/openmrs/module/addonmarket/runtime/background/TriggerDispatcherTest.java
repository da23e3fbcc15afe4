package org.openmrs.module.addonmarket.runtime.background;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openmrs.module.addonmarket.runtime.background.BackgroundFixture.trigger;
import static org.openmrs.module.addonmarket.runtime.background.BackgroundFixture.waitFor;
import static org.openmrs.module.addonmarket.test.InMemoryClinicalData.ALICE;
import static org.openmrs.module.addonmarket.test.InMemoryClinicalData.DIASTOLIC;
import static org.openmrs.module.addonmarket.test.InMemoryClinicalData.HBA1C;
import static org.openmrs.module.addonmarket.test.InMemoryClinicalData.SYSTOLIC;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;

import org.junit.After;
import org.junit.Before;
import org.junit.Test;
import org.openmrs.module.addonmarket.Privileges;
import org.openmrs.module.addonmarket.host.ClinicalEvents;
import org.openmrs.module.addonmarket.host.Setting;
import org.openmrs.module.addonmarket.host.SystemRunner;
import org.openmrs.module.addonmarket.install.Audience;
import org.openmrs.module.addonmarket.install.Installation;
import org.openmrs.module.addonmarket.install.InstallationService;
import org.openmrs.module.addonmarket.notice.Notice;
import org.openmrs.module.addonmarket.notice.NoticeService;
import org.openmrs.module.addonmarket.runtime.AddonRuntime;
import org.openmrs.module.addonmarket.runtime.Invocation;
import org.openmrs.module.addonmarket.runtime.InvocationKind;
import org.openmrs.module.addonmarket.runtime.InvocationOutcome;
import org.openmrs.module.addonmarket.test.PersistenceTest;
import org.openmrs.module.addonmarket.test.TestClinicalEvents;
import org.openmrs.module.addonmarket.test.TestSettings;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.support.StaticListableBeanFactory;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The trigger dispatcher with the module's real runtime, gateway and database (H2, PostgreSQL, MariaDB): clinical
 * events raised on the test's thread, as a host raising them from the committing request would.
 */
public class TriggerDispatcherTest extends PersistenceTest {

	private static final String SCRIPT = "function trend(ctx) { return {}; }\n"
	        + "function onSystolic(ctx) { ctx.ehr.create('Notice', { severity: 'warning',\n"
	        + "    text: 'Systolic ' + ctx.event.valueQuantity.value + ' for ' + ctx.patient }); return { user: ctx.user }; }\n"
	        + "function onA1c(ctx) { return { a1c: true }; }\n"
	        + "function onEncounter(ctx) { return { encounter: true }; }\n"
	        + "function slow(ctx) { while (true) { } }\n";

	private BackgroundFixture fixture;

	private Installation installed;

	private TriggerDispatcher ownDispatcher;

	private BackgroundRuns ownRuns;

	@Before
	public void signedOut() {
		identity().signOut();
	}

	/** Later tests' events must not wake this test's add-ons. */
	@After
	public void suspendAndStop() {
		if (ownDispatcher != null) {
			ownDispatcher.stop();
			ownRuns.stop();
		}
		if (installed != null) {
			identity().signIn("admin", Privileges.MANAGE_ADDONS, Privileges.BROWSE_ADDONS);
			bean(InstallationService.class).suspend(installed.getUuid(), "test over");
		}
	}

	@Test
	public void observationCreated_shouldRunTheMatchingTriggerOnceAndNoOther() throws Exception {
		Installation systolic = install(t -> {
			trigger(t, "Observation.created", SYSTOLIC, "onSystolic");
			trigger(t, "Observation.created", HBA1C, "onA1c");
			trigger(t, "Encounter.created", null, "onEncounter");
		});
		Installation diastolic = install(t -> trigger(t, "Observation.created", DIASTOLIC, "onA1c"));

		raise("Observation", SYSTOLIC, 185);
		awaitRuns();

		List<Invocation> runs = fixture().runs(systolic);
		assertThat(runs).extracting(Invocation::getHandler).containsExactly("onSystolic");
		assertThat(runs.get(0).getKind()).isEqualTo(InvocationKind.TRIGGER);
		assertThat(runs.get(0).getOutcome()).as(runs.get(0).getErrorMessage()).isEqualTo(InvocationOutcome.SUCCESS);
		assertThat(runs.get(0).getUserUuid()).isNull();
		assertThat(runs.get(0).getPatientId()).isEqualTo(ALICE);
		assertThat(fixture().runs(diastolic)).isEmpty();
	}

	@Test
	public void triggerNotice_shouldReachTheInstallationsAudienceWhenTheAddonNamesNone() throws Exception {
		install(t -> trigger(t, "Observation.created", SYSTOLIC, "onSystolic"));

		raise("Observation", SYSTOLIC, 201);
		awaitRuns();

		identity().signIn("clinician", Privileges.USE_ADDONS);
		List<Notice> mine = bean(NoticeService.class).getMyNotices(ALICE, 500);
		Notice notice = mine.stream().filter(n -> n.getText().equals("Systolic 201 for " + ALICE)).findFirst()
		        .orElseThrow();
		assertThat(notice.getAudience()).isEqualTo(Audience.user("uuid-clinician"));
		assertThat(notice.getCreatedBy()).isEqualTo("system");
		assertThat(notice.getPatientUuid()).isEqualTo(ALICE);
		identity().signIn("nurse", Privileges.USE_ADDONS);
		assertThat(bean(NoticeService.class).getMyNotices(ALICE, 500)).extracting(Notice::getText)
		        .doesNotContain(notice.getText());
	}

	@Test
	public void suspendedInstallation_shouldNotRun() throws Exception {
		Installation installed = install(t -> trigger(t, "Observation.created", SYSTOLIC, "onSystolic"));
		identity().signIn("admin", Privileges.MANAGE_ADDONS, Privileges.BROWSE_ADDONS);
		bean(InstallationService.class).suspend(installed.getUuid(), "under review");
		identity().signOut();
		this.installed = null;

		raise("Observation", SYSTOLIC, 190);
		awaitRuns();

		assertThat(fixture().runs(installed)).isEmpty();
	}

	@Test
	public void slowTrigger_shouldNotDelayTheClinicalWrite() throws Exception {
		bean(TestSettings.class).set(Setting.RUNTIME_MAX_STATEMENTS.name(), "1000000000");
		bean(TestSettings.class).set(Setting.RUNTIME_TIMEOUT_MILLIS.name(), "2000");
		Installation installed = install(t -> trigger(t, "Observation.created", SYSTOLIC, "slow"));

		long started = System.nanoTime();
		for (int i = 0; i < 3; i++) {
			raise("Observation", SYSTOLIC, 180 + i);
		}
		long writeMillis = (System.nanoTime() - started) / 1_000_000;

		assertThat(writeMillis).as("three clinical writes, each telling the dispatcher").isLessThan(500);
		assertThat(waitFor(() -> fixture().runs(installed).size() == 3, Duration.ofSeconds(30))).isTrue();
		assertThat(fixture().runs(installed)).allSatisfy(run -> {
			assertThat(run.getErrorCode()).isEqualTo("ADDON-0811");
			assertThat(run.getDurationMillis()).isGreaterThanOrEqualTo(1900);
		});
	}

	@Test
	public void fullQueue_shouldDropTheRunAndRecordIt() throws Exception {
		TestSettings settings = bean(TestSettings.class);
		settings.set(Setting.RUNTIME_MAX_STATEMENTS.name(), "1000000000");
		settings.set(Setting.RUNTIME_TIMEOUT_MILLIS.name(), "4000");
		settings.set(Setting.RUNTIME_BACKGROUND_THREADS.name(), "1");
		settings.set(Setting.RUNTIME_BACKGROUND_QUEUE.name(), "1");
		// A code no other test's add-on listens for: the database is shared, and their runs would fill the queue.
		String code = "urn:test:" + UUID.randomUUID() + "|slow";
		Installation installed = install(t -> trigger(t, "Observation.created", code, "slow"));
		TestClinicalEvents events = new TestClinicalEvents();
		ownRuns = new BackgroundRuns(settings);
		ownDispatcher = new TriggerDispatcher(bean(ActiveHandlers.class), ownRuns, bean(DroppedRuns.class),
		        bean(AddonRuntime.class), SystemRunner.direct(), provider(events));
		ownRuns.start();
		ownDispatcher.start();

		for (int i = 0; i < 4; i++) {
			events.raise("Observation.created", observation(code, 180 + i), ALICE);
		}
		assertThat(ownDispatcher.awaitIdle(Duration.ofSeconds(30))).isTrue();

		List<Invocation> runs = fixture().runs(installed);
		assertThat(runs).extracting(Invocation::getErrorCode).containsExactlyInAnyOrder("ADDON-0811", "ADDON-0811",
		    "ADDON-0843", "ADDON-0843");
		assertThat(runs).filteredOn(r -> "ADDON-0843".equals(r.getErrorCode()))
		        .allSatisfy(r -> assertThat(r.getErrorMessage()).contains("queue of background runs was full"));
		assertThat(ownRuns.dropped()).isEqualTo(2);
	}

	private BackgroundFixture fixture() {
		return fixture;
	}

	private Installation install(Consumer<ArrayNode> triggers) {
		fixture = new BackgroundFixture(context(), identity());
		installed = fixture.activeWith(SCRIPT, triggers, s -> {
		});
		return installed;
	}

	private void raise(String resourceType, String code, int value) {
		bean(TestClinicalEvents.class).raise(resourceType + ".created", observation(code, value), ALICE);
	}

	private void awaitRuns() throws InterruptedException {
		assertThat(bean(TriggerDispatcher.class).awaitIdle(Duration.ofSeconds(30))).isTrue();
	}

	static ObjectNode observation(String token, int value) {
		ObjectNode observation = JsonNodeFactory.instance.objectNode().put("resourceType", "Observation")
		        .put("id", "obs-" + value).put("status", "final");
		String[] parts = token.split("\\|");
		observation.putObject("code").putArray("coding").addObject().put("system", parts[0]).put("code", parts[1]);
		observation.putObject("subject").put("reference", "Patient/" + ALICE);
		observation.putObject("valueQuantity").put("value", value).put("unit", "mm[Hg]");
		return observation;
	}

	private static ObjectProvider<ClinicalEvents> provider(TestClinicalEvents events) {
		StaticListableBeanFactory factory = new StaticListableBeanFactory();
		factory.addBean("clinicalEvents", events);
		return factory.getBeanProvider(ClinicalEvents.class);
	}
}
