package org.openmrs.module.addonmarket.openmrs;

import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Supplier;

import org.openmrs.module.addonmarket.host.BackgroundWork;
import org.openmrs.module.addonmarket.host.ClinicalEvent;
import org.openmrs.module.addonmarket.host.ClinicalEvents;
import org.openmrs.module.addonmarket.host.ModuleClock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The OpenMRS clinical events: the save advice ({@link ObsSaveAdvice}, {@link EncounterSaveAdvice},
 * {@link PatientSaveAdvice}) raises one for each new observation, encounter and patient, and it is delivered only
 * after the platform's transaction commits (never when it rolls back), or at once when the save ran outside any
 * transaction synchronization (it has then committed on return). Delivery is on the module's own thread, through a
 * bounded queue: a listener that throws is logged and gets the next event, a slow one delays the next events but
 * never the clinical save, and when the queue is full the event is dropped (and logged), never waited for.
 * <p>
 * The advice is made by the platform, not by Spring, so it finds this bean with
 * {@code Context.getRegisteredComponents}. It is {@link BackgroundWork}: the activator stops its thread when the module
 * stops, after which (and before Spring starts it) events are dropped.
 */
@Component
public class OpenmrsClinicalEvents implements ClinicalEvents, BackgroundWork {

	/** Events waiting for delivery before further ones are dropped. */
	static final int QUEUE_CAPACITY = 1000;

	private static final Logger log = LoggerFactory.getLogger(OpenmrsClinicalEvents.class);

	private static final long STOP_WAIT_SECONDS = 2;

	private final ModuleClock clock;

	private final List<Consumer<ClinicalEvent>> listeners = new CopyOnWriteArrayList<>();

	private final Supplier<Executor> executors;

	private volatile Executor delivery;

	public OpenmrsClinicalEvents(ModuleClock clock) {
		this(clock, OpenmrsClinicalEvents::deliveryThread);
	}

	/** @param executors makes where listeners run, at each start (tests pass one that runs them at once) */
	OpenmrsClinicalEvents(ModuleClock clock, Supplier<Executor> executors) {
		this.clock = clock;
		this.executors = executors;
	}

	private static Executor deliveryThread() {
		return new ThreadPoolExecutor(1, 1, 0, TimeUnit.MILLISECONDS, new ArrayBlockingQueue<>(QUEUE_CAPACITY),
		        task -> {
			        Thread thread = new Thread(task, "addonmarket-clinical-events");
			        thread.setDaemon(true);
			        return thread;
		        });
	}

	@Override
	public void subscribe(Consumer<ClinicalEvent> listener) {
		listeners.add(listener);
	}

	/**
	 * Raises an event when the current transaction commits, or at once when no transaction synchronization is active.
	 *
	 * @param type e.g. {@code Observation.created}
	 * @param resource the new resource, translated while the save's session is open
	 * @param patientId the patient it belongs to
	 * @param userUuid who saved it, or null
	 */
	public void raiseAfterCommit(String type, ObjectNode resource, String patientId, String userUuid) {
		if (!TransactionSynchronizationManager.isSynchronizationActive()) {
			deliver(type, resource, patientId, userUuid);
			return;
		}
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {

			@Override
			public void afterCommit() {
				deliver(type, resource, patientId, userUuid);
			}
		});
	}

	private void deliver(String type, ObjectNode resource, String patientId, String userUuid) {
		Executor executor = delivery;
		if (executor == null) {
			log.debug("Clinical events are stopped; {} of patient {} not delivered", type, patientId);
			return;
		}
		ClinicalEvent event = new ClinicalEvent(type, resource, patientId, userUuid, clock.now());
		for (Consumer<ClinicalEvent> listener : listeners) {
			ClinicalEvent own = new ClinicalEvent(type, resource.deepCopy(), patientId, userUuid, event.at());
			try {
				CompletableFuture.runAsync(() -> listener.accept(own), executor).whenComplete((done, failure) -> {
					if (failure != null) {
						log.warn("A clinical event listener failed on {} of patient {}", type, patientId, failure);
					}
				});
			}
			catch (RejectedExecutionException e) {
				log.warn("Clinical events are {} behind or stopped; {} of patient {} dropped", QUEUE_CAPACITY, type,
				    patientId);
			}
		}
	}

	@Override
	public synchronized void start() {
		if (delivery == null) {
			delivery = executors.get();
		}
	}

	/** Stops delivering: waits a moment for the events queued, then interrupts the delivery thread. */
	@Override
	public synchronized void stop() {
		Executor stopping = delivery;
		delivery = null;
		if (stopping instanceof ExecutorService) {
			ExecutorService pool = (ExecutorService) stopping;
			pool.shutdown();
			try {
				if (!pool.awaitTermination(STOP_WAIT_SECONDS, TimeUnit.SECONDS)) {
					pool.shutdownNow();
				}
			}
			catch (InterruptedException e) {
				pool.shutdownNow();
				Thread.currentThread().interrupt();
			}
		}
	}

	@Override
	public boolean isRunning() {
		return delivery != null;
	}
}
