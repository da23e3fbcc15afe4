package org.openmrs.module.addonmarket.standalone.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openmrs.module.addonmarket.standalone.ApiClient.API;
import static org.openmrs.module.addonmarket.standalone.ApiClient.errorCode;
import static org.openmrs.module.addonmarket.standalone.ApiClient.json;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.UUID;

import org.junit.Test;
import org.openmrs.module.addonmarket.standalone.ApiClient;
import org.openmrs.module.addonmarket.standalone.DemoServerTest;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Signing in to the standalone server over real HTTP, on H2, PostgreSQL and MariaDB: HTTP Basic for API clients,
 * the form and its session for browsers, and the attacks each defence is for. One demo server per database.
 */
public class SignInTest extends DemoServerTest {

	@Test
	public void basic_shouldSignInAnApiCallWithoutCreatingASession() {
		HttpResponse<String> answer = basic("admin", PASSWORD).get(API + "/session");

		assertThat(answer.statusCode()).isEqualTo(200);
		JsonNode body = json(answer);
		assertThat(body.path("username").asText()).isEqualTo("admin");
		assertThat(body.path("displayName").asText()).isEqualTo("Demo Administrator");
		assertThat(body.path("privileges")).extracting(JsonNode::asText).contains("Manage Add-ons", "Get Patients");
		assertThat(body.has("csrf")).as("no CSRF token for Basic").isFalse();
		assertThat(answer.headers().allValues("Set-Cookie")).as("no session for Basic").isEmpty();
	}

	@Test
	public void basic_shouldRefuseAWrongPasswordWith401AndNoBasicChallenge() {
		HttpResponse<String> answer = basic("auditor", "wrong-password").get(API + "/session");

		assertThat(answer.statusCode()).isEqualTo(401);
		assertThat(errorCode(answer)).isEqualTo("ADDON-0901");
		assertThat(answer.headers().firstValue("WWW-Authenticate")).as("browsers must not prompt").isEmpty();
	}

	@Test
	public void userEnumeration_shouldGetTheSameAnswerForAnUnknownUserAsForAWrongPassword() {
		HttpResponse<String> unknown = basic("nobody-" + UUID.randomUUID(), "wrong-password").get(API + "/session");
		HttpResponse<String> wrongPassword = basic("publisher", "wrong-password").get(API + "/session");

		assertThat(unknown.statusCode()).isEqualTo(wrongPassword.statusCode()).isEqualTo(401);
		assertThat(unknown.body()).isEqualTo(wrongPassword.body());
	}

	@Test
	public void passwordGuessing_shouldLockTheAccountAfterFiveFailuresEvenForTheRightPasswordUntilUnlocked() {
		String username = "lock-" + UUID.randomUUID().toString().substring(0, 8);
		String password = exchanges.secret("right-password-1");
		String uuid = createUser(username, password);
		ApiClient guesser = basic(username, "wrong-password");

		for (int attempt = 1; attempt <= 4; attempt++) {
			assertThat(errorCode(guesser.get(API + "/session"))).as("attempt " + attempt).isEqualTo("ADDON-0901");
		}
		HttpResponse<String> fifth = guesser.get(API + "/session");
		HttpResponse<String> rightPassword = basic(username, password).get(API + "/session");
		HttpResponse<String> unlock = basic("admin", PASSWORD).post(API + "/users/" + uuid + "/unlock", null);
		HttpResponse<String> afterUnlock = basic(username, password).get(API + "/session");

		assertThat(fifth.statusCode()).isEqualTo(401);
		assertThat(errorCode(fifth)).isEqualTo("ADDON-0902");
		assertThat(rightPassword.statusCode()).isEqualTo(401);
		assertThat(errorCode(rightPassword)).isEqualTo("ADDON-0902");
		assertThat(json(rightPassword).path("error").path("message").asText()).contains("locked");
		assertThat(unlock.statusCode()).isEqualTo(200);
		assertThat(json(unlock).path("locked").asBoolean()).isFalse();
		assertThat(afterUnlock.statusCode()).isEqualTo(200);
	}

	@Test
	public void signIn_shouldSetASessionCookieThatIsHttpOnlyAndSameSiteLax() {
		ApiClient browser = browser();

		HttpResponse<String> answer = browser.signIn("clinician", PASSWORD);

		assertThat(answer.statusCode()).isEqualTo(200);
		JsonNode body = json(answer);
		assertThat(body.path("username").asText()).isEqualTo("clinician");
		assertThat(body.path("privileges")).extracting(JsonNode::asText).contains("Use Add-ons")
		        .doesNotContain("Manage Add-ons");
		assertThat(body.path("csrf").path("token").asText()).isNotBlank();
		String cookie = answer.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID="))
		        .findFirst().orElseThrow(() -> new AssertionError("no session cookie"));
		assertThat(cookie).contains("HttpOnly").contains("SameSite=Lax").contains("Path=/");
		assertThat(json(browser.get(API + "/session")).path("username").asText()).isEqualTo("clinician");
	}

	@Test
	public void sessionFixation_shouldGiveTheSessionANewIdOnSignIn() {
		ApiClient browser = browser();
		browser.get(API + "/session");
		String before = browser.sessionId().orElseThrow(() -> new AssertionError("no session before sign-in"));

		browser.signIn("auditor", PASSWORD);
		String after = browser.sessionId().orElseThrow();

		assertThat(after).isNotEqualTo(before);
		assertThat(withSessionCookie(before, API + "/session").statusCode()).as("the planted id is not signed in")
		        .isEqualTo(401);
	}

	@Test
	public void loginCsrf_shouldRefuseSignInWithoutTheToken() {
		ApiClient browser = browser();

		HttpResponse<String> answer = browser.postForm("/login", Map.of("username", "admin", "password", PASSWORD));

		assertThat(answer.statusCode()).isEqualTo(403);
		assertThat(errorCode(answer)).isEqualTo("ADDON-0904");
	}

	@Test
	public void signIn_shouldAnswer401WithTheErrorShapeForAWrongPassword() {
		HttpResponse<String> answer = browser().signIn("publisher", "not-the-password");

		assertThat(answer.statusCode()).isEqualTo(401);
		assertThat(answer.headers().firstValue("Content-Type")).hasValueSatisfying(
		    type -> assertThat(type).startsWith("application/json"));
		assertThat(errorCode(answer)).isEqualTo("ADDON-0901");
	}

	@Test
	public void csrf_shouldRefuseAStateChangeWithTheSessionCookieButWithoutTheToken() {
		ApiClient browser = browser();
		browser.signIn("admin", PASSWORD);
		browser.useCsrfToken(null);

		HttpResponse<String> answer = browser.post(API + "/roles", "{\"name\":\"Csrf Victim\"}");

		assertThat(answer.statusCode()).isEqualTo(403);
		assertThat(errorCode(answer)).isEqualTo("ADDON-0904");
		assertThat(basic("admin", PASSWORD).get(API + "/roles/Csrf%20Victim").statusCode()).isEqualTo(404);
	}

	@Test
	public void csrf_shouldRefuseAWrongToken() {
		ApiClient browser = browser();
		browser.signIn("admin", PASSWORD);
		browser.useCsrfToken(UUID.randomUUID().toString());

		assertThat(browser.post(API + "/roles", "{\"name\":\"Csrf Guess\"}").statusCode()).isEqualTo(403);
	}

	@Test
	public void csrf_shouldAcceptAStateChangeWithTheTokenFromTheSession() {
		ApiClient browser = browser();
		browser.signIn("admin", PASSWORD);
		browser.useCsrfToken(json(browser.get(API + "/session")).path("csrf").path("token").asText());
		String name = "Token Role " + UUID.randomUUID().toString().substring(0, 8);

		HttpResponse<String> answer = browser.post(API + "/roles", "{\"name\":\"" + name + "\"}");

		assertThat(answer.statusCode()).isEqualTo(201);
		assertThat(json(answer).path("name").asText()).isEqualTo(name);
	}

	@Test
	public void csrf_shouldNotApplyToABasicCallOrToAnAnonymousCallWithoutASession() {
		String name = "Basic Role " + UUID.randomUUID().toString().substring(0, 8);

		HttpResponse<String> basicCall = basic("admin", PASSWORD).post(API + "/roles", "{\"name\":\"" + name + "\"}");
		HttpResponse<String> anonymousCall = anonymous().post(API + "/roles", "{\"name\":\"Anonymous Role\"}");

		assertThat(basicCall.statusCode()).isEqualTo(201);
		assertThat(anonymousCall.statusCode()).as("reaches the service, which wants someone signed in")
		        .isEqualTo(401);
		assertThat(errorCode(anonymousCall)).isEqualTo("ADDON-0002");
	}

	@Test
	public void basicWithAWrongPassword_shouldNotRideOnTheSessionOfTheSameUser() {
		ApiClient browser = browser();
		browser.signIn("admin", PASSWORD);
		String session = browser.sessionId().orElseThrow();
		String wrongBasic = "Basic " + Base64.getEncoder().encodeToString("admin:guess".getBytes(StandardCharsets.UTF_8));

		HttpResponse<String> answer = send(HttpRequest.newBuilder(uri(API + "/roles")).header("Cookie",
		    "JSESSIONID=" + session).header("Authorization", wrongBasic).header("Content-Type", "application/json")
		        .POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"Ridden\"}")));

		assertThat(answer.statusCode()).isEqualTo(401);
		assertThat(errorCode(answer)).isEqualTo("ADDON-0901");
	}

	@Test
	public void logout_shouldEndTheSession() {
		ApiClient browser = browser();
		browser.signIn("publisher", PASSWORD);
		String session = browser.sessionId().orElseThrow();

		HttpResponse<String> answer = browser.post("/logout", null);

		assertThat(answer.statusCode()).isEqualTo(204);
		assertThat(browser.get(API + "/session").statusCode()).isEqualTo(401);
		assertThat(withSessionCookie(session, API + "/session").statusCode()).as("the old cookie replayed")
		        .isEqualTo(401);
	}

	@Test
	public void session_shouldAnswer401NotSignedInWithACsrfTokenWhenAnonymous() {
		HttpResponse<String> answer = browser().get(API + "/session");

		assertThat(answer.statusCode()).isEqualTo(401);
		assertThat(errorCode(answer)).isEqualTo("ADDON-0002");
		assertThat(answer.headers().firstValue("X-CSRF-TOKEN")).isPresent();
	}

	@Test
	public void health_shouldStayPublic() {
		HttpResponse<String> answer = anonymous().get(API + "/health");

		assertThat(answer.statusCode()).isEqualTo(200);
		assertThat(json(answer).path("status").asText()).isEqualTo("UP");
	}

	private String createUser(String username, String password) {
		HttpResponse<String> created = basic("admin", PASSWORD).post(API + "/users",
		    "{\"username\":\"" + username + "\",\"password\":\"" + password + "\",\"roles\":[\"Auditor\"]}");
		assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
		return json(created).path("uuid").asText();
	}

	private HttpResponse<String> withSessionCookie(String sessionId, String path) {
		return send(HttpRequest.newBuilder(uri(path)).header("Cookie", "JSESSIONID=" + sessionId).GET());
	}

	private HttpResponse<String> send(HttpRequest.Builder request) {
		try {
			return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException e) {
			throw new AssertionError(e);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new AssertionError(e);
		}
	}

	private URI uri(String path) {
		return URI.create("http://localhost:" + server.port() + path);
	}
}
