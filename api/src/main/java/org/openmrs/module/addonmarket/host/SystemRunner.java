package org.openmrs.module.addonmarket.host;

/**
 * How the module runs background work (triggers, schedules, the grant expiry sweep) as the host's system: OpenMRS
 * runs it in a daemon session (the activator's {@code DaemonToken} with {@code Daemon.runInDaemonThreadAndWait}),
 * so the platform's services accept the calls; the standalone server runs it on the calling thread. The work runs
 * with no signed-in user: {@link HostIdentity#currentUser()} is empty inside it.
 */
public interface SystemRunner {

	/**
	 * Runs the work and returns when it has finished.
	 *
	 * @param work what to run; an exception it throws reaches the caller
	 */
	void runAsSystem(Runnable work);

	/** @return a runner that runs the work on the calling thread: the standalone server's and the tests' */
	static SystemRunner direct() {
		return Runnable::run;
	}
}
