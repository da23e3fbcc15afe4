package org.openmrs.module.addonmarket.standalone;

import java.util.Optional;
import java.util.Set;

import org.openmrs.module.addonmarket.host.Actor;
import org.openmrs.module.addonmarket.host.HostIdentity;

/**
 * Who is acting in the standalone server: the user the request signed in as, held for the request's thread.
 */
public class StandaloneIdentity implements HostIdentity {

	private record SignedIn(Actor actor, Set<String> privileges) {
	}

	private final ThreadLocal<SignedIn> current = new ThreadLocal<>();

	/** Marks the calling thread as acting for this user, until {@link #clear()}. */
	public void actAs(Actor actor, Set<String> privileges) {
		current.set(new SignedIn(actor, Set.copyOf(privileges)));
	}

	public void clear() {
		current.remove();
	}

	@Override
	public Optional<Actor> currentUser() {
		return Optional.ofNullable(current.get()).map(SignedIn::actor);
	}

	/** @return the privileges of the user the calling thread acts for; empty when nobody is signed in */
	public Set<String> currentPrivileges() {
		SignedIn signedIn = current.get();
		return signedIn == null ? Set.of() : signedIn.privileges();
	}

	@Override
	public boolean hasPrivilege(String privilege) {
		SignedIn signedIn = current.get();
		return signedIn != null && signedIn.privileges().contains(privilege);
	}
}
