package org.openmrs.module.addonmarket.audit.dao;

/**
 * The newest committed event of the chain, from which the next event continues.
 *
 * @param sequence its sequence number; 0 before the first event
 * @param hash its hash; 64 zeros before the first event
 * @param recordedAtMicros its time in microseconds since the epoch; 0 before the first event
 */
public record ChainHead(long sequence, String hash, long recordedAtMicros) {

	/** The hash the first event's prev_hash holds. */
	public static final String GENESIS_HASH = "0".repeat(64);

	/** @return the head of an empty chain */
	public static ChainHead genesis() {
		return new ChainHead(0, GENESIS_HASH, 0);
	}
}
