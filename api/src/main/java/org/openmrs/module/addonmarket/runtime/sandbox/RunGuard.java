package org.openmrs.module.addonmarket.runtime.sandbox;

import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.PolyglotException;

/**
 * The watchdog's hold on one running add-on: it stops the run at most once, and never after the run ended.
 */
final class RunGuard implements AutoCloseable {

	private final Watchdog watchdog;

	private final Context context;

	private final long threadId;

	private final long deadline;

	private final long maxAllocated;

	private final long allocatedAtStart;

	private Watchdog.StopReason stopped;

	private boolean ended;

	RunGuard(Watchdog watchdog, Context context, long threadId, long deadline, long maxAllocated,
	    long allocatedAtStart) {
		this.watchdog = watchdog;
		this.context = context;
		this.threadId = threadId;
		this.deadline = deadline;
		this.maxAllocated = maxAllocated;
		this.allocatedAtStart = allocatedAtStart;
	}

	/** Cancels the run, unless it ended or was stopped already. */
	synchronized void stop(Watchdog.StopReason reason) {
		if (ended || stopped != null) {
			return;
		}
		stopped = reason;
		try {
			context.close(true);
		}
		catch (IllegalStateException | PolyglotException alreadyClosing) {
			// the run ended between the check and the close: nothing to stop
		}
	}

	/** Asks the watchdog to stop the run from its own thread. */
	void stopSoon() {
		watchdog.stopSoon(this);
	}

	/** @return why the watchdog stopped the run, or null when it did not */
	synchronized Watchdog.StopReason stopped() {
		return stopped;
	}

	/** @return the memory the run's thread allocated since it started, or 0 where the JVM does not count it */
	long allocatedSinceStart() {
		return watchdog.allocated(threadId) - allocatedAtStart;
	}

	long threadId() {
		return threadId;
	}

	long deadline() {
		return deadline;
	}

	long maxAllocated() {
		return maxAllocated;
	}

	long allocatedAtStart() {
		return allocatedAtStart;
	}

	/** @return the nanoseconds left before the deadline, never negative */
	long nanosLeft() {
		return Math.max(0, deadline - System.nanoTime());
	}

	@Override
	public synchronized void close() {
		ended = true;
		watchdog.forget(this);
	}
}
