package org.openmrs.module.addonmarket.standalone.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openmrs.module.addonmarket.standalone.ApiClient.API;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.Test;
import org.openmrs.module.addonmarket.Privileges;
import org.openmrs.module.addonmarket.error.ErrorCode;
import org.openmrs.module.addonmarket.standalone.ApiClient;
import org.openmrs.module.addonmarket.standalone.ServerOptions;
import org.openmrs.module.addonmarket.standalone.StandaloneServer;
import org.openmrs.module.addonmarket.standalone.TestServers;
import org.openmrs.module.addonmarket.test.TestDatabase;
import org.openmrs.module.addonmarket.web.ApiPaths;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Every REST endpoint of the standalone server (the module's controllers and the server's own users, roles,
 * patients and session), as Spring's handler mapping lists them, called over real HTTP by an anonymous caller, a
 * signed-in user with no privilege and one user per privilege (the module's seven and the clinical ones), against
 * the policy in docs/authorization.md: a caller the policy allows must not be refused (401/403) and must not meet a
 * server error; every other caller must be refused, anonymous with 401 and signed-in users with 403. An endpoint
 * without a row in that table, or a row without an endpoint, fails the test. Unknown uuids and names are used where
 * an endpoint needs an object: an allowed caller then gets 400, 404, 409 or 422, which is enough to prove that the
 * privilege check let it through. One server on H2; persistence is proven by the other tests.
 */
public class AuthorizationMatrixHttpTest {

	private static final Path POLICY = Path.of(System.getProperty("addonmarket.docs", "../docs"), "authorization.md");

	private static final String ADMIN_PASSWORD = "matrix-administrator-1";

	private static final String PASSWORD = "matrix-caller-1";

	private static final String ANONYMOUS = "anonymous";

	private static final String NO_PRIVILEGE = "no privilege";

	private static final String UNKNOWN_UUID = "5b1e3d7c-0000-4000-8000-00000000dead";

	/** Query parameters an endpoint requires, so that the call reaches its privilege check. */
	private static final Map<String, String> QUERIES = Map.of("GET /invocations", "?installation=" + UNKNOWN_UUID,
	    "GET /installations/{uuid}/diff", "?to=9.9.9");

	private static StandaloneServer server;

	private static final ApiClient.Exchanges EXCHANGES = new ApiClient.Exchanges();

	/** Caller name (anonymous, no privilege, or the privilege held) to a signed-in client. */
	private static final Map<String, ApiClient> CALLERS = new LinkedHashMap<>();

	@BeforeClass
	public static void startServerAndSignEveryoneIn() throws IOException {
		Path adminPassword = Files.createTempFile("matrix-admin", ".txt");
		Files.writeString(adminPassword, EXCHANGES.secret(ADMIN_PASSWORD), StandardCharsets.UTF_8);
		server = StandaloneServer.start(ServerOptions.parse(TestServers.arguments(TestDatabase.H2.newDatabaseUrl(),
		    "--admin-password-file", adminPassword.toString())));
		ApiClient admin = ApiClient.basic(server.port(), EXCHANGES, "admin", ADMIN_PASSWORD);
		CALLERS.put(ANONYMOUS, ApiClient.anonymous(server.port(), EXCHANGES));
		CALLERS.put(NO_PRIVILEGE, user(admin, "matrix-none", List.of()));
		List<String> privileges = new ArrayList<>(Privileges.MODULE_PRIVILEGES);
		privileges.addAll(Privileges.CLINICAL_PRIVILEGES);
		for (String privilege : privileges) {
			String role = "Only " + privilege;
			assertThat(admin.post(API + "/roles", json(Map.of("name", role, "description", "matrix", "privileges",
			    List.of(privilege)))).statusCode()).as("role " + role).isEqualTo(201);
			CALLERS.put(privilege, user(admin, "matrix-" + privilege.toLowerCase().replace(' ', '-'), List.of(role)));
		}
	}

	@AfterClass
	public static void stopServer() {
		if (server != null) {
			server.close();
		}
	}

	@Test
	public void policy_shouldHaveOneRowForEveryEndpointAndNoOther() throws IOException {
		Set<String> endpoints = endpoints();
		Set<String> documented = policy().keySet();

		assertThat(difference(documented, endpoints)).as("rows of " + POLICY + " without an endpoint").isEmpty();
		List<String> missing = new ArrayList<>();
		for (String endpoint : difference(endpoints, documented)) {
			missing.add("| " + endpoint.replaceFirst(" ", " | `") + "` | " + String.join(", ", observed(endpoint))
			        + " |");
		}
		assertThat(missing).as("endpoints without a row in " + POLICY + " (as rows allowing who is allowed now)")
		        .isEmpty();
	}

	@Test
	public void everyEndpoint_shouldAllowExactlyTheCallersThePolicyNames() throws IOException {
		List<String> wrong = new ArrayList<>();
		int calls = 0;
		for (Map.Entry<String, Set<String>> row : policy().entrySet()) {
			for (Map.Entry<String, ApiClient> caller : CALLERS.entrySet()) {
				HttpResponse<String> answer = call(caller.getValue(), row.getKey());
				calls++;
				String problem = judge(row.getValue(), caller.getKey(), answer);
				if (problem != null) {
					wrong.add(row.getKey() + " as " + caller.getKey() + ": " + problem);
				}
			}
		}
		System.out.printf("[authorization matrix] %d endpoints, %d callers, %d calls%n", policy().size(),
		    CALLERS.size(), calls);
		assertThat(wrong).as("calls that broke the policy in " + POLICY).isEmpty();
		EXCHANGES.assertNoPasswordAnswered();
	}

	/** @return the callers the endpoint does not refuse now */
	private static List<String> observed(String endpoint) {
		List<String> allowed = new ArrayList<>();
		for (Map.Entry<String, ApiClient> caller : CALLERS.entrySet()) {
			int status = call(caller.getValue(), endpoint).statusCode();
			if (status != 401 && status != 403) {
				allowed.add(caller.getKey() + (status >= 500 ? " (server error " + status + ")" : ""));
			}
		}
		return allowed;
	}

	/** @return null when the status is what the policy says, else what is wrong */
	private static String judge(Set<String> allowed, String caller, HttpResponse<String> answer) {
		int status = answer.statusCode();
		boolean permitted = allowed.contains("anyone") || !caller.equals(ANONYMOUS) && allowed.contains("signed in")
		        || allowed.contains(caller);
		if (permitted) {
			if (status == 401 || status == 403) {
				return "refused with " + status + " but the policy allows " + allowed;
			}
			return status >= 500 ? "server error " + status : null;
		}
		int expected = caller.equals(ANONYMOUS) ? 401 : 403;
		if (status != expected) {
			return "answered " + status + " but the policy allows only " + allowed + " (expected " + expected + ")";
		}
		String code = caller.equals(ANONYMOUS) ? ErrorCode.NOT_SIGNED_IN.code() : ErrorCode.PRIVILEGE_REQUIRED.code();
		return ApiClient.errorCode(answer).equals(code) ? null : "refused with " + answer.body() + ", not " + code;
	}

	private static HttpResponse<String> call(ApiClient client, String row) {
		String method = row.substring(0, row.indexOf(' '));
		String template = row.substring(row.indexOf(' ') + 1);
		String path = "/ws" + ApiPaths.BASE + concrete(template) + QUERIES.getOrDefault(row, "");
		HttpResponse<String> answer;
		switch (method) {
			case "GET":
				answer = client.get(path);
				break;
			case "POST":
				answer = client.post(path, "{}");
				break;
			case "PUT":
				answer = client.put(path, "{}");
				break;
			case "DELETE":
				answer = client.delete(path);
				break;
			default:
				throw new AssertionError("no call for " + row);
		}
		return answer;
	}

	/** @return the path with each {variable} replaced by a value that names nothing that exists */
	private static String concrete(String template) {
		return template.replaceAll("\\{(uuid|patient|userUuid)}", UNKNOWN_UUID)
		        .replace("{id}", "org.example.no-such-addon").replace("{version}", "9.9.9")
		        .replaceAll("\\{[A-Za-z]+}", "no-such-thing");
	}

	/** @return every endpoint as "METHOD /path" below the API base, a {@code {name:a|b}} variable spelled out */
	private static Set<String> endpoints() {
		Set<String> endpoints = new TreeSet<>();
		RequestMappingHandlerMapping mapping = server.bean(RequestMappingHandlerMapping.class);
		for (RequestMappingInfo info : mapping.getHandlerMethods().keySet()) {
			for (String pattern : info.getPatternValues()) {
				assertThat(pattern).as("an endpoint outside the API").startsWith(ApiPaths.BASE);
				for (String path : spelledOut(pattern.substring(ApiPaths.BASE.length()))) {
					info.getMethodsCondition().getMethods().forEach(m -> endpoints.add(m.name() + " " + path));
				}
			}
		}
		return endpoints;
	}

	private static List<String> spelledOut(String pattern) {
		java.util.regex.Matcher alternatives = java.util.regex.Pattern.compile("\\{[A-Za-z]+:([a-z|]+)}")
		        .matcher(pattern);
		if (!alternatives.find()) {
			return List.of(pattern);
		}
		List<String> paths = new ArrayList<>();
		for (String one : alternatives.group(1).split("\\|")) {
			paths.addAll(spelledOut(pattern.substring(0, alternatives.start()) + one
			        + pattern.substring(alternatives.end())));
		}
		return paths;
	}

	/**
	 * @return the table of docs/authorization.md: "METHOD /path" to who may call it ("anyone", "signed in" or
	 *         privilege names)
	 */
	private static Map<String, Set<String>> policy() throws IOException {
		Map<String, Set<String>> rows = new LinkedHashMap<>();
		for (String line : Files.readAllLines(POLICY, StandardCharsets.UTF_8)) {
			String[] cells = line.split("\\|");
			if (cells.length < 4 || !cells[1].strip().matches("GET|POST|PUT|DELETE")) {
				continue;
			}
			String endpoint = cells[1].strip() + " " + cells[2].strip().replace("`", "");
			Set<String> who = new TreeSet<>();
			for (String one : cells[3].split(",")) {
				who.add(one.strip());
			}
			assertThat(rows.put(endpoint, who)).as("a second row for " + endpoint).isNull();
		}
		return rows;
	}

	private static ApiClient user(ApiClient admin, String username, List<String> roles) {
		Map<String, Object> user = Map.of("username", username, "displayName", username, "password",
		    EXCHANGES.secret(PASSWORD), "roles", roles);
		assertThat(admin.post(API + "/users", json(user)).statusCode()).as("user " + username).isEqualTo(201);
		ApiClient browser = ApiClient.browser(server.port(), EXCHANGES);
		assertThat(browser.signIn(username, PASSWORD).statusCode()).as("sign-in of " + username).isEqualTo(200);
		return browser;
	}

	private static Set<String> difference(Set<String> a, Set<String> b) {
		Set<String> only = new TreeSet<>(a);
		only.removeAll(b);
		return only;
	}

	private static String json(Object value) {
		try {
			return new ObjectMapper().writeValueAsString(value);
		}
		catch (IOException e) {
			throw new AssertionError(e);
		}
	}
}
