package org.openmrs.module.addonmarket.persistence;

import java.sql.Connection;
import java.sql.SQLException;

import javax.sql.DataSource;

import liquibase.Contexts;
import liquibase.LabelExpression;
import liquibase.Liquibase;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.exception.LiquibaseException;
import liquibase.resource.ClassLoaderResourceAccessor;

/**
 * Applies the module's Liquibase changelog ({@code liquibase.xml}) to a database. Used by hosts that own their
 * database (the standalone server, the tests); OpenMRS applies the same changelog itself when the module starts.
 */
public final class SchemaMigration {

	/** The changelog OpenMRS looks for at the root of a module. */
	public static final String CHANGELOG = "liquibase.xml";

	private SchemaMigration() {
	}

	/**
	 * Brings the schema up to date; does nothing when it already is.
	 *
	 * @param dataSource the database to migrate
	 * @throws SchemaMigrationException when a changeSet fails, with Liquibase's reason
	 */
	public static void migrate(DataSource dataSource) {
		try (Connection connection = dataSource.getConnection()) {
			Database database = DatabaseFactory.getInstance()
			        .findCorrectDatabaseImplementation(new JdbcConnection(connection));
			Liquibase liquibase = new Liquibase(CHANGELOG, new ClassLoaderResourceAccessor(), database);
			liquibase.update(new Contexts(), new LabelExpression());
		}
		catch (LiquibaseException | SQLException e) {
			throw new SchemaMigrationException("Could not bring the database schema up to date: " + e.getMessage(), e);
		}
	}

	/** The schema could not be migrated. */
	public static class SchemaMigrationException extends IllegalStateException {

		private static final long serialVersionUID = 1L;

		public SchemaMigrationException(String message, Throwable cause) {
			super(message, cause);
		}
	}
}
