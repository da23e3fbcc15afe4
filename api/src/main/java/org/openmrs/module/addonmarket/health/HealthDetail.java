package org.openmrs.module.addonmarket.health;

import java.util.Optional;

/**
 * A field a host adds to {@code GET /health}, e.g. the standalone server's {@code demoData} ({@code loading} while it
 * stores its synthetic patients, then {@code ready}). Says something about the server, nothing about anyone's data:
 * the health answer needs no sign-in.
 */
public interface HealthDetail {

	/** @return the field's name in the answer */
	String name();

	/** @return its value now, or empty to leave it out */
	Optional<Object> value();
}
