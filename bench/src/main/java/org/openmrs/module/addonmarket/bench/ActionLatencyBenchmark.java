package org.openmrs.module.addonmarket.bench;

import java.util.Arrays;

import org.openmrs.module.addonmarket.host.Setting;
import org.openmrs.module.addonmarket.runtime.AddonRuntime;
import org.openmrs.module.addonmarket.runtime.InvocationResult;
import org.openmrs.module.addonmarket.test.TestDatabase;
import org.openmrs.module.addonmarket.test.TestSettings;

/**
 * Action latency through the public {@link AddonRuntime#invokeAction}: the example add-on's {@code trend} action (a
 * blood pressure search through the gateway, audited, and a card), cold (the first run of a freshly started module:
 * a new engine, the script parsed) and warm (the runs after it).
 */
final class ActionLatencyBenchmark {

	private static final String SECTION = "Action invocation";

	private final BenchConfig config;

	private final Report report;

	ActionLatencyBenchmark(BenchConfig config, Report report) {
		this.config = config;
		this.report = report;
	}

	void run(TestDatabase database) {
		try (GatewayScenario scenario = GatewayScenario.start(database)) {
			AddonRuntime runtime = scenario.bean(AddonRuntime.class);
			// the cold run parses the script and warms a new engine: on a busy machine longer than the 5 s default
			scenario.bean(TestSettings.class).set(Setting.RUNTIME_TIMEOUT_MILLIS.name(), "60000");
			scenario.signInClinician();
			long cold = timed(runtime, scenario);
			int runs = config.actionRuns();
			long[] warm = new long[runs];
			for (int i = 0; i < runs; i++) {
				warm[i] = timed(runtime, scenario);
			}
			Arrays.sort(warm);
			long p50 = AuditQueryBenchmark.percentile(warm, 50);
			report.add(Figure.of(SECTION, "cold: first run after start", database.name(), cold / 1e6, "ms"));
			report.add(Figure.of(SECTION, "warm p50 (" + runs + " runs)", database.name(), p50 / 1e6, "ms")
			        .target("p50 ≤ 3 ms warm", p50 <= 3_000_000));
			report.add(Figure.of(SECTION, "warm p99 (" + runs + " runs)", database.name(),
			    AuditQueryBenchmark.percentile(warm, 99) / 1e6, "ms"));
		}
	}

	private static long timed(AddonRuntime runtime, GatewayScenario scenario) {
		long started = System.nanoTime();
		InvocationResult result = runtime.invokeAction(scenario.installationUuid(), "trend", GatewayScenario.PATIENT);
		long took = System.nanoTime() - started;
		if (!result.succeeded()) {
			throw new IllegalStateException("The action failed: " + result.error());
		}
		return took;
	}
}
