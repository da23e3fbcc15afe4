package org.openmrs.module.addonmarket.standalone;

import java.util.List;

import org.junit.After;
import org.junit.runner.RunWith;
import org.junit.runners.Parameterized;
import org.junit.runners.Parameterized.AfterParam;
import org.junit.runners.Parameterized.BeforeParam;
import org.junit.runners.Parameterized.Parameter;
import org.junit.runners.Parameterized.Parameters;
import org.openmrs.module.addonmarket.standalone.demo.DemoAccounts;
import org.openmrs.module.addonmarket.test.TestDatabase;

/**
 * Tests against one demo-mode server per database (H2, PostgreSQL, MariaDB), started before the database's tests
 * and stopped after them, so tests make uniquely named users and roles. After each test, no answer may have held a
 * password.
 */
@RunWith(Parameterized.class)
public abstract class DemoServerTest {

	/** The demo accounts' password. */
	protected static final String PASSWORD = DemoAccounts.PASSWORD;

	protected static StandaloneServer server;

	/** How long the demo server took from start to answering its health check, in milliseconds. */
	protected static long demoStartMillis;

	@Parameter
	public TestDatabase database;

	protected final ApiClient.Exchanges exchanges = new ApiClient.Exchanges();

	@Parameters(name = "{0}")
	public static List<TestDatabase> databases() {
		return TestDatabase.selected();
	}

	@BeforeParam
	public static void startServer(TestDatabase database) {
		// The database server (PostgreSQL, MariaDB) may start here, the first time: not part of the demo's start.
		String[] arguments = TestServers.arguments(database.newDatabaseUrl(), "--demo");
		long started = System.nanoTime();
		server = StandaloneServer.start(ServerOptions.parse(arguments));
		int health = ApiClient.anonymous(server.port(), new ApiClient.Exchanges()).get(ApiClient.API + "/health")
		        .statusCode();
		demoStartMillis = (System.nanoTime() - started) / 1_000_000;
		System.out.printf("[demo start] %s: %d ms from start to healthy (health %d)%n", database, demoStartMillis,
		    health);
	}

	@AfterParam
	public static void stopServer() {
		server.close();
	}

	@After
	public void noAnswerShouldHaveHeldAPassword() {
		exchanges.assertNoPasswordAnswered();
	}

	/** @return a browser with an empty cookie jar */
	protected ApiClient browser() {
		return ApiClient.browser(server.port(), exchanges);
	}

	/** @return an API client signing in with HTTP Basic */
	protected ApiClient basic(String username, String password) {
		return ApiClient.basic(server.port(), exchanges, username, password);
	}

	/** @return a caller with no credentials and no cookies */
	protected ApiClient anonymous() {
		return ApiClient.anonymous(server.port(), exchanges);
	}
}
