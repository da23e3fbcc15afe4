package org.openmrs.module.addonmarket.audit;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

/**
 * A signed statement "the chain's event at this sequence number has this hash", made by the module's checkpoint
 * key (Ed25519), which is kept outside the database.
 *
 * @param sequence the event's sequence number
 * @param hash the event's hash, lower-case hex
 * @param signedAt when it was signed
 * @param keyFingerprint SHA-256 of the signing public key's X.509 encoding, lower-case hex
 * @param signature the Ed25519 signature of {@link #signedBytes()}, base64
 */
public record AuditCheckpoint(long sequence, String hash, Instant signedAt, String keyFingerprint, String signature) {

	/**
	 * @return the bytes the signature covers: UTF-8 of {@code addonmarket-audit-checkpoint-v1}, a line feed, the
	 *         sequence number in decimal, a line feed and the hash
	 */
	public byte[] signedBytes() {
		return signedBytes(sequence, hash);
	}

	/** @return the bytes a checkpoint of that event signs */
	public static byte[] signedBytes(long sequence, String hash) {
		return ("addonmarket-audit-checkpoint-v1\n" + sequence + "\n" + hash).getBytes(StandardCharsets.UTF_8);
	}
}
