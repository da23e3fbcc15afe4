package org.openmrs.module.addonmarket.standalone.users;

import java.time.Duration;

import org.openmrs.module.addonmarket.host.HostSettings;
import org.openmrs.module.addonmarket.host.Setting;

/**
 * How many wrong passwords in a row lock an account, and for how long. Two settings of the standalone server only,
 * so they are not in OpenMRS's {@code config.xml} ({@link Setting#ALL}).
 *
 * @param maxFailures consecutive failed sign-ins that lock the account (at least 1)
 * @param lockDuration how long the lock lasts
 */
public record LockoutPolicy(int maxFailures, Duration lockDuration) {

	public static final Setting MAX_FAILURES = new Setting("addonmarket.standalone.signIn.maxFailures", "5",
	        "Consecutive wrong passwords after which a standalone account is locked.");

	public static final Setting LOCK_MINUTES = new Setting("addonmarket.standalone.signIn.lockMinutes", "15",
	        "How long, in minutes, a standalone account stays locked after too many wrong passwords.");

	public LockoutPolicy {
		if (maxFailures < 1) {
			throw new IllegalArgumentException("maxFailures must be at least 1, got " + maxFailures);
		}
		if (lockDuration.isNegative()) {
			throw new IllegalArgumentException("lockDuration must not be negative, got " + lockDuration);
		}
	}

	/** @return the policy the settings say, their defaults where none is set */
	public static LockoutPolicy from(HostSettings settings) {
		return new LockoutPolicy(Math.toIntExact(MAX_FAILURES.longValue(settings)),
		        Duration.ofMinutes(LOCK_MINUTES.longValue(settings)));
	}
}
