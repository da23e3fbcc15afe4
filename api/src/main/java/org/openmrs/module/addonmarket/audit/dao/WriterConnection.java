package org.openmrs.module.addonmarket.audit.dao;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.hibernate.SessionFactory;
import org.hibernate.engine.jdbc.connections.spi.ConnectionProvider;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.openmrs.module.addonmarket.audit.AuditUnavailableException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one database connection the audit writer commits its batches on, kept between batches: taking a connection
 * from the pool and giving it back costs, per batch, a Hibernate session, the pool's bookkeeping and (on MariaDB
 * and MySQL) two more round trips to switch auto-commit off and on again, about as much as the batch's insert. It
 * comes from the host's own connection provider (inside OpenMRS: the platform's pool), stays in auto-commit mode
 * (a batch that is one insert statement commits with it, in one round trip), keeps its prepared statements (so
 * PostgreSQL plans the inserts once), and is given back and replaced after any failure, and at its next use once it
 * has been held {@link #MAX_AGE_SECONDS} seconds, so that the pool's own checks and a server's idle timeout still
 * see it regularly.
 */
final class WriterConnection {

	/** How long one connection is kept before it is given back to the pool and a fresh one taken. */
	static final long MAX_AGE_SECONDS = 60;

	private static final Logger log = LoggerFactory.getLogger(WriterConnection.class);

	private final SessionFactory sessionFactory;

	private Connection connection;

	private long openedAt;

	/** Whether the version-guarded insert is used on this connection's database (PostgreSQL). */
	private boolean checksVersions;

	private final Map<String, PreparedStatement> statements = new HashMap<>();

	WriterConnection(SessionFactory sessionFactory) {
		this.sessionFactory = sessionFactory;
	}

	/** Work done on the writer's connection. */
	interface Work<T> {

		T run(WriterConnection writer) throws SQLException;
	}

	/** Statements that must commit together. */
	interface Statements {

		void run() throws SQLException;
	}

	/**
	 * Runs the work with the connection in auto-commit mode: each statement commits by itself, so a batch that is one
	 * insert costs one round trip to write and commit it. On any failure gives the connection back (it may be
	 * broken) and says what failed.
	 */
	synchronized <T> T run(String what, Work<T> work) {
		boolean done = false;
		try {
			open();
			T result = work.run(this);
			done = true;
			return result;
		}
		catch (SQLException e) {
			throw new AuditUnavailableException("The audit log could not " + what + ": " + e.getMessage(), e);
		}
		finally {
			if (!done) {
				discard();
			}
		}
	}

	/** Within {@link #run}: runs statements in one transaction (all or none), then returns to auto-commit. */
	void inOneTransaction(Statements statements) throws SQLException {
		connection.setAutoCommit(false);
		statements.run();
		connection.commit();
		connection.setAutoCommit(true);
	}

	/**
	 * @return whether batches go in as one insert guarded by the installations' versions: on PostgreSQL (one round
	 *         trip instead of two: 5,527 against about 4,000 audited reads/s at one caller). Not on MariaDB, where
	 *         the guarded insert materialises its derived table and was slower (8,300 against about 10,500/s at 16
	 *         callers), and where {@code INSERT … SELECT} under REPEATABLE READ takes shared locks on the rows it
	 *         reads; not on H2, which cannot type the parameters of a derived table.
	 */
	boolean checksVersionsInInserts() {
		return checksVersions;
	}

	/** @return the statement for this SQL on the current connection, prepared once per connection */
	PreparedStatement prepare(String sql) throws SQLException {
		PreparedStatement statement = statements.get(sql);
		if (statement == null) {
			statement = connection.prepareStatement(sql);
			statements.put(sql, statement);
		}
		return statement;
	}

	/** Gives the connection back to the pool (the module is stopping). */
	synchronized void close() {
		if (connection == null) {
			return;
		}
		statements.clear();
		try {
			provider().closeConnection(connection);
		}
		catch (SQLException e) {
			log.debug("The audit writer's connection did not close cleanly: {}", e.getMessage());
		}
		connection = null;
	}

	/**
	 * Takes a connection unless one is held; one held longer than {@link #MAX_AGE_SECONDS} (the log was idle since
	 * it was last used, and the server may have closed it: MySQL's wait_timeout) is given back and replaced first.
	 */
	private void open() throws SQLException {
		if (connection != null && System.nanoTime() - openedAt > TimeUnit.SECONDS.toNanos(MAX_AGE_SECONDS)) {
			close();
		}
		if (connection != null) {
			return;
		}
		Connection fresh = provider().getConnection();
		try {
			fresh.setAutoCommit(true);
			String driver = fresh.getMetaData().getDriverName().toLowerCase(Locale.ROOT);
			checksVersions = driver.contains("postgresql");
		}
		catch (SQLException e) {
			provider().closeConnection(fresh);
			throw e;
		}
		connection = fresh;
		openedAt = System.nanoTime();
	}

	private void discard() {
		if (connection == null) {
			return;
		}
		try {
			if (!connection.getAutoCommit()) {
				connection.rollback();
			}
		}
		catch (SQLException e) {
			log.debug("Rolling back the audit writer's failed transaction failed too: {}", e.getMessage());
		}
		close();
	}

	private ConnectionProvider provider() {
		return sessionFactory.unwrap(SessionFactoryImplementor.class).getServiceRegistry()
		        .getService(ConnectionProvider.class);
	}
}
