package org.openmrs.module.addonmarket.catalog.scope;

import java.util.Locale;
import java.util.Optional;

/**
 * Whose records a scope reaches, the part of a scope before the {@code /}.
 */
public enum ScopeContext {
	/** Only the patient the add-on was invoked for, or the patient of the event that triggered it. */
	PATIENT,
	/** Any patient the invoking user may see. */
	USER,
	/** Background work with no user: triggers and schedules. An administrator must approve these explicitly. */
	SYSTEM;

	/** @return how the context is written in a scope, e.g. {@code patient} */
	public String token() {
		return name().toLowerCase(Locale.ROOT);
	}

	/**
	 * @param token the context as written in a scope, case-sensitive
	 * @return the context, or empty if {@code token} names none
	 */
	public static Optional<ScopeContext> fromToken(String token) {
		for (ScopeContext context : values()) {
			if (context.token().equals(token)) {
				return Optional.of(context);
			}
		}
		return Optional.empty();
	}

	/**
	 * A user scope reaches every patient the user may see, the patient in context among them, so {@code user} covers
	 * {@code patient}. A system scope works without a user and covers only system.
	 *
	 * @param other the context of the scope that might be covered
	 * @return true if every patient {@code other} reaches, this context reaches too
	 */
	public boolean covers(ScopeContext other) {
		return this == other || this == USER && other == PATIENT;
	}
}
