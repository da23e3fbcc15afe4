package org.openmrs.module.addonmarket.standalone.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.Test;

/**
 * Every add-on in the project's examples/ folder passes {@code addon validate}, with the catalog's own rules, as a
 * developer would run it from that folder.
 */
public class ExampleAddonsValidateTest {

	/** The project's examples/ folder (the webapp module's tests run in webapp/). */
	static final Path EXAMPLES = Path.of("..", "examples").toAbsolutePath().normalize();

	@Test
	public void validate_shouldPassEveryExample() throws IOException {
		List<String> folders;
		try (Stream<Path> children = Files.list(EXAMPLES)) {
			folders = children.filter(Files::isDirectory).map(p -> p.getFileName().toString()).sorted().toList();
		}
		assertThat(folders).containsExactly("bp-crisis-alert", "cha2ds2-vasc", "overdue-hba1c", "referral-sender");

		for (String folder : folders) {
			CommandRun run = CommandRun.run(EXAMPLES, "validate", folder);

			assertThat(run.err()).as(folder).isEmpty();
			assertThat(run.exitCode()).as(folder).isZero();
			assertThat(run.out()).as(folder).startsWith(folder + ": valid (org.example." + folder + " ");
		}
	}
}
