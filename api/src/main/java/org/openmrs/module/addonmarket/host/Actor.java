package org.openmrs.module.addonmarket.host;

import java.util.Objects;

/**
 * A signed-in person as the host knows them.
 *
 * @param uuid the host's stable identifier of the user
 * @param username the name the user signs in with
 * @param displayName the name people see
 */
public record Actor(String uuid, String username, String displayName) {

	public Actor {
		Objects.requireNonNull(uuid, "uuid");
		Objects.requireNonNull(username, "username");
		displayName = displayName == null ? username : displayName;
	}
}
