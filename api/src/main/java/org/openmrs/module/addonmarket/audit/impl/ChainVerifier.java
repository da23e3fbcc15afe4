package org.openmrs.module.addonmarket.audit.impl;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.BooleanSupplier;

import org.openmrs.module.addonmarket.audit.AuditCheckpoint;
import org.openmrs.module.addonmarket.audit.AuditUnavailableException;
import org.openmrs.module.addonmarket.audit.ChainVerification;
import org.openmrs.module.addonmarket.audit.dao.AuditEventDao;
import org.openmrs.module.addonmarket.audit.dao.ChainHead;
import org.openmrs.module.addonmarket.audit.dao.ChainRowVisitor;
import org.openmrs.module.addonmarket.error.AddonMarketException;
import org.openmrs.module.addonmarket.error.ErrorCode;

/**
 * Recomputes the chain over a range of sequence numbers, streaming the rows, and checks the signed checkpoints in
 * it. Each row must have the next sequence number (else one is missing), carry the previous row's hash as its
 * prev_hash (else it was forged or moved), hash to its stored hash (else a field was edited) and, where a
 * checkpoint names it, have the checkpoint's hash under a valid signature (else the chain was rewritten).
 * <p>
 * A long range on a database server is split into contiguous ranges walked at once, each on a connection and a
 * thread of its own, because one connection's read is bound by decoding the rows on one thread. Every range but the
 * first starts from the stored hash of the event before it, as a range that a caller starts there does; the range
 * before recomputes that event's hash and compares it with the stored one, so the two walks together check what
 * one walk would. The first range that broke, in sequence order, decides the result, counting the events of the
 * intact ranges before it: the result is the one walk's, to the word.
 */
final class ChainVerifier {

	/** The fewest events that a verification splits into ranges walked at once. */
	static final long SPLIT_AT = 50_000;

	/** The databases whose chain reads gain from ranges walked at once (an in-memory H2 gains nothing). */
	private static final Set<String> SERVERS = Set.of("postgresql", "mariadb");

	private final AuditEventDao dao;

	private final CheckpointKeys keys;

	private final long splitAt;

	private final int ranges;

	/** Whether ranges walked at once pay on this database; asked only of a range long enough to split. */
	private final BooleanSupplier splitPays;

	ChainVerifier(AuditEventDao dao, CheckpointKeys keys) {
		this(dao, keys, SPLIT_AT, Math.max(2, Math.min(4, Runtime.getRuntime().availableProcessors())),
		        () -> SERVERS.contains(dao.selectDatabaseProduct().toLowerCase(Locale.ROOT)));
	}

	/**
	 * A verifier that splits a range of at least {@code splitAt} events into {@code ranges} ranges walked at once
	 * wherever {@code splitPays} says so (tests split short chains on every database).
	 */
	ChainVerifier(AuditEventDao dao, CheckpointKeys keys, long splitAt, int ranges, BooleanSupplier splitPays) {
		this.dao = dao;
		this.keys = keys;
		this.splitAt = splitAt;
		this.ranges = ranges;
		this.splitPays = splitPays;
	}

	ChainVerification verify(Long fromSequence, Long toSequence) {
		if (fromSequence != null && toSequence != null && fromSequence > toSequence) {
			throw new AddonMarketException(ErrorCode.AUDIT_QUERY_INVALID,
			        "from (" + fromSequence + ") is after to (" + toSequence + ")", "from");
		}
		ChainHead head = dao.selectHead();
		long first = Math.max(1, fromSequence == null ? 1 : fromSequence);
		long last = Math.min(head.sequence(), toSequence == null ? Long.MAX_VALUE : toSequence);
		List<AuditCheckpoint> checkpoints = dao.selectCheckpoints(first,
		    toSequence == null ? Long.MAX_VALUE : toSequence);
		if (first > last) {
			return checkpoints.isEmpty() ? ChainVerification.intact(0, "No events in that range")
			        : truncated(0, head, checkpoints.get(0));
		}
		byte[] anchor = first == 1 ? HexFormat.of().parseHex(ChainHead.GENESIS_HASH) : storedHash(first - 1);
		if (anchor == null) {
			return ChainVerification.broken(0, first - 1,
			    "Event " + (first - 1) + ", before the range, is missing or has no well-formed hash");
		}
		long checked = 0;
		long held = 0;
		for (Walk walk : walk(first, last, anchor, checkpoints)) {
			ChainVerification broken = walk.broken(checked, last);
			if (broken != null) {
				return broken;
			}
			checked += walk.checked;
			held += walk.checkpoints;
		}
		for (AuditCheckpoint beyond : checkpoints) {
			if (beyond.sequence() > last) {
				return truncated(checked, head, beyond);
			}
		}
		return ChainVerification.intact(checked, "Events " + first + " to " + last + " are intact and in order; "
		        + held + " signed checkpoint(s) hold");
	}

	/**
	 * Walks [first, last] as one range, or as {@link #ranges} contiguous ranges at once when it is long enough and
	 * that pays on this database.
	 *
	 * @return the walks done, in sequence order
	 */
	private List<Walk> walk(long first, long last, byte[] anchor, List<AuditCheckpoint> checkpoints) {
		long events = last - first + 1;
		int count = ranges > 1 && events >= splitAt && splitPays.getAsBoolean() ? (int) Math.min(ranges, events) : 1;
		List<Walk> walks = new ArrayList<>(count);
		long start = first;
		for (int i = 0; i < count; i++) {
			long end = start + events / count - (i < events % count ? 0 : 1);
			List<AuditCheckpoint> within = new ArrayList<>();
			for (AuditCheckpoint checkpoint : checkpoints) {
				if (checkpoint.sequence() >= start && checkpoint.sequence() <= end) {
					within.add(checkpoint);
				}
			}
			walks.add(new Walk(start, end, i == 0 ? anchor : null, within.iterator()));
			start = end + 1;
		}
		if (count == 1) {
			walks.get(0).run();
		}
		else {
			runAtOnce(walks);
		}
		return walks;
	}

	/** Runs the walks on threads of their own (daemons, gone when this returns) and waits for them all. */
	private static void runAtOnce(List<Walk> walks) {
		ExecutorService threads = Executors.newFixedThreadPool(walks.size(), task -> {
			Thread thread = new Thread(task, "addonmarket-chain-verification");
			thread.setDaemon(true);
			return thread;
		});
		try {
			List<Future<?>> running = new ArrayList<>();
			for (Walk walk : walks) {
				running.add(threads.submit(walk::run));
			}
			for (Future<?> walk : running) {
				walk.get();
			}
		}
		catch (ExecutionException e) {
			if (e.getCause() instanceof RuntimeException cause) {
				throw cause;
			}
			if (e.getCause() instanceof Error cause) {
				throw cause;
			}
			throw new AuditUnavailableException("The audit chain could not be verified: " + e.getCause(), e.getCause());
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new AuditUnavailableException("The verification of the audit chain was interrupted", e);
		}
		finally {
			threads.shutdownNow();
		}
	}

	/** @return the stored hash of that event, or null when it is missing or not 64 hexadecimal digits */
	private byte[] storedHash(long sequence) {
		String hash = dao.selectHash(sequence);
		return hash == null || hash.length() != 64 || !hash.chars().allMatch(HexFormat::isHexDigit) ? null
		        : HexFormat.of().parseHex(hash);
	}

	private static ChainVerification truncated(long checked, ChainHead head, AuditCheckpoint checkpoint) {
		return ChainVerification.broken(checked, head.sequence() + 1, "The log ends at event " + head.sequence()
		        + " but signed checkpoint " + checkpoint.sequence() + " vouches for a longer log: events were removed");
	}

	private static String missing(long sequence, long next) {
		return "Event " + sequence + " is missing: the next stored event is " + next;
	}

	/** The state of one pass over the rows of one range. */
	private final class Walk implements ChainRowVisitor {

		private final ChainHasher hasher = new ChainHasher();

		private final long start;

		private final long end;

		private final Iterator<AuditCheckpoint> checkpointsLeft;

		private AuditCheckpoint pending;

		private long expected;

		private byte[] previous;

		private long checked;

		private long checkpoints;

		private ChainVerification broken;

		/** Whether text columns may be read as UTF-8 bytes (the driver says so); else as strings. */
		private boolean utf8;

		/**
		 * @param anchor the hash the first row's prev_hash must be, or null to read the stored hash of the event
		 *            before the range when the walk runs
		 * @param checkpoints the checkpoints within the range, in order
		 */
		Walk(long start, long end, byte[] anchor, Iterator<AuditCheckpoint> checkpoints) {
			this.start = start;
			this.end = end;
			this.expected = start;
			this.previous = anchor;
			this.checkpointsLeft = checkpoints;
			this.pending = checkpoints.hasNext() ? checkpoints.next() : null;
		}

		/** Reads the range's rows; does nothing when the event before the range has no well-formed hash. */
		void run() {
			if (previous == null) {
				previous = storedHash(start - 1);
				if (previous == null) {
					return;
				}
			}
			dao.selectChain(start, end, this);
		}

		/**
		 * @param before how many intact events the ranges before this one hold
		 * @param last the last event of the whole verification
		 * @return how this range broke, as one walk over the whole verification would say it, or null when it holds
		 */
		ChainVerification broken(long before, long last) {
			if (broken != null) {
				return ChainVerification.broken(before + broken.checked(), broken.firstBrokenSequence(), broken.reason());
			}
			if (previous == null) {
				// the range before holds, so it read this hash a moment ago: it changed while the ranges were read
				return ChainVerification.broken(before, start - 1,
				    "Event " + (start - 1) + " changed or disappeared while the chain was being verified");
			}
			if (expected > end) {
				return null;
			}
			// the end of this range is missing; one walk would have seen the next stored event, in a later range
			long next = end == last ? 0 : dao.selectNextSequence(end + 1, last);
			return ChainVerification.broken(before + checked, expected,
			    next == 0 ? "Events " + expected + " to " + last + " are missing" : missing(expected, next));
		}

		@Override
		public void textAsUtf8Bytes(boolean utf8) {
			this.utf8 = utf8;
		}

		@Override
		public boolean visit(ResultSet row) throws SQLException {
			long sequence = row.getLong(1);
			if (sequence != expected) {
				return fail(expected, missing(expected, sequence));
			}
			if (utf8 && ChainHasher.sameHexBytes(previous, row.getBytes(PREV_HASH))) {
				byte[] hash = hasher.hashRow(previous, row, true);
				if (ChainHasher.sameHexBytes(hash, row.getBytes(HASH))) {
					return next(sequence, hash);
				}
			}
			// the string path: where the driver gives no UTF-8 bytes, and before any row is called broken
			String prevHash = row.getString(PREV_HASH);
			if (!ChainHasher.sameHex(previous, prevHash)) {
				return fail(sequence, "Event " + sequence + "'s prev_hash does not match the hash of event "
				        + (sequence - 1) + ": it was forged, or events were swapped or moved");
			}
			byte[] hash = hasher.hashRow(previous, row, false);
			String stored = row.getString(HASH);
			if (!ChainHasher.sameHex(hash, stored)) {
				return fail(sequence, "Event " + sequence + "'s content does not match its hash: a field was edited");
			}
			return next(sequence, hash);
		}

		/** Moves past an intact row whose hash is {@code hash}. */
		private boolean next(long sequence, byte[] hash) {
			checked++;
			expected = sequence + 1;
			previous = hash;
			return pending == null || pending.sequence() != sequence
			        || checkpoint(sequence, HexFormat.of().formatHex(hash));
		}

		private boolean checkpoint(long sequence, String hash) {
			if (!pending.hash().equals(hash)) {
				return fail(sequence, "Event " + sequence + " differs from its signed checkpoint: the chain was rewritten");
			}
			String problem = keys.problemWith(pending);
			if (problem != null) {
				return fail(sequence, "Event " + sequence + "'s checkpoint cannot be trusted: " + problem);
			}
			checkpoints++;
			pending = checkpointsLeft.hasNext() ? checkpointsLeft.next() : null;
			return true;
		}

		private boolean fail(long sequence, String reason) {
			broken = ChainVerification.broken(checked, sequence, reason);
			return false;
		}
	}
}
