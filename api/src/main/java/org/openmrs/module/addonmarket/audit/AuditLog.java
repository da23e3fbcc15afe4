package org.openmrs.module.addonmarket.audit;

import org.openmrs.module.addonmarket.error.AddonMarketException;

/**
 * The append-only, hash-chained audit log: the port through which the access gateway records every add-on data
 * access and the governance services record every decision. Access and governance events share one chain.
 * <p>
 * It needs no privilege: it is called by the module's own services, never by the web edge. Reading the log goes
 * through {@link AuditService}, which checks View Add-on Access Log.
 */
public interface AuditLog {

	/**
	 * Records an event and returns only once it is committed to the database, in a transaction of the log's own
	 * (never the caller's): so the event stays even when the caller's transaction rolls back, and the caller may
	 * release data as soon as this returns. Concurrent appends are committed together (group commit).
	 *
	 * @param entry what to record
	 * @return the committed event with its sequence number, time and hashes
	 * @throws AuditUnavailableException when the event could not be committed: the caller must not go on with the
	 *             act it wanted recorded (fail closed)
	 */
	AuditEvent append(AuditEntry entry);

	/**
	 * Records an access event only while the installation its decision was made on is unchanged: {@link
	 * #append(AuditEntry)}, with the installation's version checked in the transaction that commits the event.
	 *
	 * @param entry what to record
	 * @param decidedAt the installation and version the decision read, or null for an unconditional append
	 * @return the committed event
	 * @throws StaleDecisionException when the installation has changed since (nothing was recorded; decide again)
	 * @throws AuditUnavailableException when the event could not be committed
	 */
	AuditEvent append(AuditEntry entry, DecidedAt decidedAt);

	/**
	 * Recomputes the chain between two sequence numbers (both included) and checks the signed checkpoints in that
	 * range. Reads in pages: any length of log can be verified.
	 *
	 * @param fromSequence the first event to check, or null for the first event there is
	 * @param toSequence the last event to check, or null for the last committed event
	 * @return whether the chain is intact, how many events were checked and, if not, the first broken sequence
	 * @throws AuditUnavailableException when the database cannot be read
	 * @throws AddonMarketException AUDIT_QUERY_INVALID when from is after to
	 */
	ChainVerification verify(Long fromSequence, Long toSequence);

	/**
	 * Signs the newest committed event's sequence number and hash with the module's checkpoint key and stores the
	 * checkpoint, so that a later rewrite of the chain up to that event is detected even when every hash in the
	 * rewrite is consistent. The log also makes one by itself every {@link #CHECKPOINT_INTERVAL} events.
	 *
	 * @return the checkpoint, or null when the log is empty
	 * @throws AuditUnavailableException when the database cannot be written or the key cannot be read
	 */
	AuditCheckpoint checkpoint();

	/** How many events apart the log signs checkpoints by itself. */
	int CHECKPOINT_INTERVAL = 10_000;
}
