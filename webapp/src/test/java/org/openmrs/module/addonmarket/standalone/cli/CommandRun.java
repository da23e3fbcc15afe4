package org.openmrs.module.addonmarket.standalone.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

/**
 * One run of the {@code addon} commands in this process, with what it printed, as a shell would see it.
 *
 * @param exitCode the exit code
 * @param out what it printed on standard output
 * @param err what it printed on standard error
 */
record CommandRun(int exitCode, String out, String err) {

	/**
	 * @param workingDirectory where relative paths start
	 * @param args the arguments after {@code addon}
	 * @return the run
	 */
	static CommandRun run(Path workingDirectory, String... args) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ByteArrayOutputStream err = new ByteArrayOutputStream();
		Console console = new Console(new PrintStream(out, true, StandardCharsets.UTF_8),
		        new PrintStream(err, true, StandardCharsets.UTF_8), workingDirectory);
		int exitCode = new AddonCommands(console).run(args);
		return new CommandRun(exitCode, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
	}

	/** @return standard error's lines */
	List<String> errLines() {
		return err.lines().toList();
	}

	/** @return the value printed after a label such as {@code SHA-256:} on standard output */
	String printed(String label) {
		return out.lines().filter(l -> l.startsWith(label)).map(l -> l.substring(label.length()).trim()).findFirst()
		        .orElseThrow(() -> new AssertionError("no line \"" + label + "\" in:\n" + out));
	}
}
