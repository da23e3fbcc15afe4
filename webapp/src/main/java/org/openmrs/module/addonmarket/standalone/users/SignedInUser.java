package org.openmrs.module.addonmarket.standalone.users;

import java.io.Serializable;
import java.util.Set;
import java.util.TreeSet;

import org.openmrs.module.addonmarket.host.Actor;

/**
 * Who a request acts for once signed in: the user and the union of their roles' privileges. Kept in the HTTP
 * session, hence serialisable; holds no password.
 *
 * @param uuid the user's uuid
 * @param username the name they sign in with
 * @param displayName the name people see
 * @param privileges their privileges, sorted
 */
public record SignedInUser(String uuid, String username, String displayName, Set<String> privileges)
        implements Serializable {

	private static final long serialVersionUID = 1L;

	public SignedInUser {
		privileges = Set.copyOf(privileges);
	}

	/** @return the signed-in view of this user as their roles now stand */
	public static SignedInUser of(User user) {
		return new SignedInUser(user.getUuid(), user.getUsername(), user.getDisplayName(), user.privileges());
	}

	/** @return the user as the module's services know them */
	public Actor actor() {
		return new Actor(uuid, username, displayName);
	}

	/** @return the privileges in alphabetical order */
	public Set<String> sortedPrivileges() {
		return new TreeSet<>(privileges);
	}
}
