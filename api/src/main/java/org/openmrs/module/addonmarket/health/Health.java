package org.openmrs.module.addonmarket.health;

/**
 * Whether the module can serve: its version and the database it stores into.
 *
 * @param status {@code UP} when the database answered, {@code DOWN} otherwise
 * @param version the module's version
 * @param database the database product and version, or the reason it could not be reached
 */
public record Health(String status, String version, String database) {

	public boolean isUp() {
		return "UP".equals(status);
	}
}
