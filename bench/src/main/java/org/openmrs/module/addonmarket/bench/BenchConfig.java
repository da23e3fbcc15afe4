package org.openmrs.module.addonmarket.bench;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import org.openmrs.module.addonmarket.test.TestDatabase;

/**
 * How big a run is: the real suite ({@link #full}) or the smoke run of the default build ({@link #smoke}), which
 * runs every benchmark once with tiny counts to prove it still runs.
 *
 * @param smoke whether this is the smoke run
 * @param databases where the database benchmarks run
 * @param callers the concurrency levels of audited reads
 * @param forks JMH forks for the in-memory benchmarks (0 runs them in this JVM)
 * @param warmupSeconds JMH warm-up per iteration
 * @param warmupIterations JMH warm-up iterations
 * @param measureSeconds JMH measurement per iteration
 * @param iterations JMH measurement iterations
 * @param queryDatabases where the audit query benchmark runs
 * @param firstLoad events loaded before the first round of queries
 * @param secondLoad events added before the second
 * @param querySamples timed runs of each patient query
 * @param verifyEvents the chain length verification is timed on
 * @param actionRuns warm action runs
 * @param output where results go
 * @param standaloneJar the built standalone server
 */
public record BenchConfig(boolean smoke, List<TestDatabase> databases, List<Integer> callers, int forks,
        double warmupSeconds, int warmupIterations, double measureSeconds, int iterations,
        List<TestDatabase> queryDatabases, long firstLoad, long secondLoad, int querySamples, int verifyEvents,
        int actionRuns, Path output, Path standaloneJar) {

	private static final List<TestDatabase> ALL = List.of(TestDatabase.H2, TestDatabase.POSTGRESQL,
	    TestDatabase.MARIADB);

	/**
	 * The real suite: about 12 minutes on 2 quiet cores. {@code bench.firstLoad}, {@code bench.secondLoad},
	 * {@code bench.verifyEvents}, {@code bench.databases} and {@code bench.callers} shrink it on a busy machine.
	 */
	public static BenchConfig full(Path output, Path standaloneJar) {
		return new BenchConfig(false, listed("bench.databases", ALL, TestDatabase::valueOf),
		        listed("bench.callers", List.of(1, 4, 16), Integer::valueOf), 1, 2, 2, 3, 3, List.of(TestDatabase.POSTGRESQL),
		        Long.getLong("bench.firstLoad", 1_000_000), Long.getLong("bench.secondLoad", 9_000_000), 200,
		        Integer.getInteger("bench.verifyEvents", 200_000), 200, output, standaloneJar);
	}

	/** A comma-separated list from a system property (e.g. {@code -Dbench.databases=POSTGRESQL}), or the default. */
	private static <T> List<T> listed(String property, List<T> otherwise, Function<String, T> parse) {
		String value = System.getProperty(property, "").trim();
		if (value.isEmpty()) {
			return otherwise;
		}
		return Arrays.stream(value.split(",")).map(String::trim).filter(v -> !v.isEmpty())
		        .map(v -> parse.apply(v.toUpperCase(Locale.ROOT))).toList();
	}

	/** Every benchmark once, on H2, with tiny counts: a few seconds each. */
	public static BenchConfig smoke(Path output, Path standaloneJar) {
		List<TestDatabase> h2 = List.of(TestDatabase.H2);
		return new BenchConfig(true, h2, List.of(2), 0, 0.1, 1, 0.2, 1, h2, 2_000, 3_000, 10, 2_000, 5, output,
		        standaloneJar);
	}
}
