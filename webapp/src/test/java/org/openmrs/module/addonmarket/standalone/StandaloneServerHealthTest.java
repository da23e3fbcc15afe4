package org.openmrs.module.addonmarket.standalone;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.util.List;

import org.junit.After;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.junit.runners.Parameterized;
import org.junit.runners.Parameterized.Parameter;
import org.junit.runners.Parameterized.Parameters;
import org.openmrs.module.addonmarket.test.TestDatabase;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The standalone server over real HTTP on H2, PostgreSQL and MariaDB.
 */
@RunWith(Parameterized.class)
public class StandaloneServerHealthTest {

	@Parameter
	public TestDatabase database;

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
	public void health_shouldAnswerUpWithVersionAndDatabaseOverHttp() throws Exception {
		TestDatabase.Created db = database.newDatabaseUrl();
		server = StandaloneServer.start(ServerOptions.parse("--port", "0", "--db-url", db.url(), "--db-user", db.user(),
		    "--data-dir", Files.createTempDirectory("addonmarket-test").toString()));

		HttpResponse<String> response = get("/ws/rest/addonmarket/v1/health");

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
		    type -> assertThat(type).startsWith("application/json"));
		JsonNode body = new ObjectMapper().readTree(response.body());
		assertThat(body.path("status").asText()).isEqualTo("UP");
		assertThat(body.path("version").asText()).isEqualTo(System.getProperty("addonmarket.version", "0.1.0-SNAPSHOT"));
		assertThat(body.path("database").asText().toLowerCase()).contains(
		    database == TestDatabase.POSTGRESQL ? "postgresql" : database.name().toLowerCase());
	}

	@Test
	public void start_shouldApplyTheSchemaOnlyOnceWhenRestartedOnTheSameDatabase() throws Exception {
		TestDatabase.Created db = database.newDatabaseUrl();
		String[] args = TestServers.arguments(db);
		StandaloneServer.start(ServerOptions.parse(args)).close();

		server = StandaloneServer.start(ServerOptions.parse(args));

		assertThat(get("/ws/rest/addonmarket/v1/health").statusCode()).isEqualTo(200);
	}

	@Test
	public void unknownPath_shouldAnswer404() throws Exception {
		TestDatabase.Created db = database.newDatabaseUrl();
		server = StandaloneServer.start(ServerOptions.parse(TestServers.arguments(db)));

		assertThat(get("/ws/rest/addonmarket/v1/no-such-thing").statusCode()).isEqualTo(404);
	}

	private HttpResponse<String> get(String path) throws IOException, InterruptedException {
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + server.port() + path)).GET().build();
		return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
	}
}
