package org.openmrs.module.addonmarket.standalone.users;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;

import org.openmrs.module.addonmarket.error.AddonMarketException;
import org.openmrs.module.addonmarket.error.ErrorCode;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * The password rules and the hashing: BCrypt from Spring Security, stored with its {@code {bcrypt}} prefix so that a
 * later, stronger scheme can be added without invalidating stored hashes. Only BCrypt is accepted on sign-in, so a
 * row edited to a weaker scheme (e.g. {@code {noop}}) matches nothing.
 */
@Component
public class Passwords {

	public static final int MIN_LENGTH = 8;

	/** BCrypt reads at most 72 bytes; a longer password would be silently cut, so it is refused. */
	public static final int MAX_BYTES = 72;

	private final PasswordEncoder encoder = new DelegatingPasswordEncoder("bcrypt",
	        Map.of("bcrypt", new BCryptPasswordEncoder()));

	private final String nobodysHash = encoder.encode(UUID.randomUUID().toString());

	/**
	 * @param password a new password
	 * @param username whose it is, which it must not equal
	 * @return its hash, to store
	 * @throws AddonMarketException PASSWORD_INVALID when it breaks a rule, saying which (never echoing it)
	 */
	public String hash(String password, String username) {
		if (password == null || password.length() < MIN_LENGTH) {
			throw invalid("The password must have at least " + MIN_LENGTH + " characters");
		}
		if (password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
			throw invalid("The password must not be longer than " + MAX_BYTES + " bytes");
		}
		if (password.equalsIgnoreCase(username)) {
			throw invalid("The password must not be the username");
		}
		return encoder.encode(password);
	}

	/** @return whether the password is the one the hash was made from */
	public boolean matches(String password, String hash) {
		return encoder.matches(password == null ? "" : password, hash);
	}

	/**
	 * Spends the time of one password check for a username that does not exist, so that the answer's timing does
	 * not tell whether it does.
	 */
	public void matchNobody(String password) {
		matches(password, nobodysHash);
	}

	private static AddonMarketException invalid(String message) {
		return new AddonMarketException(ErrorCode.PASSWORD_INVALID, message, "/password");
	}
}
