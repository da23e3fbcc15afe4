package org.openmrs.module.addonmarket.host;

import java.time.Clock;
import java.time.Instant;

import org.springframework.stereotype.Component;

/**
 * The module's source of "now", in UTC. One bean of the module's own type rather than a shared {@link Clock}
 * bean, so that it cannot collide with another module's clock in the platform's application context; tests and
 * the benchmark may set a fixed or offset clock.
 */
@Component
public class ModuleClock {

	private volatile Clock clock = Clock.systemUTC();

	public Instant now() {
		return clock.instant();
	}

	/** Replaces the clock, e.g. with {@link Clock#offset(Clock, java.time.Duration)} to test expiry. */
	public void use(Clock newClock) {
		this.clock = newClock;
	}
}
