package org.openmrs.module.addonmarket.standalone.cli;

import java.io.PrintStream;
import java.nio.file.Path;

/**
 * Where a command runs: its output, its error output and the folder relative paths start from. Tests give their
 * own, so a command runs in-process as it runs from a shell.
 *
 * @param out where results go
 * @param err where errors go, one line each
 * @param workingDirectory the folder relative paths on the command line start from
 */
public record Console(PrintStream out, PrintStream err, Path workingDirectory) {

	public Console {
		workingDirectory = workingDirectory.toAbsolutePath().normalize();
	}

	/** @return the console of this process: standard output and error, and the current directory */
	public static Console system() {
		return new Console(System.out, System.err, Path.of(""));
	}

	/** @return a path given on the command line, resolved against the working directory */
	Path path(String given) {
		return workingDirectory.resolve(given).normalize();
	}

	/** @return a path as the user reads it: relative to the working directory when it is inside it */
	String shown(Path path) {
		Path absolute = path.toAbsolutePath().normalize();
		if (absolute.startsWith(workingDirectory) && !absolute.equals(workingDirectory)) {
			return workingDirectory.relativize(absolute).toString();
		}
		return absolute.toString();
	}
}
