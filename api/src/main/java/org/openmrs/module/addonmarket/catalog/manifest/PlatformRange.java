package org.openmrs.module.addonmarket.catalog.manifest;

import java.util.Optional;
import java.util.regex.Pattern;

import org.semver4j.RangesList;
import org.semver4j.RangesListFactory;

/**
 * The syntax of a manifest's {@code platform}: an npm-style range such as {@code >=1.0.0 <2.0.0}, {@code ^1.2} or
 * {@code 1.x || 2.x}. semver4j reads ranges leniently (it drops what it does not understand), so the grammar is
 * checked here first and semver4j then must find at least one range in it.
 */
final class PlatformRange {

	/** A number, or a wildcard; semver4j reads numbers as int, so longer ones are refused here. */
	private static final String PART = "(?:[xX*]|0|[1-9][0-9]{0,8})";

	private static final String IDENTIFIERS = "[0-9A-Za-z-]+(?:\\.[0-9A-Za-z-]+)*";

	private static final String PARTIAL = PART + "(?:\\." + PART + "(?:\\." + PART + "(?:-" + IDENTIFIERS + ")?(?:\\+"
	        + IDENTIFIERS + ")?)?)?";

	private static final Pattern COMPARATOR = Pattern.compile("(?:<=|>=|<|>|=|~|\\^)?" + PARTIAL);

	private static final Pattern HYPHEN_RANGE = Pattern.compile(PARTIAL + " - " + PARTIAL);

	private static final Pattern SPACE_AFTER_OPERATOR = Pattern.compile("(<=|>=|<|>|=|~|\\^)\\s+");

	static final String EXPECTED = "expected an npm-style range such as \">=1.0.0 <2.0.0\", \"^1.2.0\" or \"1.x || 2.x\"";

	private PlatformRange() {
	}

	/**
	 * @param range the range as written
	 * @return what is wrong with it, or empty when it is a valid range
	 */
	static Optional<String> problem(String range) {
		for (String alternative : range.split("\\|\\|", -1)) {
			String set = SPACE_AFTER_OPERATOR.matcher(alternative.trim()).replaceAll("$1").replaceAll("\\s+", " ");
			if (set.isEmpty()) {
				return Optional.of("an alternative between || is empty; " + EXPECTED);
			}
			if (HYPHEN_RANGE.matcher(set).matches()) {
				continue;
			}
			for (String comparator : set.split(" ")) {
				if (!COMPARATOR.matcher(comparator).matches()) {
					return Optional.of(JsonPointers.quote(comparator) + " is not a version comparator; " + EXPECTED);
				}
			}
		}
		try {
			RangesList ranges = RangesListFactory.create(range);
			return ranges.get().isEmpty() ? Optional.of(EXPECTED) : Optional.empty();
		}
		catch (IllegalArgumentException e) {
			// semver4j's SemverException and NumberFormatException are both IllegalArgumentExceptions
			return Optional.of(e.getMessage() + "; " + EXPECTED);
		}
	}
}
