package org.openmrs.module.addonmarket.audit.impl;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import javax.sql.DataSource;

/**
 * Plain SQL against a test database, as an intruder with database access (or an operator) would run it.
 */
final class Sql {

	private Sql() {
	}

	static void execute(DataSource dataSource, String... statements) throws SQLException {
		try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
			for (String sql : statements) {
				statement.execute(sql);
			}
		}
	}

	static long number(DataSource dataSource, String query) throws SQLException {
		try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
		        ResultSet row = statement.executeQuery(query)) {
			row.next();
			return row.getLong(1);
		}
	}

	static String text(DataSource dataSource, String query) throws SQLException {
		try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
		        ResultSet row = statement.executeQuery(query)) {
			return row.next() ? row.getString(1) : null;
		}
	}

	/** Swaps two events' places in the log (their sequence numbers), as one who reorders history would. */
	static void swapEvents(DataSource dataSource, long sequence, long other) throws SQLException {
		execute(dataSource, "update addonmarket_audit_event set sequence_number = -1 where sequence_number = " + other,
		    "update addonmarket_audit_event set sequence_number = " + other + " where sequence_number = " + sequence,
		    "update addonmarket_audit_event set sequence_number = " + sequence + " where sequence_number = -1");
	}
}
