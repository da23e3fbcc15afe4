package org.openmrs.module.addonmarket.standalone.users;

import java.util.List;

/**
 * What an administrator changes about a user; a null field stays as it is.
 *
 * @param displayName a new display name
 * @param password a new password
 * @param roles the complete new list of role names
 * @param enabled whether the user may sign in
 */
public record UserChange(String displayName, String password, List<String> roles, Boolean enabled) {

	/** Leaves the password out, so that it cannot reach a log. */
	@Override
	public String toString() {
		return "UserChange[displayName=" + displayName + ", password=" + (password == null ? "unchanged" : "changed")
		        + ", roles=" + roles + ", enabled=" + enabled + "]";
	}
}
