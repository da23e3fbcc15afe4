package org.openmrs.module.addonmarket.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.Test;

/**
 * The default build's proof that the suite runs: every benchmark once on H2 with tiny counts (its numbers mean
 * nothing), and the results written. The real suite is {@code mvn -Pbench -pl bench -am verify}.
 */
public class BenchSuiteSmokeTest {

	@Test
	public void run_shouldMeasureEverySectionAndWriteTheResults() throws Exception {
		Path output = Path.of(System.getProperty("bench.output", "target/bench-smoke"));
		Path jar = Path.of(System.getProperty("bench.standaloneJar", "../webapp/target/addonmarket-standalone.jar"));

		Report report = new BenchSuite(BenchConfig.smoke(output, jar)).run();

		List<Figure> figures = report.figures();
		assertThat(figures).extracting(Figure::section).contains("Access decision", "Audited reads",
		    "Gateway overhead", "Chain verification", "Action invocation", "Trigger throughput", "Loader",
		    "Audit queries", "Standalone server");
		assertThat(figures).allSatisfy(f -> assertThat(f.value()).as(f.measure()).isPositive());
		assertThat(Files.readString(output.resolve("results.md"))).contains("| measure | database | value |",
		    "Trigger throughput").doesNotContain("failed:");
		assertThat(output.resolve("summary.json")).isNotEmptyFile();
		assertThat(output.resolve("jmh-decide.json")).isNotEmptyFile();
	}
}
