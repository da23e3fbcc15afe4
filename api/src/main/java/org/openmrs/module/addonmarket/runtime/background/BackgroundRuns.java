package org.openmrs.module.addonmarket.runtime.background;

import java.time.Duration;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import org.openmrs.module.addonmarket.host.BackgroundWork;
import org.openmrs.module.addonmarket.host.HostSettings;
import org.openmrs.module.addonmarket.host.Setting;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The bounded pool that runs triggers and schedules: {@code addonmarket.runtime.backgroundThreads} threads and a
 * queue of {@code addonmarket.runtime.backgroundQueue} runs. A run offered to a full queue (or after
 * {@link #stop()}) is refused at once, never waited for: the caller records it as dropped. Stops after the
 * dispatcher and the scheduler (a lower phase), waiting a moment for the runs in flight.
 */
@Component
public class BackgroundRuns implements BackgroundWork {

	/** How long {@link #stop()} waits for runs in flight before interrupting them. */
	static final Duration STOP_WAIT = Duration.ofSeconds(3);

	private static final Logger log = LoggerFactory.getLogger(BackgroundRuns.class);

	private final HostSettings settings;

	private final AtomicLong dropped = new AtomicLong();

	private final AtomicInteger threadNumbers = new AtomicInteger();

	/** Runs accepted and not yet ended (a new worker thread's first run is in neither its queue nor active). */
	private final AtomicInteger inFlight = new AtomicInteger();

	private volatile ThreadPoolExecutor pool;

	public BackgroundRuns(HostSettings settings) {
		this.settings = settings;
	}

	/**
	 * @param what what the run is, for the log
	 * @param run the work; it must catch and log its own failures
	 * @return whether it was accepted; false when the queue is full or the pool stopped (counted as dropped)
	 */
	public boolean submit(String what, Runnable run) {
		ThreadPoolExecutor running = pool;
		if (running == null) {
			dropped.incrementAndGet();
			log.warn("Add-on run {} dropped: background runs are stopped", what);
			return false;
		}
		inFlight.incrementAndGet();
		try {
			running.execute(() -> {
				try {
					run.run();
				}
				finally {
					inFlight.decrementAndGet();
				}
			});
			return true;
		}
		catch (RejectedExecutionException e) {
			inFlight.decrementAndGet();
			dropped.incrementAndGet();
			log.warn("Add-on run {} dropped: {} runs already wait ({})", what, running.getQueue().size(),
			    Setting.RUNTIME_BACKGROUND_QUEUE.name());
			return false;
		}
	}

	/** @return how many runs were refused since the module started */
	public long dropped() {
		return dropped.get();
	}

	/**
	 * Waits until no run is queued or running, e.g. in a test or a measurement.
	 *
	 * @return whether that happened within the time given
	 */
	public boolean awaitIdle(Duration atMost) throws InterruptedException {
		return awaitZero(inFlight, System.nanoTime() + atMost.toNanos());
	}

	/**
	 * Polls a count of work in flight until it is zero.
	 *
	 * @param deadline the {@link System#nanoTime()} to give up at
	 * @return whether it reached zero before the deadline
	 */
	static boolean awaitZero(AtomicInteger inFlight, long deadline) throws InterruptedException {
		while (inFlight.get() > 0) {
			if (System.nanoTime() > deadline) {
				return false;
			}
			Thread.sleep(2);
		}
		return true;
	}

	@Override
	public synchronized void start() {
		if (pool != null) {
			return;
		}
		int threads = (int) Math.max(1, Math.min(64, Setting.RUNTIME_BACKGROUND_THREADS.longValue(settings)));
		int queue = (int) Math.max(1, Math.min(100_000, Setting.RUNTIME_BACKGROUND_QUEUE.longValue(settings)));
		pool = new ThreadPoolExecutor(threads, threads, 0, TimeUnit.MILLISECONDS, new ArrayBlockingQueue<>(queue),
		        r -> {
			        Thread thread = new Thread(r, "addonmarket-run-" + threadNumbers.incrementAndGet());
			        thread.setDaemon(true);
			        return thread;
		        });
	}

	@Override
	public synchronized void stop() {
		ThreadPoolExecutor stopping = pool;
		pool = null;
		if (stopping == null) {
			return;
		}
		stopping.shutdown();
		try {
			if (!stopping.awaitTermination(STOP_WAIT.toMillis(), TimeUnit.MILLISECONDS)) {
				log.warn("{} add-on runs still running after {}; interrupting them", stopping.getActiveCount(),
				    STOP_WAIT);
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
		return pool != null;
	}

	/** Starts before and stops after the parts that submit to it. */
	@Override
	public int getPhase() {
		return DEFAULT_PHASE - 1;
	}
}
