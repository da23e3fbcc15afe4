package org.openmrs.module.addonmarket.audit.impl;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;

import org.openmrs.module.addonmarket.audit.AuditCheckpoint;
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
 */
final class ChainVerifier {

	private final AuditEventDao dao;

	private final CheckpointKeys keys;

	ChainVerifier(AuditEventDao dao, CheckpointKeys keys) {
		this.dao = dao;
		this.keys = keys;
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
		String anchor = first == 1 ? ChainHead.GENESIS_HASH : dao.selectHash(first - 1);
		if (anchor == null || anchor.length() != 64) {
			return ChainVerification.broken(0, first - 1, "Event " + (first - 1) + ", before the range, is missing");
		}
		Walk walk = new Walk(first, anchor, checkpoints.iterator());
		dao.selectChain(first, last, walk);
		if (walk.broken != null) {
			return walk.broken;
		}
		if (walk.expected <= last) {
			return ChainVerification.broken(walk.checked, walk.expected,
			    "Events " + walk.expected + " to " + last + " are missing");
		}
		if (walk.pending != null) {
			return truncated(walk.checked, head, walk.pending);
		}
		return ChainVerification.intact(walk.checked, "Events " + first + " to " + last + " are intact and in order; "
		        + walk.checkpoints + " signed checkpoint(s) hold");
	}

	private static ChainVerification truncated(long checked, ChainHead head, AuditCheckpoint checkpoint) {
		return ChainVerification.broken(checked, head.sequence() + 1, "The log ends at event " + head.sequence()
		        + " but signed checkpoint " + checkpoint.sequence() + " vouches for a longer log: events were removed");
	}

	/** The state of one pass over the rows. */
	private final class Walk implements ChainRowVisitor {

		private final ChainHasher hasher = new ChainHasher();

		private final Iterator<AuditCheckpoint> checkpointsLeft;

		private AuditCheckpoint pending;

		private long expected;

		private byte[] previous;

		private long checked;

		private long checkpoints;

		private ChainVerification broken;

		/** Whether text columns may be read as UTF-8 bytes (the driver says so); else as strings. */
		private boolean utf8;

		Walk(long first, String anchor, Iterator<AuditCheckpoint> checkpoints) {
			this.expected = first;
			this.previous = HexFormat.of().parseHex(anchor);
			this.checkpointsLeft = checkpoints;
			this.pending = checkpoints.hasNext() ? checkpoints.next() : null;
		}

		@Override
		public void textAsUtf8Bytes(boolean utf8) {
			this.utf8 = utf8;
		}

		@Override
		public boolean visit(ResultSet row) throws SQLException {
			long sequence = row.getLong(1);
			if (sequence != expected) {
				return fail(expected, "Event " + expected + " is missing: the next stored event is " + sequence);
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
