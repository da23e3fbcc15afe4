package org.openmrs.module.addonmarket.audit.dao;

import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * Sees the stored events one row at a time, in sequence order, without an object per row: column {@code i + 1} of
 * the row is {@code AuditColumn.values()[i]}, then come {@code prev_hash} and {@code event_hash}.
 */
@FunctionalInterface
public interface ChainRowVisitor {

	/** The position of prev_hash in the row. */
	int PREV_HASH = AuditColumn.values().length + 1;

	/** The position of event_hash in the row. */
	int HASH = AuditColumn.values().length + 2;

	/**
	 * @param row the current row; read it, do not move it
	 * @return false to stop reading
	 */
	boolean visit(ResultSet row) throws SQLException;

	/**
	 * Told once, before the first row, whether this connection's driver hands out a text column's value from
	 * {@code getBytes} as exactly its UTF-8 bytes (PostgreSQL's and MariaDB's drivers do), so that the visitor may
	 * read text without making a {@code String} of it.
	 *
	 * @param utf8 whether {@code getBytes} on a text column gives its UTF-8 bytes
	 */
	default void textAsUtf8Bytes(boolean utf8) {
	}
}
