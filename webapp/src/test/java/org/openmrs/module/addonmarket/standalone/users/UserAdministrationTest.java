package org.openmrs.module.addonmarket.standalone.users;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openmrs.module.addonmarket.standalone.ApiClient.API;
import static org.openmrs.module.addonmarket.standalone.ApiClient.errorCode;
import static org.openmrs.module.addonmarket.standalone.ApiClient.json;

import java.net.http.HttpResponse;
import java.util.UUID;

import org.junit.Test;
import org.openmrs.module.addonmarket.standalone.ApiClient;
import org.openmrs.module.addonmarket.standalone.DemoServerTest;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * An administrator managing users and roles over REST, on H2, PostgreSQL and MariaDB. One demo server per
 * database; each test makes uniquely named users and roles.
 */
public class UserAdministrationTest extends DemoServerTest {

	@Test
	public void createUser_shouldBeRefusedWith403ForAClinician() {
		HttpResponse<String> answer = as("clinician").post(API + "/users", newUser(unique("x"), "long-enough-1"));

		assertThat(answer.statusCode()).isEqualTo(403);
		assertThat(errorCode(answer)).isEqualTo("ADDON-0003");
	}

	@Test
	public void createUser_shouldBeRefusedWith401WhenNobodyIsSignedIn() {
		HttpResponse<String> answer = anonymous().post(API + "/users",
		    newUser(unique("x"), "long-enough-1"));

		assertThat(answer.statusCode()).isEqualTo(401);
		assertThat(errorCode(answer)).isEqualTo("ADDON-0002");
	}

	@Test
	public void createUser_shouldMakeAUserWhoCanSignInWithTheirRolesPrivileges() {
		String username = unique("Nurse");
		String password = exchanges.secret("correct horse battery");

		HttpResponse<String> created = admin().post(API + "/users", "{\"username\":\"" + username
		        + "\",\"displayName\":\"Night Nurse\",\"password\":\"" + password + "\",\"roles\":[\"Clinician\"]}");
		HttpResponse<String> signedIn = browser().signIn(username, password);

		assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
		JsonNode user = json(created);
		assertThat(user.path("username").asText()).as("kept in lower case").isEqualTo(username.toLowerCase());
		assertThat(user.path("displayName").asText()).isEqualTo("Night Nurse");
		assertThat(user.path("roles")).extracting(JsonNode::asText).containsExactly("Clinician");
		assertThat(user.path("enabled").asBoolean()).isTrue();
		assertThat(user.has("password")).isFalse();
		assertThat(signedIn.statusCode()).isEqualTo(200);
		assertThat(json(signedIn).path("privileges")).extracting(JsonNode::asText).contains("Get Patients",
		    "Use Add-ons");
	}

	@Test
	public void createUser_shouldRefuseAShortPasswordWith422NamingTheField() {
		HttpResponse<String> answer = admin().post(API + "/users", newUser(unique("short"), "seven77"));

		assertThat(answer.statusCode()).isEqualTo(422);
		assertThat(errorCode(answer)).isEqualTo("ADDON-0912");
		assertThat(json(answer).path("error").path("field").asText()).isEqualTo("/password");
	}

	@Test
	public void createUser_shouldRefuseATakenUsernameWhateverItsCaseWith409() {
		HttpResponse<String> answer = admin().post(API + "/users", newUser("ADMIN", "long-enough-1"));

		assertThat(answer.statusCode()).isEqualTo(409);
		assertThat(errorCode(answer)).isEqualTo("ADDON-0911");
	}

	@Test
	public void createUser_shouldRefuseAnUnknownRoleWith422() {
		HttpResponse<String> answer = admin().post(API + "/users", "{\"username\":\"" + unique("r")
		        + "\",\"password\":\"" + exchanges.secret("long-enough-1") + "\",\"roles\":[\"Auditor\",\"Pilot\"]}");

		assertThat(answer.statusCode()).isEqualTo(422);
		assertThat(errorCode(answer)).isEqualTo("ADDON-0923");
		assertThat(json(answer).path("error").path("field").asText()).isEqualTo("/roles/1");
	}

	@Test
	public void createUser_shouldRefuseABodyThatIsNotJsonOrHasAnUnknownFieldWith400() {
		HttpResponse<String> notJson = admin().post(API + "/users", "username=x");
		HttpResponse<String> unknownField = admin().post(API + "/users", "{\"username\":\"x\",\"isAdmin\":true}");

		assertThat(notJson.statusCode()).isEqualTo(400);
		assertThat(errorCode(notJson)).isEqualTo("ADDON-0004");
		assertThat(unknownField.statusCode()).isEqualTo(400);
		assertThat(json(unknownField).path("error").path("field").asText()).isEqualTo("/isAdmin");
	}

	@Test
	public void updateUser_shouldChangeRolesWithEffectOnTheUsersNextRequest() {
		String username = unique("promoted");
		String password = exchanges.secret("long-enough-2");
		String uuid = createUser(username, password, "Auditor");
		ApiClient browser = browser();
		browser.signIn(username, password);

		HttpResponse<String> changed = admin().put(API + "/users/" + uuid, "{\"roles\":[\"Add-on Publisher\"]}");

		assertThat(changed.statusCode()).isEqualTo(200);
		assertThat(json(browser.get(API + "/session")).path("privileges")).extracting(JsonNode::asText)
		        .contains("Publish Add-ons").doesNotContain("View Add-on Access Log");
	}

	@Test
	public void updateUser_shouldDisableTheUserAndEndTheirSession() {
		String username = unique("leaver");
		String password = exchanges.secret("long-enough-3");
		String uuid = createUser(username, password, "Clinician");
		ApiClient browser = browser();
		browser.signIn(username, password);

		admin().put(API + "/users/" + uuid, "{\"enabled\":false}");

		assertThat(browser.get(API + "/session").statusCode()).isEqualTo(401);
		HttpResponse<String> basic = basic(username, password).get(API + "/session");
		assertThat(basic.statusCode()).isEqualTo(401);
		assertThat(errorCode(basic)).isEqualTo("ADDON-0903");
	}

	@Test
	public void updateUser_shouldChangeThePassword() {
		String username = unique("renamed");
		String uuid = createUser(username, exchanges.secret("long-enough-4"), "Auditor");
		String newPassword = exchanges.secret("long-enough-5");

		admin().put(API + "/users/" + uuid, "{\"password\":\"" + newPassword + "\"}");

		assertThat(basic(username, "long-enough-4").get(API + "/session")
		        .statusCode()).isEqualTo(401);
		assertThat(basic(username, newPassword).get(API + "/session").statusCode())
		        .isEqualTo(200);
	}

	@Test
	public void unlockUser_shouldAnswer404ForAnUnknownUser() {
		HttpResponse<String> answer = admin().post(API + "/users/" + UUID.randomUUID() + "/unlock", null);

		assertThat(answer.statusCode()).isEqualTo(404);
		assertThat(errorCode(answer)).isEqualTo("ADDON-0913");
	}

	@Test
	public void listUsers_shouldPageThroughUsersWithoutPasswords() {
		HttpResponse<String> answer = admin().get(API + "/users?page=0&size=2");

		assertThat(answer.statusCode()).isEqualTo(200);
		JsonNode body = json(answer);
		assertThat(body.path("results")).hasSize(2);
		assertThat(body.path("size").asInt()).isEqualTo(2);
		assertThat(body.path("total").asLong()).isGreaterThanOrEqualTo(4);
		assertThat(admin().get(API + "/users?size=0").statusCode()).isEqualTo(400);
	}

	@Test
	public void createRole_shouldGrantItsPrivilegesToUsersWhoHoldIt() {
		String role = "Ward Nurse " + UUID.randomUUID().toString().substring(0, 6);
		HttpResponse<String> created = admin().post(API + "/roles", "{\"name\":\"" + role
		        + "\",\"description\":\"Nights\",\"privileges\":[\"Browse Add-ons\",\"Get Observations\"]}");
		String username = unique("ward");
		String password = exchanges.secret("long-enough-6");
		createUser(username, password, role);

		HttpResponse<String> session = basic(username, password)
		        .get(API + "/session");

		assertThat(created.statusCode()).isEqualTo(201);
		assertThat(json(session).path("privileges")).extracting(JsonNode::asText)
		        .containsExactly("Browse Add-ons", "Get Observations");
	}

	@Test
	public void createRole_shouldRefuseATakenNameWith409AndAnUnknownPrivilegeWith422() {
		HttpResponse<String> taken = admin().post(API + "/roles", "{\"name\":\"clinician\"}");
		HttpResponse<String> unknown = admin().post(API + "/roles",
		    "{\"name\":\"" + unique("Pilot") + "\",\"privileges\":[\"Fly Planes\"]}");

		assertThat(taken.statusCode()).isEqualTo(409);
		assertThat(errorCode(taken)).isEqualTo("ADDON-0921");
		assertThat(unknown.statusCode()).isEqualTo(422);
		assertThat(errorCode(unknown)).isEqualTo("ADDON-0924");
		assertThat(json(unknown).path("error").path("field").asText()).isEqualTo("/privileges/0");
	}

	@Test
	public void updateRole_shouldReplaceItsPrivileges() {
		String role = unique("Temp");
		admin().post(API + "/roles", "{\"name\":\"" + role + "\",\"privileges\":[\"Browse Add-ons\"]}");

		HttpResponse<String> changed = admin().put(API + "/roles/" + role,
		    "{\"privileges\":[\"View Add-on Access Log\"]}");

		assertThat(changed.statusCode()).isEqualTo(200);
		assertThat(json(admin().get(API + "/roles/" + role)).path("privileges")).extracting(JsonNode::asText)
		        .containsExactly("View Add-on Access Log");
		assertThat(admin().put(API + "/roles/No-Such-Role", "{}").statusCode()).isEqualTo(404);
	}

	private String createUser(String username, String password, String role) {
		HttpResponse<String> created = admin().post(API + "/users", "{\"username\":\"" + username
		        + "\",\"password\":\"" + password + "\",\"roles\":[\"" + role + "\"]}");
		assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
		return json(created).path("uuid").asText();
	}

	private String newUser(String username, String password) {
		return "{\"username\":\"" + username + "\",\"password\":\"" + exchanges.secret(password) + "\"}";
	}

	private static String unique(String prefix) {
		return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
	}

	private ApiClient admin() {
		return as("admin");
	}

	private ApiClient as(String demoUser) {
		return basic(demoUser, PASSWORD);
	}
}
