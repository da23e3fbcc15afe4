package org.openmrs.module.addonmarket.standalone.users.impl;

import java.time.Instant;
import java.util.Optional;

import org.openmrs.module.addonmarket.host.HostSettings;
import org.openmrs.module.addonmarket.host.ModuleClock;
import org.openmrs.module.addonmarket.standalone.users.LockoutPolicy;
import org.openmrs.module.addonmarket.standalone.users.Passwords;
import org.openmrs.module.addonmarket.standalone.users.SignInOutcome;
import org.openmrs.module.addonmarket.standalone.users.SignInService;
import org.openmrs.module.addonmarket.standalone.users.SignedInUser;
import org.openmrs.module.addonmarket.standalone.users.User;
import org.openmrs.module.addonmarket.standalone.users.dao.UserDao;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * @see SignInService
 */
@Service
@Transactional
public class SignInServiceImpl implements SignInService {

	private final UserDao users;

	private final Passwords passwords;

	private final ModuleClock clock;

	private final HostSettings settings;

	public SignInServiceImpl(UserDao users, Passwords passwords, ModuleClock clock, HostSettings settings) {
		this.users = users;
		this.passwords = passwords;
		this.clock = clock;
		this.settings = settings;
	}

	@Override
	public SignInOutcome signIn(String username, String password) {
		Optional<User> found = username == null || username.isBlank() ? Optional.empty()
		        : users.getByUsernameForUpdate(User.normaliseUsername(username));
		if (found.isEmpty()) {
			passwords.matchNobody(password);
			return SignInOutcome.refused(SignInOutcome.Result.BAD_CREDENTIALS);
		}
		User user = found.get();
		Instant now = clock.now();
		if (user.isLockedAt(now)) {
			return SignInOutcome.locked(user.getLockedUntil());
		}
		if (!passwords.matches(password, user.getPasswordHash())) {
			user.recordFailedSignIn(now, LockoutPolicy.from(settings));
			return user.isLockedAt(now) ? SignInOutcome.locked(user.getLockedUntil())
			        : SignInOutcome.refused(SignInOutcome.Result.BAD_CREDENTIALS);
		}
		if (!user.isEnabled()) {
			return SignInOutcome.refused(SignInOutcome.Result.DISABLED);
		}
		user.clearFailedSignIns();
		return SignInOutcome.signedIn(SignedInUser.of(user));
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<SignedInUser> currentState(String uuid) {
		return users.getByUuid(uuid).filter(User::isEnabled).map(SignedInUser::of);
	}
}
