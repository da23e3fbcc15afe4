package org.openmrs.module.addonmarket.audit;

/**
 * Makes text storable on every supported database and hashable the same way before and after storage.
 */
final class Text {

	private static final char REPLACEMENT = '\uFFFD';

	private Text() {
	}

	/**
	 * @return the text with U+0000 (which PostgreSQL cannot store) and unpaired surrogates (which no database
	 *         stores as UTF-8) replaced by U+FFFD; null stays null
	 */
	static String clean(String value) {
		if (value == null || !needsCleaning(value)) {
			return value;
		}
		StringBuilder out = new StringBuilder(value.length());
		for (int i = 0; i < value.length(); i++) {
			char c = value.charAt(i);
			if (Character.isHighSurrogate(c) && i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1))) {
				out.append(c).append(value.charAt(++i));
			} else if (c == 0 || Character.isSurrogate(c)) {
				out.append(REPLACEMENT);
			} else {
				out.append(c);
			}
		}
		return out.toString();
	}

	private static boolean needsCleaning(String value) {
		for (int i = 0; i < value.length(); i++) {
			char c = value.charAt(i);
			if (c == 0 || Character.isSurrogate(c)) {
				return true;
			}
		}
		return false;
	}
}
