package org.openmrs.module.addonmarket.runtime.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.List;

import org.junit.Test;
import org.openmrs.module.addonmarket.Privileges;
import org.openmrs.module.addonmarket.catalog.CatalogService;
import org.openmrs.module.addonmarket.catalog.PublisherService;
import org.openmrs.module.addonmarket.grant.GrantRequest;
import org.openmrs.module.addonmarket.grant.GrantService;
import org.openmrs.module.addonmarket.host.ModuleClock;
import org.openmrs.module.addonmarket.host.UserPrivileges;
import org.openmrs.module.addonmarket.install.Installation;
import org.openmrs.module.addonmarket.install.InstallationService;
import org.openmrs.module.addonmarket.runtime.AddonRuntime;
import org.openmrs.module.addonmarket.runtime.InvocationResult;
import org.openmrs.module.addonmarket.runtime.TestDataPort;
import org.openmrs.module.addonmarket.runtime.dao.InvocationDao;
import org.openmrs.module.addonmarket.runtime.impl.AddonRuntimeImpl;
import org.openmrs.module.addonmarket.runtime.impl.RunnableInstallations;
import org.openmrs.module.addonmarket.runtime.sandbox.Sandbox;
import org.openmrs.module.addonmarket.test.CatalogFixture;
import org.openmrs.module.addonmarket.test.PersistenceTest;
import org.openmrs.module.addonmarket.test.TestSettings;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Prints how long an action takes end to end through {@link AddonRuntime#invokeAction}: read the installation, run
 * the script in a fresh context (searching 20 observations through the data port and making a card), record the run.
 * Cold is the first run in a new engine; warm is {@value #RUNS} runs after it, in wall time and in the calling
 * thread's CPU time (which a machine shared with other builds distorts less). Asserts nothing. Not part of
 * {@code mvn verify}: {@code mvn -pl api test -Pbench -Dtest=AddonRuntimeBenchmark -Daddonmarket.test.databases=h2}.
 */
public class AddonRuntimeBenchmark extends PersistenceTest {

	private static final int RUNS = 200;

	private static final String SCRIPT = "const SYSTOLIC = 'http://loinc.org|8480-6';\n"
	        + "function trend(ctx) {\n"
	        + "  const bp = ctx.ehr.search('Observation', { code: SYSTOLIC, _count: 20 });\n"
	        + "  const values = bp.map(o => o.valueQuantity.value);\n"
	        + "  const high = values.filter(v => v >= 180).length;\n"
	        + "  return { title: 'Blood pressure trend', text: values.length + ' readings', items: values,\n"
	        + "    severity: high ? 'warning' : 'info' };\n"
	        + "}\nfunction onReading(ctx) { }\nfunction digest(ctx) { }\n";

	@Test
	public void invokeAction_shouldPrintColdAndWarmLatency() {
		CatalogFixture fixture = new CatalogFixture(identity(), bean(PublisherService.class), bean(CatalogService.class));
		fixture.publishScript("1.0.0", SCRIPT, m -> {
		});
		Installation installed = activeInstallation(fixture);
		try (Sandbox sandbox = new Sandbox(bean(TestSettings.class))) {
			AddonRuntime runtime = new AddonRuntimeImpl(bean(RunnableInstallations.class), sandbox,
			        bean(InvocationDao.class), bean(UserPrivileges.class), bean(ModuleClock.class),
			        bean(PlatformTransactionManager.class), new TestDataPort());
			identity().signIn("clinician", Privileges.USE_ADDONS);
			long cold = timed(runtime, installed);
			long[] warm = new long[RUNS];
			long[] cpu = new long[RUNS];
			ThreadMXBean threads = ManagementFactory.getThreadMXBean();
			for (int i = 0; i < RUNS; i++) {
				long cpuBefore = threads.getCurrentThreadCpuTime();
				warm[i] = timed(runtime, installed);
				cpu[i] = threads.getCurrentThreadCpuTime() - cpuBefore;
			}
			Arrays.sort(warm);
			Arrays.sort(cpu);
			System.out.printf("BENCH %s action cold=%.1f ms; warm n=%d p50=%.2f ms p99=%.2f ms max=%.2f ms;"
			        + " calling thread's CPU p50=%.2f ms p99=%.2f ms%n", database, cold / 1e6, RUNS, warm[RUNS / 2] / 1e6,
			    warm[RUNS * 99 / 100] / 1e6, warm[RUNS - 1] / 1e6, cpu[RUNS / 2] / 1e6, cpu[RUNS * 99 / 100] / 1e6);
		}
	}

	private static long timed(AddonRuntime runtime, Installation installed) {
		long started = System.nanoTime();
		InvocationResult result = runtime.invokeAction(installed.getUuid(), "trend", "patient-1");
		long took = System.nanoTime() - started;
		if (!result.succeeded()) {
			throw new IllegalStateException(result.error().toString());
		}
		return took;
	}

	private Installation activeInstallation(CatalogFixture fixture) {
		identity().signIn("clinician", Privileges.INSTALL_ADDONS, Privileges.BROWSE_ADDONS);
		Installation installed = bean(InstallationService.class).install(fixture.addonId, null, null);
		identity().signIn("admin", Privileges.GRANT_ADDON_ACCESS, Privileges.BROWSE_ADDONS);
		bean(GrantService.class).approve(installed.getUuid(), new GrantRequest(List.of(
		    "patient/Observation.rs?code=http://loinc.org|8462-4,http://loinc.org|8480-6", "user/Notice.c"), null, null,
		    null, "benchmark", null));
		return installed;
	}
}
