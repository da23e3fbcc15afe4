package org.openmrs.module.addonmarket.persistence;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;

import javax.sql.DataSource;

import liquibase.Contexts;
import liquibase.LabelExpression;
import liquibase.Liquibase;
import liquibase.Scope;
import liquibase.UpdateSummaryOutputEnum;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.exception.LiquibaseException;
import liquibase.resource.ClassLoaderResourceAccessor;
import liquibase.ui.LoggerUIService;

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
	 * Brings the schema up to date with the module's changelog; does nothing when it already is.
	 *
	 * @param dataSource the database to migrate
	 * @throws SchemaMigrationException when a changeSet fails, with Liquibase's reason
	 */
	public static void migrate(DataSource dataSource) {
		migrate(dataSource, CHANGELOG);
	}

	/**
	 * Brings the schema up to date with another changelog on the class path, e.g. the standalone server's own
	 * tables, applied after the module's; does nothing when it already is.
	 *
	 * @param dataSource the database to migrate
	 * @param changelog the changelog's class path resource name
	 * @throws SchemaMigrationException when a changeSet fails, with Liquibase's reason
	 */
	public static void migrate(DataSource dataSource, String changelog) {
		try (Connection connection = dataSource.getConnection()) {
			Database database = DatabaseFactory.getInstance()
			        .findCorrectDatabaseImplementation(new JdbcConnection(connection));
			Liquibase liquibase = new Liquibase(changelog, new ClassLoaderResourceAccessor(), database);
			// Liquibase's progress and its update summary go to the log, not to the console: the server prints one
			// line per event. (The summary's output is the Liquibase object's own setting, not a scope attribute.)
			liquibase.setShowSummaryOutput(UpdateSummaryOutputEnum.LOG);
			Map<String, Object> quiet = Map.of(Scope.Attr.ui.name(), new LoggerUIService());
			Scope.child(quiet, () -> liquibase.update(new Contexts(), new LabelExpression()));
		}
		catch (LiquibaseException | SQLException e) {
			throw new SchemaMigrationException("Could not bring the database schema up to date: " + e.getMessage(), e);
		}
		catch (Exception e) {
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
