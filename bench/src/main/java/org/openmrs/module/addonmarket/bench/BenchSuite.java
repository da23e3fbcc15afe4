package org.openmrs.module.addonmarket.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.results.format.ResultFormatType;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import org.openmrs.module.addonmarket.test.TestDatabase;

/**
 * Runs the whole suite and writes {@code jmh-*.json} (JMH's own results), {@code summary.json} and
 * {@code results.md} into {@code bench.output}. {@code mvn -Pbench -pl bench -am verify} runs it;
 * {@code -Dbench.smoke=true} runs the miniature the default build runs. Numbers only: it asserts no target.
 */
public final class BenchSuite {

	private final BenchConfig config;

	private final Report report = new Report();

	public BenchSuite(BenchConfig config) {
		this.config = config;
	}

	public static void main(String[] args) throws Exception {
		Path output = Path.of(System.getProperty("bench.output", "target/bench"));
		Path jar = Path.of(System.getProperty("bench.standaloneJar", "../webapp/target/addonmarket-standalone.jar"));
		boolean smoke = Boolean.getBoolean("bench.smoke");
		new BenchSuite(smoke ? BenchConfig.smoke(output, jar) : BenchConfig.full(output, jar)).run();
		// the embedded database servers stop in shutdown hooks; JMH's and the audit writer's threads are daemons
		System.exit(0);
	}

	/** @return the figures of the run, also written to the output directory */
	public Report run() throws Exception {
		Files.createDirectories(config.output());
		section("decide", this::decide);
		section("gateway", this::gateway);
		section("verify", () -> {
			for (TestDatabase database : config.databases()) {
				new ChainVerifyBenchmark(config, report).run(database);
			}
		});
		section("actions", () -> {
			for (TestDatabase database : config.databases()) {
				new ActionLatencyBenchmark(config, report).run(database);
			}
		});
		section("triggers", () -> {
			for (TestDatabase database : config.databases()) {
				new TriggerThroughputBenchmark(config, report).run(database);
			}
		});
		section("queries", () -> {
			for (TestDatabase database : config.queryDatabases()) {
				new AuditQueryBenchmark(config, report).run(database);
			}
		});
		section("startup", () -> new StartupBenchmark(config, report).run());
		report.write(config.output(), config.smoke() ? "Benchmark smoke run (tiny counts, numbers mean nothing)"
		        : "Add-on Marketplace benchmarks");
		return report;
	}

	/** One part of the suite, when {@code bench.sections} names it (all when unset); a failure is noted, not fatal. */
	private void section(String name, Part part) {
		String only = System.getProperty("bench.sections", "");
		if (!only.isBlank() && !List.of(only.split(",")).contains(name)) {
			return;
		}
		try {
			part.run();
		}
		catch (Exception e) {
			e.printStackTrace();
			report.note("Section " + name + " failed: " + e);
		}
	}

	/** A part of the suite. */
	private interface Part {

		void run() throws Exception;
	}

	private void decide() throws RunnerException {
		Collection<RunResult> results = new Runner(options("decide", DecideBenchmark.class).forks(config.forks())
		        .build()).run();
		Map<String, Result<?>> byName = new HashMap<>();
		for (RunResult result : results) {
			byName.put(method(result), result.getPrimaryResult());
		}
		Result<?> lookup = byName.get("hashMapLookup");
		double lookupMedian = lookup.getStatistics().getPercentile(50);
		for (String name : new String[] { "decideSearch", "decideRead", "decideDenied" }) {
			Result<?> decided = byName.get(name);
			double median = decided.getStatistics().getPercentile(50);
			report.add(Figure.of("Access decision", name + " median", "-", median, "ns")
			        .beside(String.format("HashMap lookup median %s ns", Report.number(lookupMedian)))
			        .target("≤ 1 µs median", median <= 1000));
			report.add(Figure.of("Access decision", name + " p99", "-", decided.getStatistics().getPercentile(99), "ns")
			        .beside(String.format("HashMap lookup p99 %s ns",
			            Report.number(lookup.getStatistics().getPercentile(99)))));
		}
	}

	private void gateway() throws RunnerException {
		Map<String, Double> insertLimit = new HashMap<>();
		Map<String, Double> ceiling = new HashMap<>();
		for (RunResult result : new Runner(options("batched-insert", BatchedInsertBenchmark.class).forks(0)
		        .param("database", names()).build()).run()) {
			String database = result.getParams().getParam("database");
			double score = result.getPrimaryResult().getScore();
			if ("batchedInsert".equals(method(result))) {
				insertLimit.put(database, score);
				continue;
			}
			int callers = BatchedInsertBenchmark.CALLERS;
			ceiling.put(database, callers * 1e6 / score);
			report.add(Figure.of("Commit ceiling", "one commit of " + callers + " events", database, score, "µs")
			        .beside(String.format("%d callers each waiting for its own event: at most %s reads/s", callers,
			            Report.number(callers * 1e6 / score))));
		}
		double direct = new Runner(options("direct-read", DirectReadBenchmark.class).forks(config.forks()).build())
		        .run().iterator().next().getPrimaryResult().getScore();
		for (int callers : config.callers()) {
			for (RunResult result : new Runner(options("audited-read-" + callers, AuditedReadBenchmark.class).forks(0)
			        .threads(callers).param("database", names()).build()).run()) {
				String database = result.getParams().getParam("database");
				double reads = result.getPrimaryResult().getScore();
				double limit = insertLimit.get(database);
				Figure figure = Figure.of("Audited reads", callers + " caller(s)", database, reads, "reads/s")
				        .beside(String.format("batched insert %s rows/s (%.0f %%)", Report.number(limit),
				            100 * reads / limit)
				                + (callers == BatchedInsertBenchmark.CALLERS ? String.format("; commit ceiling %s/s (%.0f %%)",
				                    Report.number(ceiling.get(database)), 100 * reads / ceiling.get(database)) : ""));
				boolean held = callers == 16 && !"H2".equals(database);
				report.add(held ? figure.target("≥ 20,000/s and ≥ 50 % of batched insert",
				    reads >= 20_000 && reads >= limit / 2) : figure);
				if (callers == config.callers().get(0)) {
					report.add(Figure.of("Gateway overhead", "direct read ÷ audited read, " + callers + " caller(s)",
					    database, direct / reads, "×").beside(String.format("direct ClinicalData read %s reads/s",
					        Report.number(direct))));
				}
			}
		}
	}

	private String[] names() {
		return config.databases().stream().map(TestDatabase::name).toArray(String[]::new);
	}

	private ChainedOptionsBuilder options(String name, Class<?> benchmark) {
		return new OptionsBuilder().include("\\." + benchmark.getSimpleName() + "\\.")
		        .warmupIterations(config.warmupIterations()).warmupTime(seconds(config.warmupSeconds()))
		        .measurementIterations(config.iterations()).measurementTime(seconds(config.measureSeconds()))
		        .resultFormat(ResultFormatType.JSON).result(config.output().resolve("jmh-" + name + ".json").toString())
		        .shouldFailOnError(true);
	}

	private static TimeValue seconds(double seconds) {
		return TimeValue.milliseconds((long) (seconds * 1000));
	}

	private static String method(RunResult result) {
		String benchmark = result.getParams().getBenchmark();
		return benchmark.substring(benchmark.lastIndexOf('.') + 1);
	}
}
