package org.openmrs.module.addonmarket.standalone.demo;

import java.util.List;

/**
 * One part of demo mode's data: the demo accounts now; the example add-ons and synthetic patients are further steps
 * (a bean implementing this, ordered with {@link org.springframework.core.annotation.Order}; the accounts are
 * {@link DemoAccounts#ORDER}, so later steps can use them). {@link DemoSeeder} runs every step in its own
 * transaction at each start in demo mode, with nobody signed in: a step that calls a service needing a privilege
 * acts as a demo user through {@code StandaloneIdentity.actAs} and clears it afterwards.
 */
public interface DemoStep {

	/**
	 * Adds this step's data where it is missing. Runs at every start in demo mode, so it must not add anything
	 * twice, and must leave alone what users changed since.
	 *
	 * @return lines for the demo-mode banner printed at start (e.g. the accounts and their password), or none
	 */
	List<String> seed();

	/**
	 * @return whether this step may run after the server has started serving, on a thread of its own (the synthetic
	 *         patients: the largest step, which nothing at start needs); {@code /health} says {@code demoData}
	 *         {@code loading} until it has finished. Other steps run before the server accepts requests.
	 */
	default boolean afterStart() {
		return false;
	}
}
