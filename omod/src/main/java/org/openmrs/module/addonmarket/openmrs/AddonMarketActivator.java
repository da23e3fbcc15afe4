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
 * <p>
 * It also registers {@link OpenmrsSettings} as a listener of global property changes once the module's context is up
 * (after every refresh of the platform's context, which makes the module's beans anew) and removes it before the
 * context is refreshed or taken down: only a registered one keeps settings in memory (decision 0016).
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
	public void contextRefreshed() {
		listenForSettingChanges();
	}

	@Override
	public void started() {
		// Already done in contextRefreshed, unless the platform skipped it; listening twice does nothing more.
		listenForSettingChanges();
		log.info("Add-on Marketplace started");
	}

	@Override
	public void willRefreshContext() {
		stopListeningForSettingChanges();
	}

	@Override
	public void willStop() {
		stopBackgroundWork();
		stopListeningForSettingChanges();
	}

	@Override
	public void stopped() {
		// Already done in willStop, unless the platform skipped it; stopping twice does nothing more.
		stopBackgroundWork();
		stopListeningForSettingChanges();
		daemonToken = null;
		log.info("Add-on Marketplace stopped");
	}

	private static void listenForSettingChanges() {
		for (OpenmrsSettings settings : Context.getRegisteredComponents(OpenmrsSettings.class)) {
			settings.listen(Context.getAdministrationService());
		}
	}

	private static void stopListeningForSettingChanges() {
		for (OpenmrsSettings settings : Context.getRegisteredComponents(OpenmrsSettings.class)) {
			settings.stopListening(Context.getAdministrationService());
		}
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
