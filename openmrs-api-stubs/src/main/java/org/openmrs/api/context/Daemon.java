// Checked against openmrs-core: api/src/main/java/org/openmrs/api/context/Daemon.java of a 2.x version before 2.4
// and of the 2.7/2.8 and 2.9 development lines: isDaemonUser(User) is public static with this signature in each;
// runInDaemonThreadAndWait(Runnable, DaemonToken) is public static void in every 2.x version (since 2.7 it submits to
// the platform's thread pool and waits; it swallows the work's exception, so the omod carries that itself).
package org.openmrs.api.context;

import org.openmrs.User;
import org.openmrs.module.DaemonToken;

/**
 * Stand-in for the OpenMRS platform class of the same name, holding only the members the omod uses. Compile-only:
 * the platform's own class is used at run time.
 */
public final class Daemon {

	private Daemon() {
	}

	/** Stand-in for the platform's check that a user is the daemon user that system work runs as. */
	public static boolean isDaemonUser(User user) {
		throw new UnsupportedOperationException("stub");
	}

	/** Stand-in for the platform's run of work in a daemon session on another thread, waiting for it to end. */
	public static void runInDaemonThreadAndWait(Runnable runnable, DaemonToken token) {
		throw new UnsupportedOperationException("stub");
	}
}
