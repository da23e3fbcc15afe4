package org.openmrs.module.addonmarket.runtime.sandbox;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.graalvm.polyglot.Context;

/**
 * Stops runs that go on too long or allocate too much. One daemon thread looks at every running add-on every
 * {@value #SWEEP_MILLIS} ms and cancels, with {@code Context.close(true)}, a run past its deadline or its allocation
 * limit; the run's own thread then sees a cancelled-execution error. GraalJS 20.3 has no heap limit per context, so
 * the allocation check reads the JVM's per-thread allocation counter, where the JVM has one.
 */
final class Watchdog implements AutoCloseable {

	static final long SWEEP_MILLIS = 10;

	private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(runnable -> {
		Thread thread = new Thread(runnable, "addonmarket-runtime-watchdog");
		thread.setDaemon(true);
		return thread;
	});

	private final Set<RunGuard> running = ConcurrentHashMap.newKeySet();

	private final com.sun.management.ThreadMXBean allocations = allocationCounter();

	Watchdog() {
		timer.scheduleWithFixedDelay(this::sweep, SWEEP_MILLIS, SWEEP_MILLIS, TimeUnit.MILLISECONDS);
	}

	/**
	 * Starts watching a run on the calling thread.
	 *
	 * @param context the run's context, which the watchdog closes to stop it
	 * @param limits its time and allocation limits
	 * @return the guard to close when the run ends
	 */
	RunGuard watch(Context context, SandboxLimits limits) {
		long threadId = Thread.currentThread().getId();
		long maxAllocated = allocations == null ? 0 : limits.maxAllocatedBytes();
		RunGuard guard = new RunGuard(this, context, threadId, System.nanoTime()
		        + TimeUnit.MILLISECONDS.toNanos(limits.timeoutMillis()), maxAllocated, allocated(threadId));
		running.add(guard);
		return guard;
	}

	/** Stops a run from the watchdog's thread, soon: a thread cannot cancel the context it is running. */
	void stopSoon(RunGuard guard) {
		timer.execute(() -> guard.stop(StopReason.LIMIT));
	}

	void forget(RunGuard guard) {
		running.remove(guard);
	}

	long allocated(long threadId) {
		return allocations == null ? 0 : allocations.getThreadAllocatedBytes(threadId);
	}

	private void sweep() {
		long now = System.nanoTime();
		for (RunGuard guard : running) {
			if (now - guard.deadline() > 0) {
				guard.stop(StopReason.TIMEOUT);
			}
			else if (guard.maxAllocated() > 0
			        && allocated(guard.threadId()) - guard.allocatedAtStart() > guard.maxAllocated()) {
				guard.stop(StopReason.MEMORY);
			}
		}
	}

	@Override
	public void close() {
		timer.shutdownNow();
	}

	private static com.sun.management.ThreadMXBean allocationCounter() {
		ThreadMXBean threads = ManagementFactory.getThreadMXBean();
		if (threads instanceof com.sun.management.ThreadMXBean) {
			com.sun.management.ThreadMXBean counter = (com.sun.management.ThreadMXBean) threads;
			if (counter.isThreadAllocatedMemorySupported()) {
				counter.setThreadAllocatedMemoryEnabled(true);
				return counter;
			}
		}
		return null;
	}

	/** Why the watchdog stopped a run. */
	enum StopReason {
		/** It ran past its deadline. */
		TIMEOUT,
		/** It allocated more than it may. */
		MEMORY,
		/** It hit a limit inside a call to the host, which asked to stop it. */
		LIMIT
	}
}
