package org.openmrs.module.addonmarket.openmrs;

import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How OpenMRS reads the version range of a {@code conditionalResource} or {@code require_version}
 * ({@code ModuleUtil.matchRequiredVersions}), so that tests can check what the module's ranges mean without the
 * platform on the class path: ranges separated by commas, any of which may match; {@code 1.2.3 - 1.4.5} inclusive
 * at both ends; {@code 1.2.*} every 1.2 release; a single version alone means that version or newer. Qualifiers such
 * as {@code -SNAPSHOT} are ignored and missing parts count as 0.
 */
final class OpenmrsVersionRange {

	private static final Pattern BOUNDED = Pattern.compile("(\\S+)\\s*-\\s*(\\d\\S*)");

	private OpenmrsVersionRange() {
	}

	/**
	 * @param version a platform version, e.g. {@code 2.7.8}
	 * @param ranges ranges as config.xml writes them, e.g. {@code 2.6.*, 2.7.0 - 2.7.7}
	 * @return whether OpenMRS would find the version within the ranges
	 */
	static boolean matches(String version, String ranges) {
		return Arrays.stream(ranges.split(",")).map(String::trim).anyMatch(range -> within(version, range));
	}

	private static boolean within(String version, String range) {
		Matcher bounded = BOUNDED.matcher(range);
		if (bounded.matches()) {
			return compare(version, bound(bounded.group(1), "0")) >= 0
			        && compare(version, bound(bounded.group(2), String.valueOf(Integer.MAX_VALUE))) <= 0;
		}
		if (range.contains("*")) {
			return compare(version, bound(range, "0")) >= 0
			        && compare(version, bound(range, String.valueOf(Integer.MAX_VALUE))) <= 0;
		}
		return compare(version, range) >= 0;
	}

	private static String bound(String written, String wildcard) {
		return written.replace("*", wildcard);
	}

	private static int compare(String version, String other) {
		long[] a = parts(version);
		long[] b = parts(other);
		for (int i = 0; i < Math.max(a.length, b.length); i++) {
			int order = Long.compare(i < a.length ? a[i] : 0, i < b.length ? b[i] : 0);
			if (order != 0) {
				return order;
			}
		}
		return 0;
	}

	private static long[] parts(String version) {
		String plain = version.contains("-") ? version.substring(0, version.indexOf('-')) : version;
		return Arrays.stream(plain.split("\\.")).map(String::trim)
		        .mapToLong(p -> p.matches("\\d+") ? Long.parseLong(p) : 0).toArray();
	}
}
