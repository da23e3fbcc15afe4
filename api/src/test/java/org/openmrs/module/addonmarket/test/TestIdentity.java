package org.openmrs.module.addonmarket.test;

import java.util.Optional;
import java.util.Set;

import org.openmrs.module.addonmarket.host.Actor;
import org.openmrs.module.addonmarket.host.HostIdentity;

/**
 * A host identity the tests sign in and out of. The signed-in user is per thread, as in a real host where each
 * request runs on its own thread.
 */
public class TestIdentity implements HostIdentity {

	private record SignedIn(Actor actor, Set<String> privileges) {
	}

	private final ThreadLocal<SignedIn> current = new ThreadLocal<>();

	/** Signs in a user with exactly these privileges on the calling thread. */
	public Actor signIn(String username, String... privileges) {
		Actor actor = new Actor("uuid-" + username, username, username);
		current.set(new SignedIn(actor, Set.of(privileges)));
		return actor;
	}

	public void signOut() {
		current.remove();
	}

	@Override
	public Optional<Actor> currentUser() {
		return Optional.ofNullable(current.get()).map(SignedIn::actor);
	}

	@Override
	public boolean hasPrivilege(String privilege) {
		SignedIn signedIn = current.get();
		return signedIn != null && signedIn.privileges().contains(privilege);
	}
}
