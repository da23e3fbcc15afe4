package org.openmrs.module.addonmarket.bench;

import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openmrs.module.addonmarket.access.AccessContext;
import org.openmrs.module.addonmarket.test.TestDatabase;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Audited reads per second: an add-on reads its patient through {@code AccessGateway.read}, the full path (the
 * installation and grant read afresh, the decision, redaction, the access event appended and committed before the
 * record is released). The suite runs it with 1, 4 and 16 callers on each database; each caller waits for its own
 * commit, as an add-on does.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class AuditedReadBenchmark {

	@Param({ "H2", "POSTGRESQL", "MARIADB" })
	public TestDatabase database;

	GatewayScenario scenario;

	@Setup(Level.Trial)
	public void start() {
		scenario = GatewayScenario.start(database);
	}

	@TearDown(Level.Trial)
	public void stop() {
		scenario.close();
	}

	/** One caller: the clinician signed in on its thread, running an action for the patient. */
	@State(Scope.Thread)
	public static class Caller {

		AccessContext run;

		@Setup(Level.Trial)
		public void signIn(AuditedReadBenchmark benchmark) {
			run = benchmark.scenario.clinicianRun();
		}
	}

	@Benchmark
	public ObjectNode auditedRead(Caller caller) {
		return scenario.gateway().read(caller.run, "Patient", GatewayScenario.PATIENT);
	}
}
