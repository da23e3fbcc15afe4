package org.openmrs.module.addonmarket.bench;

import java.time.Duration;
import java.util.List;

import org.openmrs.module.addonmarket.Privileges;
import org.openmrs.module.addonmarket.catalog.CatalogService;
import org.openmrs.module.addonmarket.catalog.PublisherService;
import org.openmrs.module.addonmarket.grant.GrantRequest;
import org.openmrs.module.addonmarket.grant.GrantService;
import org.openmrs.module.addonmarket.host.Setting;
import org.openmrs.module.addonmarket.install.Installation;
import org.openmrs.module.addonmarket.install.InstallationService;
import org.openmrs.module.addonmarket.runtime.AddonRuntime;
import org.openmrs.module.addonmarket.runtime.Invocation;
import org.openmrs.module.addonmarket.runtime.InvocationOutcome;
import org.openmrs.module.addonmarket.runtime.background.TriggerDispatcher;
import org.openmrs.module.addonmarket.test.ApiTestContext;
import org.openmrs.module.addonmarket.test.CatalogFixture;
import org.openmrs.module.addonmarket.test.InMemoryClinicalData;
import org.openmrs.module.addonmarket.test.TestClinicalEvents;
import org.openmrs.module.addonmarket.test.TestDatabase;
import org.openmrs.module.addonmarket.test.TestIdentity;
import org.openmrs.module.addonmarket.test.TestSettings;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Trigger throughput: clinical events per second from the host's {@code Observation.created} through the runtime's
 * dispatcher (matching, the bounded pool) to completed and recorded runs of a trigger that reads the patient's blood
 * pressure through the gateway (audited) and answers. Cold is the first events after the add-on was approved (its
 * script parsed, the engine warmed on first use); warm is the events after them.
 */
final class TriggerThroughputBenchmark {

	private static final String SECTION = "Trigger throughput";

	private static final String SYSTOLIC = "http://loinc.org|8480-6";

	private static final String SCRIPT = "function trend(ctx) { return {}; }\n"
	        + "function onReading(ctx) {\n"
	        + "  const readings = ctx.ehr.search('Observation', { code: 'http://loinc.org|8480-6', _count: 5 });\n"
	        + "  return { value: ctx.event.valueQuantity.value, readings: readings.length };\n" + "}\n";

	private static final int COLD = 20;

	private final BenchConfig config;

	private final Report report;

	TriggerThroughputBenchmark(BenchConfig config, Report report) {
		this.config = config;
		this.report = report;
	}

	void run(TestDatabase database) throws InterruptedException {
		try (AnnotationConfigApplicationContext context = ApiTestContext.start(database)) {
			context.getBean(TestSettings.class).set(Setting.RUNTIME_TIMEOUT_MILLIS.name(), "60000");
			String installation = approvedTrigger(context);
			int warm = Math.max(COLD, config.actionRuns());
			double cold = eventsPerSecond(context, COLD);
			double hot = eventsPerSecond(context, warm);
			context.getBean(TestIdentity.class).signIn("admin", Privileges.MANAGE_ADDONS);
			List<Invocation> runs = context.getBean(AddonRuntime.class).getInvocations(installation, 500);
			long failed = runs.stream().filter(run -> run.getOutcome() != InvocationOutcome.SUCCESS).count();
			if (failed > 0) {
				throw new IllegalStateException(failed + " of the last " + runs.size() + " trigger runs failed");
			}
			report.add(Figure.of(SECTION, "cold: first " + COLD + " events", database.name(), cold, "events/s"));
			report.add(Figure.of(SECTION, "warm: " + warm + " events", database.name(), hot, "events/s"));
		}
	}

	private static String approvedTrigger(AnnotationConfigApplicationContext context) {
		TestIdentity identity = context.getBean(TestIdentity.class);
		CatalogFixture catalog = new CatalogFixture(identity, context.getBean(PublisherService.class),
		        context.getBean(CatalogService.class));
		catalog.publishScript("1.0.0", SCRIPT, manifest -> {
			manifest.withArray("/triggers").removeAll().addObject().put("event", "Observation.created")
			        .put("handler", "onReading").putObject("where").put("code", SYSTOLIC);
			manifest.remove("schedules");
		});
		identity.signIn("clinician", Privileges.INSTALL_ADDONS, Privileges.BROWSE_ADDONS);
		Installation installed = context.getBean(InstallationService.class).install(catalog.addonId, null, null);
		identity.signIn("admin", Privileges.GRANT_ADDON_ACCESS, Privileges.BROWSE_ADDONS);
		context.getBean(GrantService.class).approve(installed.getUuid(), new GrantRequest(GatewayScenario.SCOPES,
		        null, null, null, "benchmark", null));
		identity.signOut();
		return installed.getUuid();
	}

	private static double eventsPerSecond(AnnotationConfigApplicationContext context, int events)
	        throws InterruptedException {
		TestClinicalEvents clinical = context.getBean(TestClinicalEvents.class);
		long started = System.nanoTime();
		for (int i = 0; i < events; i++) {
			clinical.raise("Observation.created", observation(100 + i % 100), InMemoryClinicalData.ALICE);
		}
		if (!context.getBean(TriggerDispatcher.class).awaitIdle(Duration.ofMinutes(5))) {
			throw new IllegalStateException("The dispatcher did not finish within 5 minutes");
		}
		return events / ((System.nanoTime() - started) / 1e9);
	}

	private static ObjectNode observation(int value) {
		ObjectNode observation = JsonNodeFactory.instance.objectNode().put("resourceType", "Observation")
		        .put("id", "obs-bench-" + value).put("status", "final");
		observation.putObject("code").putArray("coding").addObject().put("system", "http://loinc.org")
		        .put("code", "8480-6");
		observation.putObject("subject").put("reference", "Patient/" + InMemoryClinicalData.ALICE);
		observation.putObject("valueQuantity").put("value", value).put("unit", "mm[Hg]");
		return observation;
	}
}
