package org.openmrs.module.addonmarket.runtime.background;

import java.time.Duration;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import org.openmrs.module.addonmarket.error.AddonMarketException;
import org.openmrs.module.addonmarket.error.ErrorCode;
import org.openmrs.module.addonmarket.host.BackgroundWork;
import org.openmrs.module.addonmarket.host.ClinicalEvent;
import org.openmrs.module.addonmarket.host.ClinicalEvents;
import org.openmrs.module.addonmarket.host.SystemRunner;
import org.openmrs.module.addonmarket.runtime.AddonRuntime;
import org.openmrs.module.addonmarket.runtime.InvocationKind;
import org.openmrs.module.addonmarket.runtime.InvocationRequest;
import org.openmrs.module.addonmarket.runtime.InvocationSubject;
import org.openmrs.module.addonmarket.runtime.background.HandlerTable.ArmedTrigger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Component;

/**
 * Runs add-on triggers on clinical events. The host's listener call only hands the event to the dispatcher's own
 * thread through a bounded queue and returns: no matching, no database, no waiting, so a clinical write is never
 * delayed or failed by an add-on. That thread matches the event against the ACTIVE installations' triggers
 * ({@link ActiveHandlers}, {@link TriggerFilter}) and hands each matching run to {@link BackgroundRuns}; a run the
 * pool refuses is logged and recorded (ADDON-0843). Runs are made in the host's system context with no user, even
 * when the event names the user who caused it (docs/decisions/0010-triggers-and-schedules.md): a trigger acts for the
 * installation's audience, not for whoever happened to record the data.
 */
@Component
public class TriggerDispatcher implements BackgroundWork {

	/** Events waiting to be matched before further ones are dropped: matching is quick, runs wait elsewhere. */
	static final int EVENT_QUEUE = 10_000;

	private static final Logger log = LoggerFactory.getLogger(TriggerDispatcher.class);

	private final ActiveHandlers handlers;

	private final BackgroundRuns runs;

	private final DroppedRuns droppedRuns;

	private final AddonRuntime runtime;

	private final SystemRunner system;

	private final ObjectProvider<ClinicalEvents> events;

	private final AtomicLong droppedEvents = new AtomicLong();

	/** Events handed to the dispatcher's thread and not yet matched. */
	private final AtomicInteger inFlight = new AtomicInteger();

	private volatile ThreadPoolExecutor dispatcher;

	private boolean subscribed;

	public TriggerDispatcher(ActiveHandlers handlers, BackgroundRuns runs, DroppedRuns droppedRuns,
	    AddonRuntime runtime, SystemRunner system, ObjectProvider<ClinicalEvents> events) {
		this.handlers = handlers;
		this.runs = runs;
		this.droppedRuns = droppedRuns;
		this.runtime = runtime;
		this.system = system;
		this.events = events;
	}

	/**
	 * What the host calls for each clinical event: hands it to the dispatcher's thread and returns at once.
	 *
	 * @param event what happened
	 */
	public void onEvent(ClinicalEvent event) {
		ThreadPoolExecutor running = dispatcher;
		if (running == null) {
			return;
		}
		inFlight.incrementAndGet();
		try {
			running.execute(() -> {
				try {
					dispatch(event);
				}
				finally {
					inFlight.decrementAndGet();
				}
			});
		}
		catch (RejectedExecutionException e) {
			inFlight.decrementAndGet();
			droppedEvents.incrementAndGet();
			log.warn("Clinical event {} of patient {} not matched against add-on triggers: {} events already wait",
			    event.type(), event.patientId(), running.getQueue().size());
		}
	}

	/** @return how many events were dropped before matching because the dispatcher's queue was full */
	public long droppedEvents() {
		return droppedEvents.get();
	}

	/**
	 * Waits until every event handed over so far has been matched and its runs have ended, e.g. in a test or a
	 * measurement.
	 *
	 * @return whether that happened within the time given
	 */
	public boolean awaitIdle(Duration atMost) throws InterruptedException {
		long deadline = System.nanoTime() + atMost.toNanos();
		return BackgroundRuns.awaitZero(inFlight, deadline)
		        && runs.awaitIdle(Duration.ofNanos(Math.max(0, deadline - System.nanoTime())));
	}

	private void dispatch(ClinicalEvent event) {
		try {
			system.runAsSystem(() -> {
				for (ArmedTrigger armed : handlers.current().matching(event.type(), event.resource())) {
					String what = armed.addonId() + " trigger:" + armed.trigger().handler() + " on " + event.type();
					if (!runs.submit(what, () -> run(armed, event))) {
						droppedRuns.record(new InvocationSubject(armed.installationUuid(), armed.addonId(),
						        armed.addonVersion(), InvocationKind.TRIGGER, armed.trigger().handler(),
						        InvocationKind.TRIGGER.purpose(armed.trigger().handler()), null, event.patientId()));
					}
				}
			});
		}
		catch (AddonMarketException | DataAccessException e) {
			log.warn("Could not match {} of patient {} against add-on triggers: {}", event.type(), event.patientId(),
			    e.getMessage());
		}
	}

	private void run(ArmedTrigger armed, ClinicalEvent event) {
		InvocationRequest request = InvocationRequest.trigger(armed.installationUuid(), armed.trigger().handler(),
		    event.patientId(), event.resource());
		try {
			system.runAsSystem(() -> runtime.invoke(request));
		}
		catch (AddonMarketException e) {
			if (e.getCode() == ErrorCode.RUNTIME_INSTALLATION_NOT_ACTIVE) {
				log.debug("Trigger {} not run: {}", request.purpose(), e.getMessage());
			} else {
				log.warn("Trigger {} of installation {} could not run: {}", request.purpose(),
				    armed.installationUuid(), e.getMessage());
			}
		}
		catch (DataAccessException e) {
			log.warn("Trigger {} of installation {} failed in the database: {}", request.purpose(),
			    armed.installationUuid(), e.getMessage());
		}
	}

	@Override
	public synchronized void start() {
		if (dispatcher != null) {
			return;
		}
		dispatcher = new ThreadPoolExecutor(1, 1, 0, TimeUnit.MILLISECONDS, new ArrayBlockingQueue<>(EVENT_QUEUE), r -> {
			Thread thread = new Thread(r, "addonmarket-trigger-dispatcher");
			thread.setDaemon(true);
			return thread;
		});
		if (!subscribed) {
			ClinicalEvents source = events.getIfAvailable();
			if (source == null) {
				log.info("This host raises no clinical events: add-on triggers will not run");
			} else {
				source.subscribe(this::onEvent);
			}
			subscribed = true;
		}
	}

	@Override
	public synchronized void stop() {
		ThreadPoolExecutor stopping = dispatcher;
		dispatcher = null;
		if (stopping == null) {
			return;
		}
		stopping.shutdown();
		try {
			if (!stopping.awaitTermination(BackgroundRuns.STOP_WAIT.toMillis(), TimeUnit.MILLISECONDS)) {
				stopping.shutdownNow();
			}
		}
		catch (InterruptedException e) {
			stopping.shutdownNow();
			Thread.currentThread().interrupt();
		}
	}

	@Override
	public boolean isRunning() {
		return dispatcher != null;
	}
}
