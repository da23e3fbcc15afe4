package org.openmrs.module.addonmarket.standalone.cli;

/**
 * The command line is wrong: an unknown command or option, a missing argument. Exit code 2.
 */
class UsageException extends IllegalArgumentException {

	private static final long serialVersionUID = 1L;

	/**
	 * @param message what is wrong, one line, without the command's name
	 */
	UsageException(String message) {
		super(message);
	}
}
