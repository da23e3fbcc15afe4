package org.openmrs.module.addonmarket.host;

import java.util.Optional;

import org.openmrs.module.addonmarket.error.AddonMarketException;
import org.openmrs.module.addonmarket.error.ErrorCode;
import org.springframework.stereotype.Component;

/**
 * The first line of every service method that needs a privilege: refuses with 401 when nobody is signed in and
 * 403 when the signed-in user lacks the privilege.
 */
@Component
public class UserPrivileges {

	private final HostIdentity identity;

	public UserPrivileges(HostIdentity identity) {
		this.identity = identity;
	}

	/** @return the signed-in user, or empty for anonymous requests and system runs */
	public Optional<Actor> current() {
		return identity.currentUser();
	}

	/** @return whether someone is signed in and holds the privilege */
	public boolean holds(String privilege) {
		return identity.currentUser().isPresent() && identity.hasPrivilege(privilege);
	}

	/**
	 * @param privilege the privilege the act needs
	 * @return the signed-in user who holds it
	 * @throws AddonMarketException NOT_SIGNED_IN or PRIVILEGE_REQUIRED
	 */
	public Actor require(String privilege) {
		Actor actor = identity.currentUser().orElseThrow(() -> new AddonMarketException(ErrorCode.NOT_SIGNED_IN,
		        "Sign in first: this needs the privilege \"" + privilege + "\""));
		if (!identity.hasPrivilege(privilege)) {
			throw new AddonMarketException(ErrorCode.PRIVILEGE_REQUIRED,
			        "User " + actor.username() + " lacks the privilege \"" + privilege + "\"");
		}
		return actor;
	}
}
