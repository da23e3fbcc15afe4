package org.openmrs.module.addonmarket.standalone.clinical;

import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

import org.openmrs.module.addonmarket.host.ClinicalEvent;
import org.openmrs.module.addonmarket.host.ClinicalEvents;
import org.openmrs.module.addonmarket.host.ModuleClock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The standalone server's clinical events: raised by its own writes once their transaction commits (never when it
 * rolls back), and delivered to each listener on that listener's own thread, in order, through a bounded queue. A
 * listener that throws is logged and gets the next event; a slow one delays only itself; when its queue is full
 * the event is dropped for that listener (and logged), never waited for: a clinical write is never failed or held
 * up by a listener.
 */
@Component
public class StandaloneClinicalEvents implements ClinicalEvents, DisposableBean {

	/** Events waiting for one listener before further ones are dropped for it. */
	static final int QUEUE_CAPACITY = 1000;

	private static final Logger log = LoggerFactory.getLogger(StandaloneClinicalEvents.class);

	private static final long STOP_WAIT_SECONDS = 2;

	private final ModuleClock clock;

	private final List<Subscriber> subscribers = new CopyOnWriteArrayList<>();

	private final AtomicInteger numbers = new AtomicInteger();

	public StandaloneClinicalEvents(ModuleClock clock) {
		this.clock = clock;
	}

	@Override
	public void subscribe(Consumer<ClinicalEvent> listener) {
		subscribers.add(new Subscriber(listener, numbers.incrementAndGet()));
	}

	/**
	 * Raises an event when the current transaction commits, or at once when there is none.
	 *
	 * @param type e.g. {@code Observation.created}
	 * @param resource the new resource; listeners each get their own copy
	 * @param patientId the patient it belongs to
	 * @param userUuid who caused it, or null
	 */
	public void raiseAfterCommit(String type, ObjectNode resource, String patientId, String userUuid) {
		ObjectNode copy = resource.deepCopy();
		if (!TransactionSynchronizationManager.isSynchronizationActive()) {
			deliver(new ClinicalEvent(type, copy, patientId, userUuid, clock.now()));
			return;
		}
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {

			@Override
			public void afterCommit() {
				deliver(new ClinicalEvent(type, copy, patientId, userUuid, clock.now()));
			}
		});
	}

	private void deliver(ClinicalEvent event) {
		for (Subscriber subscriber : subscribers) {
			subscriber.offer(event);
		}
	}

	/** Stops delivering: waits a moment for the events queued, then interrupts the listeners. */
	@Override
	public void destroy() throws InterruptedException {
		for (Subscriber subscriber : subscribers) {
			subscriber.stop();
		}
	}

	/** One listener, its thread and its queue. */
	private static final class Subscriber {

		private final Consumer<ClinicalEvent> listener;

		private final int number;

		private final ThreadPoolExecutor thread;

		Subscriber(Consumer<ClinicalEvent> listener, int number) {
			this.listener = listener;
			this.number = number;
			this.thread = new ThreadPoolExecutor(1, 1, 0, TimeUnit.MILLISECONDS,
			        new ArrayBlockingQueue<>(QUEUE_CAPACITY), task -> {
				        Thread t = new Thread(task, "addonmarket-clinical-events-" + number);
				        t.setDaemon(true);
				        return t;
			        });
		}

		void offer(ClinicalEvent event) {
			ClinicalEvent own = new ClinicalEvent(event.type(), event.resource().deepCopy(), event.patientId(),
			        event.userUuid(), event.at());
			try {
				CompletableFuture.runAsync(() -> listener.accept(own), thread).whenComplete((done, failure) -> {
					if (failure != null) {
						log.warn("Clinical event listener {} failed on {} of patient {}", number, own.type(),
						    own.patientId(), failure);
					}
				});
			}
			catch (RejectedExecutionException e) {
				log.warn("Clinical event listener {} is {} events behind or stopped; {} of patient {} dropped for it",
				    number, QUEUE_CAPACITY, own.type(), own.patientId());
			}
		}

		void stop() throws InterruptedException {
			thread.shutdown();
			if (!thread.awaitTermination(STOP_WAIT_SECONDS, TimeUnit.SECONDS)) {
				thread.shutdownNow();
			}
		}
	}
}
