package org.openmrs.module.addonmarket.standalone.users;

import java.util.Optional;

/**
 * Signing in to the standalone server with a username and password, under the {@link LockoutPolicy}. Needs no
 * privilege: it is how a user comes to hold any.
 */
public interface SignInService {

	/**
	 * Checks a username and password. A locked account is refused without checking the password, so that guessing
	 * goes on being useless while the lock lasts; a wrong password counts towards the lock, and the attempt that
	 * reaches the limit locks the account; a right one clears the count.
	 *
	 * @param username as typed (case does not matter)
	 * @param password as typed
	 * @return signed in, or why not; an unknown username and a wrong password give the same answer
	 */
	SignInOutcome signIn(String username, String password);

	/**
	 * @param uuid a user who signed in earlier (e.g. in the request that opened a session)
	 * @return the user with their roles' privileges as they are now, or empty when the user no longer exists or was
	 *         disabled since
	 */
	Optional<SignedInUser> currentState(String uuid);
}
