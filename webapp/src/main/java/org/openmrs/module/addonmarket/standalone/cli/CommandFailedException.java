package org.openmrs.module.addonmarket.standalone.cli;

import java.util.List;

/**
 * A command's check failed or its input is invalid: a file is missing, a package is refused, a signature does not
 * match. Exit code 1. Each line names a file and says what is wrong with it.
 */
class CommandFailedException extends IllegalStateException {

	private static final long serialVersionUID = 1L;

	private final List<String> lines;

	/**
	 * @param lines what is wrong, at least one line, each starting with the file it is about
	 */
	CommandFailedException(List<String> lines) {
		super(String.join(System.lineSeparator(), lines));
		this.lines = List.copyOf(lines);
	}

	/**
	 * @param file the file, as the user reads it
	 * @param what what is wrong with it
	 */
	CommandFailedException(String file, String what) {
		this(List.of(file + ": " + what));
	}

	/** @return the lines to print, one per fault */
	List<String> lines() {
		return lines;
	}
}
