package org.openmrs.module.addonmarket.standalone.cli;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A command line read against its {@link CommandSyntax}.
 *
 * @param operands the operands, in order, as many as the syntax names
 * @param values each option given with its value
 * @param flags the flags given
 */
record Arguments(List<String> operands, Map<String, String> values, Set<String> flags) {

	Arguments {
		operands = List.copyOf(operands);
		values = Map.copyOf(values);
		flags = Set.copyOf(flags);
	}

	/** @return the operand at that position */
	String operand(int index) {
		return operands.get(index);
	}

	/** @return the value given to an option, or empty when it was not given */
	Optional<String> value(String option) {
		return Optional.ofNullable(values.get(option));
	}

	/** @return whether a flag was given */
	boolean flag(String flag) {
		return flags.contains(flag);
	}
}
