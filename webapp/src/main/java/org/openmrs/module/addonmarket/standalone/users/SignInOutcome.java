package org.openmrs.module.addonmarket.standalone.users;

import java.time.Instant;
import java.util.Optional;

/**
 * What came of one attempt to sign in, with the reason inside.
 *
 * @param result accepted or why not
 * @param user who signed in, for {@link Result#SIGNED_IN} only
 * @param lockedUntil when the lock ends, for {@link Result#LOCKED} only
 */
public record SignInOutcome(Result result, SignedInUser user, Instant lockedUntil) {

	/** Why a sign-in was accepted or refused. */
	public enum Result {
		/** Right password, account enabled and not locked. */
		SIGNED_IN,
		/** No such user or a wrong password: the answer does not say which. */
		BAD_CREDENTIALS,
		/** Too many wrong passwords in a row; the password was not checked. */
		LOCKED,
		/** Right password, but an administrator disabled the account. */
		DISABLED
	}

	public static SignInOutcome signedIn(SignedInUser user) {
		return new SignInOutcome(Result.SIGNED_IN, user, null);
	}

	public static SignInOutcome refused(Result result) {
		return new SignInOutcome(result, null, null);
	}

	public static SignInOutcome locked(Instant until) {
		return new SignInOutcome(Result.LOCKED, null, until);
	}

	/** @return the user who signed in, or empty when refused */
	public Optional<SignedInUser> signedInUser() {
		return Optional.ofNullable(user);
	}
}
