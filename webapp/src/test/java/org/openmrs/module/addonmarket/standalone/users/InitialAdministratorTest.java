package org.openmrs.module.addonmarket.standalone.users;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.openmrs.module.addonmarket.standalone.ApiClient.API;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
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
import org.openmrs.module.addonmarket.Privileges;
import org.openmrs.module.addonmarket.standalone.ApiClient;
import org.openmrs.module.addonmarket.standalone.ServerOptions;
import org.openmrs.module.addonmarket.standalone.StandaloneServer;
import org.openmrs.module.addonmarket.standalone.TestServers;
import org.openmrs.module.addonmarket.test.TestDatabase;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A server started with a database URL and no demo data on H2, PostgreSQL and MariaDB: the first start makes the one
 * account someone can sign in with, later starts add nothing.
 */
@RunWith(Parameterized.class)
public class InitialAdministratorTest {

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
	public void firstStart_shouldCreateAdminWithARandomPasswordInAnOwnerOnlyFileAndLaterStartsNothing()
	        throws IOException, SQLException {
		String[] args = TestServers.arguments(database.newDatabaseUrl());
		server = StandaloneServer.start(ServerOptions.parse(args));
		Path file = server.bean(InitialAdministrator.class).passwordFile();

		assertThat(file).isRegularFile();
		assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
		String password = exchanges.secret(Files.readString(file, StandardCharsets.UTF_8).strip());
		assertThat(password).hasSize(20).isNotEqualTo("Admin123");
		JsonNode session = ApiClient.json(signedIn(password));
		assertThat(session.path("username").asText()).isEqualTo(InitialAdministrator.USERNAME);
		assertThat(session.path("privileges").toString()).contains(Privileges.MANAGE_ADDONS,
		    Privileges.GRANT_ADDON_ACCESS, Privileges.VIEW_ADDON_ACCESS_LOG, Privileges.PUBLISH_ADDONS);
		server.close();

		server = StandaloneServer.start(ServerOptions.parse(args));

		assertThat(Files.readString(file, StandardCharsets.UTF_8).strip()).as("the file at the second start")
		        .isEqualTo(password);
		assertThat(signedIn(password).statusCode()).isEqualTo(200);
		assertThat(userCount()).isEqualTo(1);
		exchanges.assertNoPasswordAnswered();
	}

	@Test
	public void adminPasswordFile_shouldGiveTheAdministratorThatPasswordAndWriteNoFile() throws IOException {
		Path given = Files.createTempFile("admin-password", ".txt");
		Files.writeString(given, exchanges.secret("chosen-by-the-operator-42") + "\n", StandardCharsets.UTF_8);

		server = StandaloneServer.start(ServerOptions.parse(TestServers.arguments(database.newDatabaseUrl(),
		    "--admin-password-file", given.toString())));

		assertThat(signedIn("chosen-by-the-operator-42").statusCode()).isEqualTo(200);
		assertThat(server.bean(InitialAdministrator.class).passwordFile()).doesNotExist();
		exchanges.assertNoPasswordAnswered();
	}

	@Test
	public void adminPasswordFile_shouldStopTheStartWithOneLineWhenThePasswordIsTooShort() throws IOException {
		Path given = Files.createTempFile("admin-password", ".txt");
		Files.writeString(given, "short\n", StandardCharsets.UTF_8);
		ServerOptions options = ServerOptions.parse(TestServers.arguments(database.newDatabaseUrl(),
		    "--admin-password-file", given.toString()));

		assertThatThrownBy(() -> StandaloneServer.start(options))
		        .isInstanceOf(StandaloneServer.StartupException.class)
		        .hasMessage("--admin-password-file " + given + " must hold a password of at least 8 characters on its"
		                + " first line");
	}

	private long userCount() throws SQLException {
		try (Connection connection = server.bean(DataSource.class).getConnection();
		        Statement statement = connection.createStatement();
		        ResultSet rows = statement.executeQuery("select count(*) from addonmarket_standalone_user")) {
			rows.next();
			return rows.getLong(1);
		}
	}

	private HttpResponse<String> signedIn(String password) {
		return ApiClient.basic(server.port(), exchanges, InitialAdministrator.USERNAME, password).get(API + "/session");
	}
}
