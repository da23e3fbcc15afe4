package org.openmrs.module.addonmarket.standalone.clinical;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * Reads the FHIR dateTime forms the standalone server takes: a date and time with its offset
 * ({@code 2026-11-29T08:30:00Z}, {@code 2026-11-29T09:30:00+01:00}) or a whole day ({@code 2026-11-29}, from its
 * start in UTC).
 */
public final class FhirDateTime {

	private FhirDateTime() {
	}

	/** @return the instant the text names, or empty when it is not one of the forms above */
	public static Optional<Instant> parse(String text) {
		if (text == null) {
			return Optional.empty();
		}
		try {
			return Optional.of(OffsetDateTime.parse(text).toInstant());
		}
		catch (DateTimeParseException notDateTime) {
			try {
				return Optional.of(LocalDate.parse(text).atStartOfDay(ZoneOffset.UTC).toInstant());
			}
			catch (DateTimeParseException notDate) {
				return Optional.empty();
			}
		}
	}
}
