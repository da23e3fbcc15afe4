package org.openmrs.module.addonmarket.notice;

import java.util.Locale;
import java.util.Optional;

/**
 * How urgent a notice is.
 */
public enum NoticeSeverity {
	INFO,
	WARNING,
	CRITICAL;

	/** @return the value as JSON writes it, e.g. {@code warning} */
	public String json() {
		return name().toLowerCase(Locale.ROOT);
	}

	/** @return the severity JSON names exactly ({@code info}, {@code warning}, {@code critical}), or empty */
	public static Optional<NoticeSeverity> fromJson(String value) {
		for (NoticeSeverity severity : values()) {
			if (severity.json().equals(value)) {
				return Optional.of(severity);
			}
		}
		return Optional.empty();
	}
}
