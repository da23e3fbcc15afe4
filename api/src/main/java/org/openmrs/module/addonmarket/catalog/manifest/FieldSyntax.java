package org.openmrs.module.addonmarket.catalog.manifest;

import java.time.LocalDateTime;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.semver4j.Semver;
import org.springframework.scheduling.support.CronExpression;

/**
 * The syntax of the manifest's single values that the JSON Schema can only approximate: the add-on id, its
 * version, handler names and cron expressions. The schema carries the same patterns, for editors; these are the
 * checks the module relies on.
 */
final class FieldSyntax {

	static final int MAX_ID_LENGTH = 100;

	private static final Pattern ID = Pattern
	        .compile("[a-z](?:[a-z0-9-]*[a-z0-9])?(?:\\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)+");

	/** semver.org's own expression for a version. */
	private static final Pattern SEMVER = Pattern.compile("(0|[1-9]\\d*)\\.(0|[1-9]\\d*)\\.(0|[1-9]\\d*)"
	        + "(?:-((?:0|[1-9]\\d*|\\d*[a-zA-Z-][0-9a-zA-Z-]*)(?:\\.(?:0|[1-9]\\d*|\\d*[a-zA-Z-][0-9a-zA-Z-]*))*))?"
	        + "(?:\\+([0-9a-zA-Z-]+(?:\\.[0-9a-zA-Z-]+)*))?");

	private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_$][A-Za-z0-9_$]{0,63}");

	private static final Set<String> RESERVED_WORDS = Set.of("await", "break", "case", "catch", "class", "const",
	    "continue", "debugger", "default", "delete", "do", "else", "enum", "export", "extends", "false", "finally", "for",
	    "function", "if", "implements", "import", "in", "instanceof", "interface", "let", "new", "null", "package",
	    "private", "protected", "public", "return", "static", "super", "switch", "this", "throw", "true", "try",
	    "typeof", "var", "void", "while", "with", "yield", "arguments", "eval", "undefined", "NaN", "Infinity");

	private static final Pattern ONE_SECOND = Pattern.compile("[0-5]?[0-9]");

	private FieldSyntax() {
	}

	static Optional<String> idProblem(String id) {
		if (id.length() > MAX_ID_LENGTH || !ID.matcher(id).matches()) {
			return Optional.of(JsonPointers.quote(id) + " is not a reverse-DNS id; expected at least two dot-separated "
			        + "segments of lower case letters, digits and hyphens, at most " + MAX_ID_LENGTH
			        + " characters, e.g. org.example.bp-crisis-alert");
		}
		return Optional.empty();
	}

	static Optional<String> versionProblem(String version) {
		if (version.length() > 64 || !SEMVER.matcher(version).matches() || !Semver.isValid(version)) {
			return Optional.of(JsonPointers.quote(version)
			        + " is not a semantic version; expected MAJOR.MINOR.PATCH such as 1.2.0 or 2.0.0-rc.1");
		}
		return Optional.empty();
	}

	static Optional<String> handlerProblem(String handler) {
		if (!IDENTIFIER.matcher(handler).matches()) {
			return Optional.of(JsonPointers.quote(handler) + " is not a function name; expected a JavaScript identifier "
			        + "of ASCII letters, digits, _ and $, not starting with a digit, at most 64 characters");
		}
		if (RESERVED_WORDS.contains(handler)) {
			return Optional.of(JsonPointers.quote(handler) + " is a reserved word in JavaScript; expected a function name");
		}
		return Optional.empty();
	}

	static Optional<String> cronProblem(String cron) {
		String[] fields = cron.trim().split("\\s+");
		if (fields.length != 6) {
			return Optional.of("has " + fields.length + " fields; expected 6: second minute hour day-of-month month "
			        + "day-of-week, e.g. \"0 0 6 * * *\" for 6 o'clock every day");
		}
		CronExpression expression;
		try {
			expression = CronExpression.parse(cron);
		}
		catch (IllegalArgumentException e) {
			return Optional.of(e.getMessage() + "; expected six fields, e.g. \"0 0 6 * * *\"");
		}
		if (!ONE_SECOND.matcher(fields[0]).matches()) {
			return Optional.of("runs more than once a minute (second field " + JsonPointers.quote(fields[0])
			        + "); expected one number for the second, e.g. \"0 */15 * * * *\" for every 15 minutes");
		}
		if (expression.next(LocalDateTime.of(2000, 1, 1, 0, 0)) == null) {
			return Optional.of("never runs (a date that does not exist, such as 30 February); expected a schedule "
			        + "that runs");
		}
		return Optional.empty();
	}
}
