package org.openmrs.module.addonmarket.standalone.cli;

/**
 * One of the {@code addon} commands.
 */
interface AddonCommand {

	/** @return how it is called, and its help */
	CommandSyntax syntax();

	/**
	 * Does the command's work, printing its results to the console.
	 *
	 * @param arguments the command line, already read against {@link #syntax()}
	 * @param console where to print, and where relative paths start
	 * @throws UsageException when the arguments do not make sense together (exit code 2)
	 * @throws CommandFailedException when the check fails or an input is invalid (exit code 1)
	 */
	void run(Arguments arguments, Console console);
}
