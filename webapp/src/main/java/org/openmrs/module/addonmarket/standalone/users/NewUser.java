package org.openmrs.module.addonmarket.standalone.users;

import java.util.List;

/**
 * A user an administrator creates.
 *
 * @param username the name to sign in with
 * @param displayName the name people see, or null for the username
 * @param password the first password
 * @param roles names of the roles the user holds, or null for none
 * @param enabled whether the user may sign in, or null for yes
 */
public record NewUser(String username, String displayName, String password, List<String> roles, Boolean enabled) {

	/** Leaves the password out, so that it cannot reach a log. */
	@Override
	public String toString() {
		return "NewUser[username=" + username + ", displayName=" + displayName + ", roles=" + roles + ", enabled="
		        + enabled + "]";
	}
}
