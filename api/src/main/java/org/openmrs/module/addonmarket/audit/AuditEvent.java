package org.openmrs.module.addonmarket.audit;

import java.time.Instant;
import java.util.Objects;

/**
 * One recorded, committed event of the audit chain: what the caller asked to record, with the place and time the
 * log gave it and the hashes that link it to the event before. See docs/audit-canonical-form.md.
 *
 * @param sequence the event's place in the chain, from 1, without gaps
 * @param recordedAt when the log recorded it, UTC, to the microsecond; never earlier than the event before
 * @param entry what was recorded
 * @param prevHash the hash of the event before (64 zeros before the first event), lower-case hex
 * @param hash SHA-256 of the previous hash's 32 bytes followed by this event's canonical bytes, lower-case hex
 */
public record AuditEvent(long sequence, Instant recordedAt, AuditEntry entry, String prevHash, String hash) {

	public AuditEvent {
		Objects.requireNonNull(recordedAt, "recordedAt");
		Objects.requireNonNull(entry, "entry");
		Objects.requireNonNull(prevHash, "prevHash");
		Objects.requireNonNull(hash, "hash");
	}

	public AuditKind kind() {
		return entry.kind();
	}

	public String addonId() {
		return entry.addonId();
	}

	public String patientUuid() {
		return entry.patientUuid();
	}

	public String operation() {
		return entry.operation();
	}

	public AuditOutcome outcome() {
		return entry.outcome();
	}
}
