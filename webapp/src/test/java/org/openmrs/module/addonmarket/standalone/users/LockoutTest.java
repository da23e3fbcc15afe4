package org.openmrs.module.addonmarket.standalone.users;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import org.junit.Test;
import org.openmrs.module.addonmarket.standalone.StandaloneSettings;

/**
 * The lockout rule on the user itself, with a fixed clock.
 */
public class LockoutTest {

	private static final Instant NOW = Instant.parse("2026-11-29T10:00:00Z");

	private final LockoutPolicy policy = new LockoutPolicy(3, Duration.ofMinutes(15));

	@Test
	public void recordFailedSignIn_shouldLockOnTheFailureThatReachesTheLimit() {
		User user = new User("jane", "Jane", "{bcrypt}x", NOW);

		user.recordFailedSignIn(NOW, policy);
		user.recordFailedSignIn(NOW, policy);
		assertThat(user.isLockedAt(NOW)).isFalse();
		user.recordFailedSignIn(NOW, policy);

		assertThat(user.isLockedAt(NOW)).isTrue();
		assertThat(user.getLockedUntil()).isEqualTo(NOW.plus(Duration.ofMinutes(15)));
	}

	@Test
	public void isLockedAt_shouldEndWhenTheLockRunsOutWithTheFullNumberOfAttemptsAgain() {
		User user = new User("jane", "Jane", "{bcrypt}x", NOW);
		for (int i = 0; i < 3; i++) {
			user.recordFailedSignIn(NOW, policy);
		}
		Instant later = NOW.plus(Duration.ofMinutes(15));

		user.recordFailedSignIn(later, policy);

		assertThat(user.isLockedAt(later)).isFalse();
		assertThat(user.getFailedAttempts()).isEqualTo(1);
	}

	@Test
	public void clearFailedSignIns_shouldUnlockAndForgetFailures() {
		User user = new User("jane", "Jane", "{bcrypt}x", NOW);
		user.recordFailedSignIn(NOW, policy);

		user.clearFailedSignIns();

		assertThat(user.getFailedAttempts()).isZero();
		assertThat(user.getLockedUntil()).isNull();
	}

	@Test
	public void from_shouldDefaultToFiveFailuresAndFifteenMinutes() {
		LockoutPolicy defaults = LockoutPolicy.from(new StandaloneSettings());

		assertThat(defaults.maxFailures()).isEqualTo(5);
		assertThat(defaults.lockDuration()).isEqualTo(Duration.ofMinutes(15));
	}
}
