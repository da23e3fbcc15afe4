package org.openmrs.module.addonmarket.audit.impl;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HexFormat;

import org.openmrs.module.addonmarket.audit.AuditEvent;
import org.openmrs.module.addonmarket.audit.dao.AuditColumn;
import org.openmrs.module.addonmarket.audit.dao.CanonicalJson;

/**
 * Computes an event's canonical bytes and its chain hash, {@code SHA-256(prev_hash bytes || canonical bytes)}, the
 * same way from an event being appended and from a stored row being verified (docs/audit-canonical-form.md). Not
 * thread-safe: one per thread.
 */
public final class ChainHasher {

	/** The first element of every canonical array: names the form, so that a later form can coexist. */
	static final String FORM = "addonmarket-audit-v1";

	private static final AuditColumn[] COLUMNS = AuditColumn.values();

	private static final char[] HEX = "0123456789abcdef".toCharArray();

	private final MessageDigest sha256;

	private final CanonicalJson json = new CanonicalJson();

	public ChainHasher() {
		try {
			sha256 = MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("This Java runtime has no SHA-256", e);
		}
	}

	/** @return the event's canonical bytes (its hashes are not part of them) */
	public byte[] canonical(AuditEvent event) {
		json.reset();
		json.beginArray();
		json.string(FORM);
		for (AuditColumn column : COLUMNS) {
			Object value = column.valueOf(event);
			switch (column.type()) {
				case NUMBER -> json.number((Long) value);
				case LIST -> json.raw((String) value);
				default -> json.string((String) value);
			}
		}
		json.endArray();
		return json.toBytes();
	}

	/** @return the hash, lower-case hex, of the event chained after {@code prevHash} */
	String hash(String prevHash, AuditEvent event) {
		byte[] canonical = canonical(event);
		sha256.reset();
		sha256.update(HexFormat.of().parseHex(prevHash));
		sha256.update(canonical);
		return HexFormat.of().formatHex(sha256.digest());
	}

	/**
	 * @param prevHash the 32 bytes of the previous event's hash
	 * @param row a row whose columns are {@link AuditColumn#values()} in order from column 1
	 * @param utf8 read text columns with {@code getBytes} as their UTF-8 bytes (see
	 *            {@link org.openmrs.module.addonmarket.audit.dao.ChainRowVisitor#textAsUtf8Bytes}) rather than as
	 *            strings: the same canonical bytes, without a string per value
	 * @return the 32 bytes of the hash the row should have
	 */
	byte[] hashRow(byte[] prevHash, ResultSet row, boolean utf8) throws SQLException {
		json.reset();
		json.beginArray();
		json.string(FORM);
		for (int i = 0; i < COLUMNS.length; i++) {
			switch (COLUMNS[i].type()) {
				case NUMBER -> json.number(row.getLong(i + 1));
				case LIST -> {
					if (utf8) {
						json.rawUtf8(row.getBytes(i + 1));
					} else {
						json.raw(row.getString(i + 1));
					}
				}
				default -> {
					if (utf8) {
						json.stringUtf8(row.getBytes(i + 1));
					} else {
						json.string(row.getString(i + 1));
					}
				}
			}
		}
		json.endArray();
		sha256.reset();
		sha256.update(prevHash);
		sha256.update(json.buffer(), 0, json.length());
		return sha256.digest();
	}

	/** @return whether the ASCII bytes are exactly the lower-case hex of the bytes */
	static boolean sameHexBytes(byte[] bytes, byte[] hex) {
		if (hex == null || hex.length != bytes.length * 2) {
			return false;
		}
		for (int i = 0; i < bytes.length; i++) {
			if (hex[2 * i] != HEX[(bytes[i] >> 4) & 0xF] || hex[2 * i + 1] != HEX[bytes[i] & 0xF]) {
				return false;
			}
		}
		return true;
	}

	/** @return whether the hex text is exactly the lower-case hex of the bytes */
	static boolean sameHex(byte[] bytes, String hex) {
		if (hex == null || hex.length() != bytes.length * 2) {
			return false;
		}
		for (int i = 0; i < bytes.length; i++) {
			if (hex.charAt(2 * i) != HEX[(bytes[i] >> 4) & 0xF] || hex.charAt(2 * i + 1) != HEX[bytes[i] & 0xF]) {
				return false;
			}
		}
		return true;
	}
}
