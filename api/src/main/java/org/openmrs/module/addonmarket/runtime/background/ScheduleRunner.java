package org.openmrs.module.addonmarket.runtime.background;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.openmrs.module.addonmarket.error.AddonMarketException;
import org.openmrs.module.addonmarket.error.ErrorCode;
import org.openmrs.module.addonmarket.host.BackgroundWork;
import org.openmrs.module.addonmarket.host.HostSettings;
import org.openmrs.module.addonmarket.host.ModuleClock;
import org.openmrs.module.addonmarket.host.Setting;
import org.openmrs.module.addonmarket.host.SystemRunner;
import org.openmrs.module.addonmarket.runtime.AddonRuntime;
import org.openmrs.module.addonmarket.runtime.InvocationKind;
import org.openmrs.module.addonmarket.runtime.InvocationRequest;
import org.openmrs.module.addonmarket.runtime.InvocationSubject;
import org.openmrs.module.addonmarket.runtime.ScheduleClaim;
import org.openmrs.module.addonmarket.runtime.background.HandlerTable.ArmedSchedule;
import org.openmrs.module.addonmarket.runtime.dao.ScheduleClaimDao;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs the schedules of ACTIVE installations. A thread of its own wakes every
 * {@code addonmarket.runtime.schedulePollSeconds} and looks, for each schedule, for the ticks that came due since it
 * last looked (cron in the server's time zone, {@link ModuleClock}'s time). Of the ticks missed while the server was
 * down or busy only the latest runs, once. Each due tick goes to {@link BackgroundRuns}; the run first claims the
 * tick (a row in {@code addonmarket_schedule_claim}, unique per installation, handler and tick) in its own
 * transaction and runs only when its insert succeeded, so servers sharing one database run each tick once. Runs are
 * made in the host's system context with no user.
 */
@Component
public class ScheduleRunner implements BackgroundWork {

	/** How long claims are kept after their tick. */
	static final Duration KEEP_CLAIMS = Duration.ofDays(2);

	private static final Logger log = LoggerFactory.getLogger(ScheduleRunner.class);

	private final ActiveHandlers handlers;

	private final BackgroundRuns runs;

	private final DroppedRuns droppedRuns;

	private final AddonRuntime runtime;

	private final ScheduleClaimDao claims;

	private final SystemRunner system;

	private final ModuleClock clock;

	private final HostSettings settings;

	private final TransactionTemplate transactions;

	private final String node = ManagementFactory.getRuntimeMXBean().getName() + "/"
	        + UUID.randomUUID().toString().substring(0, 8);

	private Instant lookedUpTo;

	private Instant prunedAt = Instant.EPOCH;

	private ScheduledExecutorService thread;

	public ScheduleRunner(ActiveHandlers handlers, BackgroundRuns runs, DroppedRuns droppedRuns, AddonRuntime runtime,
	    ScheduleClaimDao claims, SystemRunner system, ModuleClock clock, HostSettings settings,
	    PlatformTransactionManager transactions) {
		this.handlers = handlers;
		this.runs = runs;
		this.droppedRuns = droppedRuns;
		this.runtime = runtime;
		this.claims = claims;
		this.system = system;
		this.clock = clock;
		this.settings = settings;
		this.transactions = new TransactionTemplate(transactions);
	}

	/** @return the name this server's claims carry: the JVM's pid@host and a random suffix per scheduler */
	public String node() {
		return node;
	}

	/**
	 * One look: hands every tick that came due since the last look to the pool. The first look only notes the time.
	 * Call it in the host's system context (the scheduler's thread does).
	 *
	 * @return how many ticks were handed to the pool
	 */
	public synchronized int tick() {
		Instant now = clock.now();
		Instant from = lookedUpTo;
		lookedUpTo = now;
		if (from == null || !now.isAfter(from)) {
			return 0;
		}
		int handed = 0;
		for (ArmedSchedule schedule : handlers.current().schedules()) {
			Instant due = latestTick(schedule, from, now);
			if (due != null) {
				handed += hand(schedule, due) ? 1 : 0;
			}
		}
		prune(now);
		return handed;
	}

	/** @return the latest tick of the schedule in (from, to], or null */
	static Instant latestTick(ArmedSchedule schedule, Instant from, Instant to) {
		ZoneId zone = ZoneId.systemDefault();
		ZonedDateTime next = schedule.cron().next(from.atZone(zone));
		ZonedDateTime latest = null;
		int steps = 0;
		while (next != null && !next.toInstant().isAfter(to) && steps++ < 10_000) {
			latest = next;
			next = schedule.cron().next(next);
		}
		return latest == null ? null : latest.toInstant();
	}

	private boolean hand(ArmedSchedule schedule, Instant due) {
		String what = schedule.addonId() + " schedule:" + schedule.handler() + " at " + due;
		if (runs.submit(what, () -> claimAndRun(schedule, due))) {
			return true;
		}
		droppedRuns.record(new InvocationSubject(schedule.installationUuid(), schedule.addonId(),
		        schedule.addonVersion(), InvocationKind.SCHEDULE, schedule.handler(),
		        InvocationKind.SCHEDULE.purpose(schedule.handler()), null, null));
		return false;
	}

	private void claimAndRun(ArmedSchedule schedule, Instant due) {
		InvocationRequest request = InvocationRequest.schedule(schedule.installationUuid(), schedule.handler());
		try {
			system.runAsSystem(() -> {
				if (claim(schedule, due)) {
					runtime.invoke(request);
				} else {
					log.debug("Schedule {} of {} at {} is claimed by another server", request.purpose(),
					    schedule.installationUuid(), due);
				}
			});
		}
		catch (AddonMarketException e) {
			if (e.getCode() != ErrorCode.RUNTIME_INSTALLATION_NOT_ACTIVE) {
				log.warn("Schedule {} of installation {} could not run: {}", request.purpose(),
				    schedule.installationUuid(), e.getMessage());
			}
		}
		catch (DataAccessException e) {
			log.warn("Schedule {} of installation {} failed in the database: {}", request.purpose(),
			    schedule.installationUuid(), e.getMessage());
		}
	}

	private boolean claim(ArmedSchedule schedule, Instant due) {
		ScheduleClaim claim = new ScheduleClaim(schedule.installationUuid(), schedule.handler(), due, node,
		        clock.now());
		return Boolean.TRUE.equals(transactions.execute(status -> {
			boolean inserted = claims.insertIfAbsent(claim);
			if (!inserted) {
				status.setRollbackOnly();
			}
			return inserted;
		}));
	}

	private void prune(Instant now) {
		if (Duration.between(prunedAt, now).toHours() < 1) {
			return;
		}
		prunedAt = now;
		transactions.executeWithoutResult(status -> claims.deleteTicksBefore(now.minus(KEEP_CLAIMS)));
	}

	private void tickQuietly() {
		try {
			system.runAsSystem(this::tick);
		}
		catch (AddonMarketException | DataAccessException e) {
			log.warn("The add-on scheduler failed to look for due schedules; it looks again at the next poll: {}",
			    e.getMessage());
		}
	}

	@Override
	public synchronized void start() {
		if (thread != null) {
			return;
		}
		long every = Math.max(1, Setting.RUNTIME_SCHEDULE_POLL_SECONDS.longValue(settings));
		lookedUpTo = clock.now();
		thread = Executors.newSingleThreadScheduledExecutor(r -> {
			Thread t = new Thread(r, "addonmarket-scheduler");
			t.setDaemon(true);
			return t;
		});
		thread.scheduleWithFixedDelay(this::tickQuietly, every, every, TimeUnit.SECONDS);
	}

	@Override
	public synchronized void stop() {
		if (thread != null) {
			thread.shutdownNow();
			thread = null;
		}
	}

	@Override
	public synchronized boolean isRunning() {
		return thread != null;
	}
}
