package org.openmrs.module.addonmarket.standalone.clinical.dao;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A where clause being built: conditions joined with {@code and}, and their arguments in order.
 */
final class SqlCriteria {

	/** The escape character of LIKE patterns: not a backslash, which MariaDB and PostgreSQL read differently. */
	static final char LIKE_ESCAPE = '!';

	private final List<String> conditions = new ArrayList<>();

	private final List<Object> arguments = new ArrayList<>();

	/** Adds a condition with its arguments. */
	void add(String condition, Object... values) {
		conditions.add(condition);
		arguments.addAll(List.of(values));
	}

	/** @return " where …", or "" when there is no condition */
	String where() {
		return conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
	}

	List<Object> arguments() {
		return arguments;
	}

	/** @return a LIKE pattern matching text that starts with the prefix, in lower case, with % and _ taken literally */
	static String startsWith(String prefix) {
		StringBuilder pattern = new StringBuilder();
		for (char c : prefix.toLowerCase(Locale.ROOT).toCharArray()) {
			if (c == '%' || c == '_' || c == LIKE_ESCAPE) {
				pattern.append(LIKE_ESCAPE);
			}
			pattern.append(c);
		}
		return pattern.append('%').toString();
	}
}
