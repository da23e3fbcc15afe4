package org.openmrs.module.addonmarket.openmrs;

import java.util.List;
import java.util.Optional;

import org.openmrs.api.context.Context;
import org.openmrs.module.BaseModuleActivator;
import org.openmrs.module.DaemonToken;
import org.openmrs.module.DaemonTokenAware;
import org.openmrs.module.addonmarket.host.BackgroundWork;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Told by OpenMRS when the module starts and stops. It keeps the daemon token the platform hands the module, with
 * which {@link OpenmrsSystemRunner} runs background work in a daemon session, and when the module stops it stops
 * every {@link BackgroundWork} of the module (the trigger dispatcher, the scheduler, the expiry sweeper, the event
 * delivery) before the platform takes the module's context down, so that none of them runs on against a context that
 * is going away.
 */
public class AddonMarketActivator extends BaseModuleActivator implements DaemonTokenAware {

	private static final Logger log = LoggerFactory.getLogger(AddonMarketActivator.class);

	/** The platform makes the activator; the Spring beans that need the token find it here. */
	private static volatile DaemonToken daemonToken;

	/** @return the token the platform gave the module, once it has */
	static Optional<DaemonToken> daemonToken() {
		return Optional.ofNullable(daemonToken);
	}

	@Override
	public void setDaemonToken(DaemonToken token) {
		daemonToken = token;
	}

	@Override
	public void started() {
		log.info("Add-on Marketplace started");
	}

	@Override
	public void willStop() {
		stopBackgroundWork();
	}

	@Override
	public void stopped() {
		// Already done in willStop, unless the platform skipped it; stopping twice does nothing more.
		stopBackgroundWork();
		daemonToken = null;
		log.info("Add-on Marketplace stopped");
	}

	private static void stopBackgroundWork() {
		List<BackgroundWork> parts = Context.getRegisteredComponents(BackgroundWork.class);
		for (BackgroundWork part : parts) {
			if (part.isRunning()) {
				log.info("Stopping {}", part.getClass().getSimpleName());
				part.stop();
			}
		}
	}
}
