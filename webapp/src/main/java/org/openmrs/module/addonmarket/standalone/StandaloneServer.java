package org.openmrs.module.addonmarket.standalone;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

import javax.sql.DataSource;

import org.apache.catalina.Context;
import org.apache.catalina.LifecycleException;
import org.apache.catalina.LifecycleState;
import org.apache.catalina.core.StandardContext;
import org.apache.catalina.session.StandardManager;
import org.apache.catalina.startup.Tomcat;
import org.apache.tomcat.util.http.Rfc6265CookieProcessor;
import org.openmrs.module.addonmarket.health.HealthService;
import org.openmrs.module.addonmarket.host.BackgroundWork;
import org.openmrs.module.addonmarket.persistence.SchemaMigration;
import org.openmrs.module.addonmarket.standalone.cli.AddonCommands;
import org.openmrs.module.addonmarket.standalone.cli.Console;
import org.openmrs.module.addonmarket.standalone.demo.DemoSeeder;
import org.openmrs.module.addonmarket.standalone.users.InitialAdministrator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.bridge.SLF4JBridgeHandler;
import org.springframework.web.context.support.AnnotationConfigWebApplicationContext;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.pool.HikariPool;

/**
 * The Add-on Marketplace outside OpenMRS: embedded Tomcat serving the module's REST API under {@code /ws}, over
 * H2 by default or MariaDB/PostgreSQL by a JDBC URL, with its own users who sign in with a form or HTTP Basic.
 */
public final class StandaloneServer implements AutoCloseable {

	/** The standalone server's own tables (users and roles), applied after the module's changelog. */
	public static final String CHANGELOG = "addonmarket-standalone-changelog.xml";

	private static final Logger log = LoggerFactory.getLogger(StandaloneServer.class);

	private static final int SESSION_TIMEOUT_MINUTES = 30;

	/** How long a stop waits for the requests in progress. */
	static final Duration GRACE = Duration.ofSeconds(30);

	/** How long {@link #start(ServerOptions)} waits for the demo data. */
	private static final Duration DEMO_DATA_WAIT = Duration.ofMinutes(5);

	private final AtomicBoolean closing = new AtomicBoolean();

	private final Tomcat tomcat;

	private final AnnotationConfigWebApplicationContext context;

	private final HikariDataSource dataSource;

	private StandaloneServer(Tomcat tomcat, AnnotationConfigWebApplicationContext context, HikariDataSource dataSource) {
		this.tomcat = tomcat;
		this.context = context;
		this.dataSource = dataSource;
	}

	public static void main(String[] args) {
		System.exit(run(args));
	}

	/**
	 * Runs the developer commands when the first argument is {@code addon}; otherwise starts the server and waits
	 * until it is stopped.
	 *
	 * @return the process exit code: 0 after a clean stop or --help, 2 for a bad argument, 1 when it cannot start;
	 *         for the developer commands, see {@link AddonCommands}
	 */
	static int run(String... args) {
		if (args.length > 0 && AddonCommands.NAME.equals(args[0])) {
			return new AddonCommands(Console.system()).run(Arrays.copyOfRange(args, 1, args.length));
		}
		ServerOptions options;
		try {
			options = ServerOptions.parse(args);
		}
		catch (ServerOptions.UsageException e) {
			System.err.println("addonmarket: " + e.getMessage());
			return 2;
		}
		if (options.help()) {
			System.out.println(ServerOptions.USAGE);
			return 0;
		}
		StandaloneServer server;
		try {
			server = serve(options);
			server.printBanner();
		}
		catch (StartupException e) {
			System.err.println("addonmarket: " + e.getMessage());
			return 1;
		}
		Runtime.getRuntime().addShutdownHook(new Thread(() -> {
			log.info("Asked to stop (SIGTERM or Ctrl-C): stopping gracefully");
			server.close();
		}, "addonmarket-shutdown"));
		server.tomcat.getServer().await();
		return 0;
	}

	/**
	 * Opens the database, brings its schema up to date, starts serving and, in demo mode, waits until the demo data
	 * is stored: what the tests and an embedding program want.
	 *
	 * @throws StartupException with one line that says what is wrong
	 */
	public static StandaloneServer start(ServerOptions options) {
		StandaloneServer server = serve(options);
		if (!server.bean(DemoSeeder.class).awaitData(DEMO_DATA_WAIT)) {
			server.close();
			throw new StartupException("the demo data was not stored within " + DEMO_DATA_WAIT.toSeconds() + " s", null);
		}
		server.printBanner();
		return server;
	}

	/**
	 * Opens the database, brings its schema up to date and starts serving, while the demo data (in demo mode) may
	 * still be being stored: what the command line does, so that the server answers sooner.
	 *
	 * @throws StartupException with one line that says what is wrong
	 */
	static StandaloneServer serve(ServerOptions options) {
		long started = System.nanoTime();
		SLF4JBridgeHandler.removeHandlersForRootLogger();
		SLF4JBridgeHandler.install();
		if (options.adminPasswordFile() != null) {
			try {
				InitialAdministrator.passwordFrom(options.adminPasswordFile());
			}
			catch (IllegalArgumentException e) {
				throw new StartupException(e.getMessage(), e);
			}
		}
		HikariDataSource dataSource = openDatabase(options);
		long opened = System.nanoTime();
		try {
			SchemaMigration.migrate(dataSource);
			SchemaMigration.migrate(dataSource, CHANGELOG);
			long migrated = System.nanoTime();
			AnnotationConfigWebApplicationContext context = new AnnotationConfigWebApplicationContext();
			context.register(StandaloneConfig.class);
			context.addBeanFactoryPostProcessor(factory -> {
				factory.registerSingleton("dataSource", dataSource);
				factory.registerSingleton("serverOptions", options);
			});
			Tomcat tomcat;
			try {
				tomcat = startTomcat(options.port(), context);
			}
			catch (StartupException e) {
				context.close();
				dataSource.close();
				throw e;
			}
			StandaloneServer server = new StandaloneServer(tomcat, context, dataSource);
			long served = System.nanoTime();
			log.info("Start phases: database {} s, schema {} s, application and web server {} s", seconds(opened - started),
			    seconds(migrated - opened), seconds(served - migrated));
			log.info("Add-on Marketplace {} started in {} s at http://localhost:{}/ (API /ws/rest/addonmarket/v1, {})",
			    HealthService.version(), seconds(served - started), server.port(), databaseName(dataSource));
			return server;
		}
		catch (SchemaMigration.SchemaMigrationException e) {
			dataSource.close();
			throw new StartupException(e.getMessage(), e);
		}
	}

	private static String seconds(long nanos) {
		return String.format(Locale.ROOT, "%.1f", nanos / 1e9);
	}

	/** Prints the demo-mode warning, when in demo mode. */
	private void printBanner() {
		bean(DemoSeeder.class).banner().ifPresent(banner -> log.warn("{}{}", System.lineSeparator(), banner));
	}

	private static HikariDataSource openDatabase(ServerOptions options) {
		String url = options.jdbcUrl();
		if (options.dbUrl() == null) {
			try {
				Files.createDirectories(options.dataDir());
			}
			catch (IOException e) {
				throw new StartupException("cannot create the data directory " + options.dataDir() + ": " + e, e);
			}
		}
		HikariConfig config = new HikariConfig();
		config.setJdbcUrl(url);
		config.setUsername(options.dbUser());
		config.setPassword(options.dbPassword());
		config.setMaximumPoolSize(20);
		config.setConnectionTimeout(10_000);
		config.setPoolName("addonmarket");
		try {
			return new HikariDataSource(config);
		}
		catch (HikariPool.PoolInitializationException | IllegalArgumentException e) {
			Throwable cause = e.getCause() != null ? e.getCause() : e;
			throw new StartupException("cannot connect to the database " + url + ": " + cause.getMessage(), e);
		}
	}

	private static Tomcat startTomcat(int port, AnnotationConfigWebApplicationContext context) {
		Tomcat tomcat = new Tomcat();
		try {
			File base = Files.createTempDirectory("addonmarket-tomcat").toFile();
			tomcat.setBaseDir(base.getAbsolutePath());
			tomcat.setPort(port);
			tomcat.getConnector();
			Context web = tomcat.addContext("", base.getAbsolutePath());
			configureSessions(web);
			withoutRedeployLeakChecks(web);
			web.addServletContainerInitializer(new StandaloneWebApp(context), null);
			tomcat.start();
			if (web.getState() != LifecycleState.STARTED) {
				tomcat.stop();
				tomcat.destroy();
				throw new StartupException("the application failed to start; the log above says why", null);
			}
			if (tomcat.getConnector().getLocalPort() < 0) {
				throw new StartupException("cannot listen on port " + port + ": is it in use?", null);
			}
			return tomcat;
		}
		catch (IOException | LifecycleException e) {
			throw new StartupException("cannot start the web server on port " + port + ": " + e.getMessage(), e);
		}
	}

	/** Session cookie HttpOnly and SameSite=Lax, sessions kept in memory only (never written to disk at stop). */
	private static void configureSessions(Context web) {
		Rfc6265CookieProcessor cookies = new Rfc6265CookieProcessor();
		cookies.setSameSiteCookies("Lax");
		web.setCookieProcessor(cookies);
		web.setUseHttpOnly(true);
		web.setSessionTimeout(SESSION_TIMEOUT_MINUTES);
		StandardManager sessions = new StandardManager();
		sessions.setPathname(null);
		web.setManager(sessions);
	}

	/**
	 * The one application lives as long as the process, so the leak checks Tomcat runs when a web application is
	 * undeployed (meant for redeploying into a long-lived container) would only print multi-line warnings at stop.
	 */
	private static void withoutRedeployLeakChecks(Context web) {
		if (web instanceof StandardContext standard) {
			standard.setClearReferencesObjectStreamClassCaches(false);
			standard.setClearReferencesRmiTargets(false);
			standard.setClearReferencesThreadLocals(false);
		}
	}

	private static String databaseName(DataSource dataSource) {
		try (Connection connection = dataSource.getConnection()) {
			return connection.getMetaData().getDatabaseProductName();
		}
		catch (SQLException e) {
			return "an unreachable database";
		}
	}

	/** @return the port the server listens on */
	public int port() {
		return tomcat.getConnector().getLocalPort();
	}

	/** @return a bean of the running server, for tests */
	public <T> T bean(Class<T> type) {
		return context.getBean(type);
	}

	/**
	 * Stops gracefully: accepts no new request, lets the requests in progress (and the add-on runs inside them)
	 * finish for up to {@link #GRACE}, stops the background work (triggers, schedules, sweeps), then stops the web
	 * server, closes the module's beans (every audit event is written inside the transaction of the call it records,
	 * so nothing is left to flush) and the database. Safe to call more than once.
	 */
	@Override
	public void close() {
		if (!closing.compareAndSet(false, true)) {
			return;
		}
		long started = System.nanoTime();
		new GracefulStop(tomcat, GRACE).drain();
		for (Map.Entry<String, BackgroundWork> work : context.getBeansOfType(BackgroundWork.class).entrySet()) {
			work.getValue().stop();
			log.info("Stopped background work {}", work.getKey());
		}
		try {
			tomcat.stop();
			tomcat.destroy();
		}
		catch (LifecycleException e) {
			log.warn("The web server did not stop cleanly: {}", e.getMessage());
		}
		context.close();
		dataSource.close();
		log.info("Add-on Marketplace stopped in {} ms: database closed", (System.nanoTime() - started) / 1_000_000);
	}

	/** The server cannot start; the message says why in one line. */
	public static class StartupException extends IllegalStateException {

		private static final long serialVersionUID = 1L;

		public StartupException(String message, Throwable cause) {
			super(message, cause);
		}
	}
}
