package org.openmrs.module.addonmarket.runtime.background;

import static org.openmrs.module.addonmarket.test.InMemoryClinicalData.ALICE;
import static org.openmrs.module.addonmarket.test.InMemoryClinicalData.SYSTOLIC;

import java.time.Duration;

import org.junit.Test;
import org.openmrs.module.addonmarket.install.Installation;
import org.openmrs.module.addonmarket.test.PersistenceTest;
import org.openmrs.module.addonmarket.test.TestClinicalEvents;

/**
 * Prints how many clinical events per second go through the trigger dispatcher to completed, recorded runs of a
 * small trigger (it reads the event and answers), with the default pool (4 threads). Cold is the first
 * {@value #COLD} events of a newly published add-on (its script parsed on first use); warm is {@value #WARM} events
 * after. Asserts nothing. Not part of {@code mvn verify}:
 * {@code mvn -pl api test -Pbench -Dtest=TriggerThroughputBenchmark -Daddonmarket.test.databases=h2}.
 */
public class TriggerThroughputBenchmark extends PersistenceTest {

	private static final int COLD = 20;

	private static final int WARM = 500;

	private static final String SCRIPT = "function trend(ctx) { return {}; }\n"
	        + "function onReading(ctx) { return { value: ctx.event.valueQuantity.value, patient: ctx.patient }; }\n";

	@Test
	public void dispatcher_shouldPrintColdAndWarmThroughput() throws Exception {
		BackgroundFixture fixture = new BackgroundFixture(context(), identity());
		Installation installed = fixture.activeWith(SCRIPT,
		    t -> BackgroundFixture.trigger(t, "Observation.created", SYSTOLIC, "onReading"), s -> {
		    });

		double cold = eventsPerSecond(COLD);
		double warm = eventsPerSecond(WARM);

		int runs = fixture.runs(installed).size();
		System.out.printf("BENCH %s triggers cold=%.0f events/s (n=%d); warm=%.0f events/s (n=%d); recorded runs=%d;"
		        + " dropped=%d%n", database, cold, COLD, warm, WARM, runs, bean(BackgroundRuns.class).dropped());
	}

	private double eventsPerSecond(int events) throws InterruptedException {
		TestClinicalEvents clinical = bean(TestClinicalEvents.class);
		long started = System.nanoTime();
		for (int i = 0; i < events; i++) {
			clinical.raise("Observation.created", TriggerDispatcherTest.observation(SYSTOLIC, 100 + i % 100), ALICE);
		}
		if (!bean(TriggerDispatcher.class).awaitIdle(Duration.ofMinutes(5))) {
			throw new IllegalStateException("The dispatcher did not finish within 5 minutes");
		}
		return events / ((System.nanoTime() - started) / 1e9);
	}
}
