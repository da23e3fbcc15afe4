package org.openmrs.module.addonmarket.standalone.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openmrs.module.addonmarket.standalone.ApiClient.API;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

import javax.sql.DataSource;

import org.junit.After;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.junit.runners.Parameterized;
import org.junit.runners.Parameterized.Parameter;
import org.junit.runners.Parameterized.Parameters;
import org.openmrs.module.addonmarket.standalone.ApiClient;
import org.openmrs.module.addonmarket.standalone.ServerOptions;
import org.openmrs.module.addonmarket.standalone.StandaloneServer;
import org.openmrs.module.addonmarket.standalone.TestServers;
import org.openmrs.module.addonmarket.test.TestDatabase;

/**
 * Demo mode's accounts, synthetic patients and example add-ons on H2, PostgreSQL and MariaDB: seeded once with
 * {@code --demo}, never without it when a database URL is given.
 */
@RunWith(Parameterized.class)
public class DemoModeTest {

	@Parameter
	public TestDatabase database;

	private final ApiClient.Exchanges exchanges = new ApiClient.Exchanges();

	private StandaloneServer server;

	@Parameters(name = "{0}")
	public static List<TestDatabase> databases() {
		return TestDatabase.selected();
	}

	@After
	public void stop() {
		if (server != null) {
			server.close();
		}
	}

	@Test
	public void start_shouldSeedTheDemoAccountsAndPatientsOnceWhenRestartedWithDemo() throws SQLException {
		String[] args = TestServers.arguments(database.newDatabaseUrl(), "--demo");
		StandaloneServer.start(ServerOptions.parse(args)).close();

		server = StandaloneServer.start(ServerOptions.parse(args));

		assertThat(count("addonmarket_standalone_user")).isEqualTo(4);
		assertThat(count("addonmarket_standalone_role")).isEqualTo(4);
		assertThat(count("addonmarket_standalone_patient")).isEqualTo(1000);
		assertThat(server.bean(SyntheticPatients.class).generated()).as("patients generated again").isEmpty();
		assertThat(server.bean(DemoSeeder.class).banner()).hasValueSatisfying(banner -> assertThat(banner)
		        .contains("DEMO MODE", "admin", "clinician", "auditor", "publisher", DemoAccounts.PASSWORD,
		            "Synthetic patients: kept from an earlier start",
		            "Example add-ons: published at an earlier start (none added)."));
		assertThat(count("addonmarket_addon")).as("the example add-ons, published once").isEqualTo(4);
		assertThat(count("addonmarket_publisher_key")).as("one key, trusted at the first start").isEqualTo(1);
		for (String user : List.of("admin", "clinician", "auditor", "publisher")) {
			assertThat(ApiClient.basic(server.port(), exchanges, user, DemoAccounts.PASSWORD).get(API + "/session")
			        .statusCode()).as(user).isEqualTo(200);
		}
		exchanges.assertNoPasswordAnswered();
	}

	@Test
	public void start_shouldSeedNoDemoDataWithADatabaseUrlAndNoDemo() throws SQLException {
		server = StandaloneServer.start(ServerOptions.parse(TestServers.arguments(database.newDatabaseUrl())));

		assertThat(count("addonmarket_standalone_user")).as("only the initial administrator").isEqualTo(1);
		assertThat(count("addonmarket_standalone_role")).as("only the initial administrator's role").isEqualTo(1);
		assertThat(count("addonmarket_standalone_patient")).isZero();
		assertThat(count("addonmarket_addon")).isZero();
		assertThat(server.bean(DemoSeeder.class).banner()).isEmpty();
		assertThat(ApiClient.basic(server.port(), exchanges, "admin", DemoAccounts.PASSWORD).get(API + "/session")
		        .statusCode()).isEqualTo(401);
	}

	private long count(String table) throws SQLException {
		try (Connection connection = server.bean(DataSource.class).getConnection();
		        Statement statement = connection.createStatement();
		        ResultSet rows = statement.executeQuery("select count(*) from " + table)) {
			rows.next();
			return rows.getLong(1);
		}
	}
}
