package org.openmrs.module.addonmarket.standalone;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The runnable jar that {@code mvn package} builds, for the tests that run it as a user does.
 */
final class StandaloneJar {

	private StandaloneJar() {
	}

	/**
	 * @param args the jar's arguments
	 * @return the command that runs the jar with them on this test's Java runtime
	 */
	static List<String> command(String... args) {
		File jar = new File(System.getProperty("addonmarket.standaloneJar", "target/addonmarket-standalone.jar"));
		assertThat(jar).as("the runnable jar built by mvn package").isFile();
		List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
		        .toString(), "-jar", jar.getAbsolutePath()));
		command.addAll(List.of(args));
		return command;
	}
}
