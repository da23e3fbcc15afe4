package org.openmrs.module.addonmarket.openmrs;

import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.openmrs.User;
import org.openmrs.api.context.Context;
import org.openmrs.api.context.Daemon;
import org.openmrs.module.addonmarket.host.Actor;
import org.openmrs.module.addonmarket.host.HostIdentity;
import org.springframework.stereotype.Component;

/**
 * Who is acting, as the OpenMRS {@link Context} of the current thread knows it.
 * <p>
 * Nobody acts when the thread has no OpenMRS session, when nobody signed in, and when the platform runs system work
 * as its daemon user (module start, scheduled tasks, {@code Daemon.runInDaemonThread}): on a daemon thread
 * {@code Context.getAuthenticatedUser()} answers the daemon user and {@code Context.hasPrivilege} answers true for
 * every privilege, but that user stands for "no one", so here it is no actor and holds no privilege. An add-on's
 * trigger or schedule therefore never borrows the platform's own rights.
 */
@Component
public class OpenmrsIdentity implements HostIdentity {

	/**
	 * @see HostIdentity#currentUser()
	 */
	@Override
	public Optional<Actor> currentUser() {
		return signedInUser().map(OpenmrsIdentity::toActor);
	}

	/**
	 * Asks the platform, which counts the user's roles and their parents, the Authenticated and Anonymous roles and
	 * any proxy privilege of the current session; a super user (the System Developer role) holds every privilege
	 * because the platform's {@code User.hasPrivilege} answers true for one.
	 *
	 * @see HostIdentity#hasPrivilege(String)
	 */
	@Override
	public boolean hasPrivilege(String privilege) {
		return signedInUser().isPresent() && Context.hasPrivilege(privilege);
	}

	private static Optional<User> signedInUser() {
		if (!Context.isSessionOpen()) {
			return Optional.empty();
		}
		User user = Context.getAuthenticatedUser();
		if (user == null || Daemon.isDaemonUser(user)) {
			return Optional.empty();
		}
		return Optional.of(user);
	}

	private static Actor toActor(User user) {
		String username = firstNonBlank(user.getUsername(), user.getSystemId(), user.getUuid());
		String personName = Stream.of(user.getGivenName(), user.getFamilyName()).filter(OpenmrsIdentity::isNotBlank)
		        .map(String::trim).collect(Collectors.joining(" "));
		return new Actor(user.getUuid(), username, personName.isEmpty() ? username : personName);
	}

	private static String firstNonBlank(String... candidates) {
		return Stream.of(candidates).filter(OpenmrsIdentity::isNotBlank).findFirst().orElse("");
	}

	private static boolean isNotBlank(String value) {
		return value != null && !value.isBlank();
	}
}
