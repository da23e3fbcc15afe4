package org.openmrs.module.addonmarket.bench;

import java.util.Optional;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openmrs.module.addonmarket.test.InMemoryClinicalData;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The gateway's baseline: the same patient read straight from the in-memory clinical record, with no decision,
 * redaction or audit. {@link AuditedReadBenchmark} divided by this is the gateway's overhead.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class DirectReadBenchmark {

	private final InMemoryClinicalData clinicalData = new InMemoryClinicalData();

	@Benchmark
	public Optional<ObjectNode> directRead() {
		return clinicalData.read("Patient", GatewayScenario.PATIENT);
	}
}
