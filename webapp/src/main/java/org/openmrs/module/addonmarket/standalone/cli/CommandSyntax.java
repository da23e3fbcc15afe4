package org.openmrs.module.addonmarket.standalone.cli;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * How a command is called: its name, the operands it takes in order, the options that take a value and the flags.
 * Reads a command line against it.
 *
 * @param name the command, e.g. {@code pack}
 * @param operands the operands' names, all required, e.g. {@code <dir>}
 * @param valueOptions the options followed by a value, e.g. {@code --out}
 * @param flags the options that stand alone, e.g. {@code --force}
 * @param summary one line for the list of commands
 * @param help what {@code addon <name> --help} prints
 */
record CommandSyntax(String name, List<String> operands, Set<String> valueOptions, Set<String> flags, String summary,
        String help) {

	/** What asks for help, anywhere on a command's line. */
	static final Set<String> HELP = Set.of("--help", "-h");

	CommandSyntax {
		operands = List.copyOf(operands);
		valueOptions = Set.copyOf(valueOptions);
		flags = Set.copyOf(flags);
	}

	/**
	 * @param args the arguments after the command's name
	 * @return the operands, option values and flags given
	 * @throws UsageException naming the first argument that does not fit
	 */
	Arguments parse(List<String> args) {
		List<String> given = new ArrayList<>();
		Map<String, String> values = new HashMap<>();
		Set<String> set = new HashSet<>();
		for (int i = 0; i < args.size(); i++) {
			String arg = args.get(i);
			if (valueOptions.contains(arg)) {
				if (i + 1 >= args.size() || args.get(i + 1).startsWith("--")) {
					throw new UsageException(arg + " needs a value");
				}
				if (values.put(arg, args.get(++i)) != null) {
					throw new UsageException(arg + " is given twice");
				}
			} else if (flags.contains(arg)) {
				set.add(arg);
			} else if (arg.startsWith("-") && arg.length() > 1) {
				throw new UsageException("unknown option \"" + arg + "\"");
			} else {
				given.add(arg);
			}
		}
		if (given.size() < operands.size()) {
			throw new UsageException("missing " + operands.get(given.size()));
		}
		if (given.size() > operands.size()) {
			throw new UsageException("unexpected argument \"" + given.get(operands.size()) + "\"");
		}
		return new Arguments(given, values, set);
	}
}
