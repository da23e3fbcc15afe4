package org.openmrs.module.addonmarket.host;

import java.util.Optional;

/**
 * The host's answer to "who is acting, and what may they do". OpenMRS answers from its {@code Context}; the
 * standalone server from its own users and roles.
 */
public interface HostIdentity {

	/**
	 * @return the signed-in user behind the current request or run, or empty when nobody is signed in (an anonymous
	 *         request) or the work runs with no user (a trigger or a schedule)
	 */
	Optional<Actor> currentUser();

	/**
	 * @param privilege a privilege name, e.g. {@code Get Patients}
	 * @return whether the current user holds it (a super user holds every privilege); false when nobody is signed in
	 */
	boolean hasPrivilege(String privilege);
}
