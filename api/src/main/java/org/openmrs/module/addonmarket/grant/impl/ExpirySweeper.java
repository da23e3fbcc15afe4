package org.openmrs.module.addonmarket.grant.impl;

import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.openmrs.module.addonmarket.grant.GrantService;
import org.openmrs.module.addonmarket.host.BackgroundWork;
import org.openmrs.module.addonmarket.host.HostSettings;
import org.openmrs.module.addonmarket.host.Setting;
import org.openmrs.module.addonmarket.host.SystemRunner;
import org.openmrs.module.addonmarket.install.Installation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Component;
import org.openmrs.module.addonmarket.error.AddonMarketException;

/**
 * Moves installations whose grant expired back to awaiting approval, every
 * {@code addonmarket.grant.expirySweepSeconds}. The gateway refuses an expired grant on every call regardless;
 * the sweep makes the state and the approval queue show it. Runs with no user, on a thread of its own, inside the
 * host's system context ({@link SystemRunner}).
 */
@Component
public class ExpirySweeper implements BackgroundWork {

	private static final Logger log = LoggerFactory.getLogger(ExpirySweeper.class);

	private final GrantService grants;

	private final HostSettings settings;

	private final SystemRunner system;

	private ScheduledExecutorService executor;

	public ExpirySweeper(GrantService grants, HostSettings settings, SystemRunner system) {
		this.grants = grants;
		this.settings = settings;
		this.system = system;
	}

	/** One sweep: what a tick does. */
	public List<Installation> sweep() {
		List<Installation> expired = grants.expireGrants();
		if (!expired.isEmpty()) {
			log.info("Grant expired for {} installation(s); they await approval again", expired.size());
		}
		return expired;
	}

	@Override
	public synchronized void start() {
		long every = Math.max(5, Setting.EXPIRY_SWEEP_SECONDS.longValue(settings));
		executor = Executors.newSingleThreadScheduledExecutor(r -> {
			Thread thread = new Thread(r, "addonmarket-expiry-sweeper");
			thread.setDaemon(true);
			return thread;
		});
		executor.scheduleWithFixedDelay(this::sweepQuietly, every, every, TimeUnit.SECONDS);
	}

	private void sweepQuietly() {
		try {
			system.runAsSystem(this::sweep);
		}
		catch (AddonMarketException | DataAccessException e) {
			log.warn("The grant expiry sweep failed; it runs again at the next tick: {}", e.getMessage());
		}
	}

	@Override
	public synchronized void stop() {
		if (executor != null) {
			executor.shutdownNow();
			executor = null;
		}
	}

	@Override
	public synchronized boolean isRunning() {
		return executor != null;
	}
}
