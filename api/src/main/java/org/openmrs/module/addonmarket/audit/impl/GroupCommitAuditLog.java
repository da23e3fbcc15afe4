package org.openmrs.module.addonmarket.audit.impl;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.concurrent.locks.ReentrantLock;

import org.openmrs.module.addonmarket.audit.AuditCheckpoint;
import org.openmrs.module.addonmarket.audit.AuditEntry;
import org.openmrs.module.addonmarket.audit.AuditEvent;
import org.openmrs.module.addonmarket.audit.AuditLog;
import org.openmrs.module.addonmarket.audit.AuditUnavailableException;
import org.openmrs.module.addonmarket.audit.ChainVerification;
import org.openmrs.module.addonmarket.audit.DecidedAt;
import org.openmrs.module.addonmarket.audit.StaleDecisionException;
import org.openmrs.module.addonmarket.audit.dao.AuditColumn;
import org.openmrs.module.addonmarket.audit.dao.AuditEventDao;
import org.openmrs.module.addonmarket.audit.dao.AuditEventDao.Batch;
import org.openmrs.module.addonmarket.audit.dao.ChainHead;
import org.openmrs.module.addonmarket.host.ModuleClock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * The audit log's single sequencer, committing in groups. A caller puts its entry on a queue; whoever holds the
 * write lock (the leader) takes everything waiting (up to {@link #MAX_BATCH}), gives each entry the next sequence
 * number, the time and its hash, inserts the batch in one transaction of its own and only then completes each caller
 * in it (one commit serves many callers, so throughput grows with concurrency). A caller that finds the lock free
 * leads itself: alone, it writes its own event on its own thread, with no hand-off to another thread and back (two
 * wake-ups that cost more than the insert on a busy machine); under load, the others' entries queue up while the
 * leader commits and go in the next leader's batch. A leader leads until its own event is written, then wakes the
 * oldest waiting caller to lead the rest. When a batch fails, every caller in it fails and the next leader reads the
 * chain head back from the database, so the chain never has a hole. Several nodes may share one database: a batch
 * refused because another node took its sequence numbers is written again from the stored head, and an event
 * decided on an installation that has changed since is not written at all ({@link DecidedAt}).
 *
 * @see AuditLog
 */
@Component
public class GroupCommitAuditLog implements AuditLog, DisposableBean {

	/** The most events one transaction commits. */
	static final int MAX_BATCH = 500;

	/** How long a caller waits for its event to be committed before it gives up (and releases nothing). */
	static final long APPEND_TIMEOUT_MILLIS = 30_000;

	/** The longest a waiting caller sleeps before it looks again whether it should lead (a lost wake-up's cost). */
	private static final long RECHECK_NANOS = TimeUnit.MILLISECONDS.toNanos(5);

	private static final Logger log = LoggerFactory.getLogger(GroupCommitAuditLog.class);

	private final AuditEventDao dao;

	private final ModuleClock clock;

	private final CheckpointKeys keys;

	private final ChainVerifier verifier;

	private final BlockingQueue<Pending> queue = new LinkedBlockingQueue<>(100_000);

	private final ChainHasher hasher = new ChainHasher();

	/** Held by the leader while it writes: one batch at a time, in sequence order. */
	private final ReentrantLock writing = new ReentrantLock();

	private volatile boolean stopped;

	/** The newest committed event as the leaders know it (guarded by {@link #writing}); null: read it back. */
	private ChainHead head;

	private final int checkpointInterval;

	@Autowired
	public GroupCommitAuditLog(AuditEventDao dao, ModuleClock clock, CheckpointKeys keys) {
		this(dao, clock, keys, CHECKPOINT_INTERVAL);
	}

	/** A log that signs a checkpoint every {@code checkpointInterval} events (tests use a short interval). */
	GroupCommitAuditLog(AuditEventDao dao, ModuleClock clock, CheckpointKeys keys, int checkpointInterval) {
		this.dao = dao;
		this.clock = clock;
		this.keys = keys;
		this.verifier = new ChainVerifier(dao, keys);
		this.checkpointInterval = checkpointInterval;
	}

	@Override
	public AuditEvent append(AuditEntry entry) {
		return append(entry, null);
	}

	@Override
	public AuditEvent append(AuditEntry entry, DecidedAt decidedAt) {
		Objects.requireNonNull(entry, "entry");
		if (stopped) {
			throw new AuditUnavailableException("The audit log has stopped: the module is shutting down", null);
		}
		Pending pending = new Pending(entry, decidedAt, new CompletableFuture<>(), Thread.currentThread());
		long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(APPEND_TIMEOUT_MILLIS);
		try {
			if (!queue.offer(pending, APPEND_TIMEOUT_MILLIS, TimeUnit.MILLISECONDS)) {
				throw new AuditUnavailableException("The audit log is overloaded: the event was not recorded", null);
			}
			awaitCommit(pending, deadline);
			return pending.committed().join();
		}
		catch (CompletionException e) {
			if (e.getCause() instanceof StaleDecisionException stale) {
				throw stale;
			}
			throw new AuditUnavailableException(e.getCause().getMessage(), e.getCause());
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			pending.committed().cancel(false);
			throw new AuditUnavailableException("Interrupted while the audit log recorded the event", e);
		}
	}

	/** Leads when the lock is free, else sleeps until woken (its batch committed, or its turn to lead). */
	private void awaitCommit(Pending pending, long deadline) throws InterruptedException {
		while (!pending.committed().isDone()) {
			if (writing.tryLock()) {
				try {
					lead(pending);
				}
				finally {
					writing.unlock();
				}
				wakeNextLeader();
				continue;
			}
			long left = deadline - System.nanoTime();
			if (left <= 0) {
				if (pending.committed().cancel(false)) {
					throw new AuditUnavailableException(
					        "The audit log did not confirm the event within " + APPEND_TIMEOUT_MILLIS / 1000 + " s", null);
				}
				return;
			}
			LockSupport.parkNanos(this, Math.min(left, RECHECK_NANOS));
			if (Thread.interrupted()) {
				throw new InterruptedException();
			}
		}
	}

	/** Writes batches from the queue until the leader's own event is written (or the queue is empty). */
	private void lead(Pending own) {
		List<Pending> batch = new ArrayList<>(MAX_BATCH);
		while (!own.committed().isDone()) {
			queue.drainTo(batch, MAX_BATCH);
			if (batch.isEmpty()) {
				return;
			}
			try {
				write(batch);
			}
			finally {
				failUnfinished(batch);
				batch.forEach(p -> LockSupport.unpark(p.caller()));
				batch.clear();
			}
		}
	}

	private void wakeNextLeader() {
		Pending next = queue.peek();
		if (next != null) {
			LockSupport.unpark(next.caller());
		}
	}

	@Override
	public ChainVerification verify(Long fromSequence, Long toSequence) {
		return verifier.verify(fromSequence, toSequence);
	}

	@Override
	public AuditCheckpoint checkpoint() {
		ChainHead newest = dao.selectHead();
		if (newest.sequence() == 0) {
			return null;
		}
		AuditCheckpoint checkpoint = keys.sign(newest.sequence(), newest.hash(), clock.now());
		dao.insertCheckpoint(checkpoint);
		return checkpoint;
	}

	/** Stops the log once the events already queued are written; appends after this fail. */
	@Override
	public void destroy() throws InterruptedException {
		stopped = true;
		if (writing.tryLock(APPEND_TIMEOUT_MILLIS, TimeUnit.MILLISECONDS)) {
			try {
				List<Pending> batch = new ArrayList<>(MAX_BATCH);
				for (queue.drainTo(batch, MAX_BATCH); !batch.isEmpty(); queue.drainTo(batch, MAX_BATCH)) {
					try {
						write(batch);
					}
					finally {
						failUnfinished(batch);
						batch.forEach(p -> LockSupport.unpark(p.caller()));
						batch.clear();
					}
				}
			}
			finally {
				writing.unlock();
			}
		}
		for (Pending left = queue.poll(); left != null; left = queue.poll()) {
			left.committed().completeExceptionally(new AuditUnavailableException("The audit log has stopped", null));
			LockSupport.unpark(left.caller());
		}
	}

	/**
	 * Writes one batch in one transaction. Entries appended on a condition ({@link DecidedAt}) are checked against
	 * their installations' versions read in that transaction: a stale one is left out (its caller decides again),
	 * the rest are chained and inserted. When the batch fails after the chain head was taken from memory, it is
	 * tried once more from the head read back from the database: another node sharing the database may have
	 * appended since (its events took the sequence numbers this node meant to use, and the primary key refused
	 * the batch), and a failed batch must not leave a hole.
	 */
	private void write(List<Pending> batch) {
		batch.removeIf(p -> p.committed().isDone());
		if (batch.isEmpty()) {
			return;
		}
		boolean remembered = head != null;
		ChainHead from = remembered ? head : null;
		head = null;
		try {
			try {
				write(from != null ? from : dao.selectHead(), batch);
			}
			catch (AuditUnavailableException first) {
				if (!remembered) {
					throw first;
				}
				log.debug("Audit batch refused from the remembered head ({}); trying once from the stored head",
				    first.getMessage());
				try {
					write(dao.selectHead(), batch);
				}
				catch (AuditUnavailableException second) {
					first.addSuppressed(second);
					throw first;
				}
			}
		}
		catch (AuditUnavailableException e) {
			log.warn("Audit events not recorded ({} caller(s) refused): {}", batch.size(), e.getMessage());
			for (Pending pending : batch) {
				pending.committed().completeExceptionally(e);
			}
		}
	}

	private void write(ChainHead from, List<Pending> batch) {
		Map<String, Integer> expected = new HashMap<>();
		boolean agreed = true;
		for (Pending pending : batch) {
			DecidedAt decidedAt = pending.decidedAt();
			if (decidedAt != null) {
				Integer before = expected.put(decidedAt.installationUuid(), decidedAt.lockVersion());
				agreed &= before == null || before == decidedAt.lockVersion();
			}
		}
		List<Pending> kept = new ArrayList<>(batch.size());
		Map<Pending, Integer> stale = new IdentityHashMap<>();
		// when the batch's decisions agree on each installation's version, the database may check those versions
		// as part of the insert itself; otherwise (or when that insert finds one moved) they are read first
		Batch inserted = dao.insert(agreed ? expected : null, expected.keySet(), versions -> {
			kept.clear();
			stale.clear();
			for (Pending pending : batch) {
				DecidedAt decidedAt = pending.decidedAt();
				Integer now = decidedAt == null ? null : versions.get(decidedAt.installationUuid());
				if (decidedAt != null && (now == null || now != decidedAt.lockVersion())) {
					stale.put(pending, now);
				}
				else {
					kept.add(pending);
				}
			}
			if (kept.isEmpty()) {
				return new Batch(List.of(), null);
			}
			List<AuditEvent> events = chain(from, kept);
			return new Batch(events, checkpointDue(from, events.get(events.size() - 1)));
		});
		List<AuditEvent> events = inserted.events();
		if (events.isEmpty()) {
			head = from;
		}
		else {
			AuditEvent last = events.get(events.size() - 1);
			head = new ChainHead(last.sequence(), last.hash(), AuditColumn.micros(last.recordedAt()));
		}
		for (int i = 0; i < kept.size(); i++) {
			kept.get(i).committed().complete(events.get(i));
		}
		stale.forEach((pending, now) -> pending.committed().completeExceptionally(
		    new StaleDecisionException(pending.decidedAt(), now)));
	}

	private List<AuditEvent> chain(ChainHead from, List<Pending> batch) {
		long micros = Math.max(AuditColumn.micros(clock.now()), from.recordedAtMicros());
		List<AuditEvent> events = new ArrayList<>(batch.size());
		long sequence = from.sequence();
		String prevHash = from.hash();
		for (Pending pending : batch) {
			sequence++;
			AuditEvent unsealed = new AuditEvent(sequence, AuditColumn.instant(micros), pending.entry(), prevHash, "");
			String hash = hasher.hash(prevHash, unsealed);
			events.add(new AuditEvent(sequence, unsealed.recordedAt(), pending.entry(), prevHash, hash));
			prevHash = hash;
		}
		return events;
	}

	private AuditCheckpoint checkpointDue(ChainHead from, AuditEvent last) {
		if (from.sequence() / checkpointInterval == last.sequence() / checkpointInterval) {
			return null;
		}
		try {
			return keys.sign(last.sequence(), last.hash(), last.recordedAt());
		}
		catch (AuditUnavailableException e) {
			log.warn("Audit checkpoint at event {} not signed: {}", last.sequence(), e.getMessage());
			return null;
		}
	}

	private static void failUnfinished(List<Pending> batch) {
		for (Pending pending : batch) {
			pending.committed().completeExceptionally(
			    new AuditUnavailableException("The audit writer failed before the event was committed", null));
		}
	}

	/** An entry waiting for its batch to commit, and the caller to wake when it has. */
	private record Pending(AuditEntry entry, DecidedAt decidedAt, CompletableFuture<AuditEvent> committed,
	        Thread caller) {
	}
}
