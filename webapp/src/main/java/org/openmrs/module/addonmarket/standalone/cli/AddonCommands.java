package org.openmrs.module.addonmarket.standalone.cli;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The developer commands, {@code java -jar addonmarket-standalone.jar addon <command>}: keygen, pack, sign, verify
 * and validate. Each checks with the catalog's own readers and default limits. Exit codes: 0 done, 1 the check failed
 * or an input is invalid, 2 the command line is wrong; errors go to standard error, one line each.
 */
public final class AddonCommands {

	/** The first argument that selects these commands instead of the server. */
	public static final String NAME = "addon";

	/** A command ran and its check passed. */
	public static final int OK = 0;

	/** The check failed or an input is invalid. */
	public static final int FAILED = 1;

	/** The command line is wrong. */
	public static final int USAGE = 2;

	private final Console console;

	private final Map<String, AddonCommand> commands = new LinkedHashMap<>();

	/**
	 * @param console where the commands print, and where relative paths start
	 */
	public AddonCommands(Console console) {
		this.console = console;
		CatalogRules rules = CatalogRules.defaults();
		AddonFolder folders = new AddonFolder(rules);
		for (AddonCommand command : List.of(new AddonKeygenCommand(), new AddonPackCommand(folders),
		    new AddonSignCommand(rules), new AddonVerifyCommand(rules), new AddonValidateCommand(folders))) {
			commands.put(command.syntax().name(), command);
		}
	}

	/**
	 * @param args the arguments after {@code addon}: a command and its arguments
	 * @return the exit code: {@link #OK}, {@link #FAILED} or {@link #USAGE}
	 */
	public int run(String... args) {
		if (args.length == 0) {
			return usageError(NAME, "missing command; expected one of " + String.join(", ", commands.keySet()));
		}
		if (CommandSyntax.HELP.contains(args[0]) || "help".equals(args[0])) {
			console.out().println(help());
			return OK;
		}
		AddonCommand command = commands.get(args[0]);
		if (command == null) {
			return usageError(NAME, "unknown command \"" + args[0] + "\"; expected one of "
			        + String.join(", ", commands.keySet()));
		}
		List<String> rest = Arrays.asList(args).subList(1, args.length);
		CommandSyntax syntax = command.syntax();
		if (rest.stream().anyMatch(CommandSyntax.HELP::contains)) {
			console.out().println(syntax.help());
			return OK;
		}
		try {
			command.run(syntax.parse(rest), console);
			return OK;
		}
		catch (UsageException e) {
			return usageError(NAME + " " + syntax.name(), e.getMessage());
		}
		catch (CommandFailedException e) {
			e.lines().forEach(console.err()::println);
			return FAILED;
		}
	}

	private int usageError(String command, String message) {
		console.err().println(command + ": " + message + " (see " + command + " --help)");
		return USAGE;
	}

	/** @return what {@code addon --help} prints */
	String help() {
		String list = commands.values().stream().map(AddonCommand::syntax)
		        .map(s -> String.format("  %-9s %s", s.name(), s.summary())).collect(Collectors.joining("\n"));
		return String.join("\n", "Usage: java -jar addonmarket-standalone.jar addon <command> [arguments]", "",
		    "Commands for add-on developers. They check with the catalog's own rules and default limits, so a",
		    "package they accept is one the catalog accepts.", "", "Commands:", list, "",
		    "\"addon <command> --help\" describes a command. docs/addon-developer-cli.md has a walk-through.",
		    "Exit codes: 0 done; 1 the check failed or an input is invalid; 2 the command line is wrong.");
	}
}
