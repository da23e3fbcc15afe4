package org.openmrs.module.addonmarket.audit.dao;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.openmrs.module.addonmarket.Page;
import org.openmrs.module.addonmarket.audit.AuditCheckpoint;
import org.openmrs.module.addonmarket.audit.AuditEvent;
import org.openmrs.module.addonmarket.audit.AuditQuery;
import org.openmrs.module.addonmarket.audit.AuditUnavailableException;

/**
 * Storage of the audit chain. It inserts and selects, and nothing else: there is no way through it to change or
 * remove an event or a checkpoint (a test holds it to that). Every method runs in a transaction of its own, never
 * the caller's, and throws {@link AuditUnavailableException} when the database fails.
 */
public interface AuditEventDao {

	/** @return the newest committed event, or {@link ChainHead#genesis()} when there is none */
	ChainHead selectHead();

	/**
	 * Inserts a batch whose contents depend on the installations' current versions, all or none. When
	 * {@code expected} is given and the database can check versions within an insert, the batch built for those
	 * versions is inserted by one statement that inserts nothing unless every named installation is still at its
	 * expected version (one round trip); otherwise, or when that statement finds a version moved, the named
	 * installations' versions are read first and the batch built for them is inserted.
	 *
	 * @param expected the version each decision was made on, per installation, or null to read them first
	 * @param installationUuids the installations whose versions {@code build} needs (none: no read)
	 * @param build from each named installation's current version (absent when it no longer exists), the events
	 *            to insert in sequence order (possibly none) and an optional checkpoint of the last; may be called
	 *            twice (first with {@code expected})
	 * @return what was inserted
	 */
	Batch insert(Map<String, Integer> expected, Set<String> installationUuids,
	        Function<Map<String, Integer>, Batch> build);

	/**
	 * What one transaction inserts.
	 *
	 * @param events the events, in sequence order
	 * @param checkpoint a checkpoint of the last one, or null
	 */
	record Batch(List<AuditEvent> events, AuditCheckpoint checkpoint) {
	}

	/** Stores a checkpoint; does nothing when that sequence number has one already. */
	void insertCheckpoint(AuditCheckpoint checkpoint);

	/**
	 * Shows the visitor every event with a sequence number in [from, to], in order, streaming the rows rather than holding them.
	 *
	 * @return how many rows the visitor saw
	 */
	long selectChain(long from, long to, ChainRowVisitor visitor);

	/** @return the hash of the event with that sequence number, or null when there is none */
	String selectHash(long sequence);

	/** @return the smallest sequence number stored, or 0 when the log is empty */
	long selectFirstSequence();

	/** @return the smallest sequence number stored in [from, to], or 0 when there is none */
	long selectNextSequence(long from, long to);

	/** @return the name of the database's product as its driver gives it ("PostgreSQL", "MariaDB", "H2" …) */
	String selectDatabaseProduct();

	/** @return the checkpoints with a sequence number in [from, to], in order */
	List<AuditCheckpoint> selectCheckpoints(long from, long to);

	/** @return one page of matching events, newest first */
	Page<AuditEvent> select(AuditQuery query);

	/** @return up to {@code limit} matching events after that sequence number, oldest first (for exports) */
	List<AuditEvent> selectAfter(AuditQuery filter, long afterSequence, int limit);

	/** @return a patient's access events in [from, to) grouped by add-on, resource type and outcome */
	List<PatientAccessRow> selectPatientAccess(String patientUuid, Instant from, Instant to);

	/** @return the access events of [from, to) grouped for the data-flow report */
	List<FlowRow> selectFlows(Instant from, Instant to);

	/** @return per add-on, how many distinct patients its access events of [from, to) touched */
	Map<String, Long> selectDistinctPatients(Instant from, Instant to);
}
