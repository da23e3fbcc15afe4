package org.openmrs.module.addonmarket.openmrs;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

import org.openmrs.api.context.Daemon;
import org.openmrs.module.DaemonToken;
import org.openmrs.module.addonmarket.error.AddonMarketException;
import org.openmrs.module.addonmarket.error.ErrorCode;
import org.openmrs.module.addonmarket.host.SystemRunner;
import org.springframework.stereotype.Component;

/**
 * Runs background work in an OpenMRS daemon session: {@code Daemon.runInDaemonThreadAndWait} with the token the
 * platform gave the activator, so that the platform's services accept the work's calls (the daemon user holds every
 * privilege; the module's own identity counts it as nobody). The platform's method swallows the work's exception, so
 * the work runs as a {@link FutureTask} whose outcome is read after the wait: an exception of the work reaches the
 * caller as it was thrown.
 */
@Component
public class OpenmrsSystemRunner implements SystemRunner {

	/**
	 * @see SystemRunner#runAsSystem(Runnable)
	 * @throws AddonMarketException INTERNAL when the module has no daemon token yet (the platform has not started it)
	 *             or when the wait is interrupted
	 */
	@Override
	public void runAsSystem(Runnable work) {
		DaemonToken token = AddonMarketActivator.daemonToken().orElseThrow(() -> new AddonMarketException(
		        ErrorCode.INTERNAL, "The platform has not given the module its daemon token: it has not started it"));
		FutureTask<Void> task = new FutureTask<>(work, null);
		Daemon.runInDaemonThreadAndWait(task, token);
		try {
			task.get();
		}
		catch (ExecutionException e) {
			rethrow(e.getCause());
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new AddonMarketException(ErrorCode.INTERNAL, "Interrupted while background work ran", null, e);
		}
	}

	private static void rethrow(Throwable failure) {
		if (failure instanceof RuntimeException) {
			throw (RuntimeException) failure;
		}
		if (failure instanceof Error) {
			throw (Error) failure;
		}
		throw new AddonMarketException(ErrorCode.INTERNAL, "Background work failed: " + failure, null, failure);
	}
}
