package org.openmrs.module.addonmarket.standalone.install;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openmrs.module.addonmarket.standalone.ApiClient.API;
import static org.openmrs.module.addonmarket.standalone.ApiClient.errorCode;
import static org.openmrs.module.addonmarket.standalone.ApiClient.json;

import java.net.http.HttpResponse;
import java.util.UUID;
import java.util.function.Consumer;

import org.junit.Before;
import org.junit.Test;
import org.openmrs.module.addonmarket.catalog.pkg.TestPackages;
import org.openmrs.module.addonmarket.standalone.ApiClient;
import org.openmrs.module.addonmarket.standalone.DemoServerTest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The governance story of installations over real HTTP against the standalone server, on H2, PostgreSQL and
 * MariaDB: install, separation of duties, approval of a subset, a widening upgrade held for approval, rollback,
 * and the kill switch.
 */
public class InstallationHttpTest extends DemoServerTest {

	private static final String BP = "patient/Observation.rs?code=http://loinc.org|8462-4,http://loinc.org|8480-6";

	private final String publisherName = "ward-" + UUID.randomUUID().toString().substring(0, 8);

	private final String addonId = "org.test." + publisherName;

	private ApiClient admin;

	private ApiClient publisher;

	private ApiClient clinician;

	@Before
	public void publishedExample() {
		admin = basic("admin", PASSWORD);
		publisher = basic("publisher", PASSWORD);
		clinician = basic("clinician", PASSWORD);
		String publisherUuid = json(publisher.get(API + "/session")).path("uuid").asText();
		ok(admin.post(API + "/publishers", "{\"name\":\"" + publisherName + "\"}"), 201);
		ok(admin.post(API + "/publishers/" + publisherName + "/members", "{\"userUuid\":\"" + publisherUuid + "\"}"),
		    200);
		publish("1.0.0", m -> {
		});
	}

	@Test
	public void governanceStory_shouldHoldFromInstallToKillSwitch() {
		JsonNode installed = json(ok(clinician.post(API + "/installations", "{\"addonId\":\"" + addonId + "\"}"), 201));
		String uuid = installed.path("uuid").asText();
		assertThat(installed.path("state").asText()).isEqualTo("PENDING_APPROVAL");
		assertThat(installed.path("audience").path("kind").asText()).isEqualTo("user");

		HttpResponse<String> byPublisher = publisherWhoMayGrant().post(API + "/installations/" + uuid + "/grants",
		    approval(BP, "user/Notice.c"));
		assertThat(byPublisher.statusCode()).isEqualTo(403);
		assertThat(errorCode(byPublisher)).isEqualTo("ADDON-0506");
		HttpResponse<String> byClinician = clinician.post(API + "/installations/" + uuid + "/grants",
		    approval(BP, "user/Notice.c"));
		assertThat(byClinician.statusCode()).isEqualTo(403);

		JsonNode approved = json(ok(admin.post(API + "/installations/" + uuid + "/grants",
		    approval(BP, "user/Notice.c")), 201));
		assertThat(approved.path("state").asText()).isEqualTo("ACTIVE");
		assertThat(approved.path("grant").path("scopes")).hasSize(2);
		assertThat(approved.path("grant").path("scopes").get(0).path("description").asText())
		        .startsWith("Read and search");

		publish("1.1.0", m -> m.withArray("/permissions").addObject().put("scope", "patient/Condition.rs")
		        .put("why", "Shows kidney disease"));
		JsonNode diff = json(ok(clinician.get(API + "/installations/" + uuid + "/diff?to=1.1.0"), 200));
		assertThat(diff.path("added").get(0).asText()).isEqualTo("patient/Condition.rs");
		assertThat(diff.path("needsApproval").asBoolean()).isTrue();
		JsonNode held = json(ok(clinician.post(API + "/installations/" + uuid + "/upgrade", "{\"version\":\"1.1.0\"}"),
		    200));
		assertThat(held.path("version").asText()).isEqualTo("1.0.0");
		assertThat(held.path("pendingVersion").asText()).isEqualTo("1.1.0");
		JsonNode queue = json(ok(admin.get(API + "/approvals"), 200));
		assertThat(queue.path("results").findValues("installation")).extracting(i -> i.path("uuid").asText())
		        .contains(uuid);

		JsonNode upgraded = json(ok(admin.post(API + "/installations/" + uuid + "/grants",
		    approval(BP, "user/Notice.c", "patient/Condition.rs")), 201));
		assertThat(upgraded.path("version").asText()).isEqualTo("1.1.0");

		JsonNode rolledBack = json(ok(admin.post(API + "/installations/" + uuid + "/rollback", null), 200));
		assertThat(rolledBack.path("version").asText()).isEqualTo("1.0.0");
		assertThat(rolledBack.path("grant").path("kind").asText()).isEqualTo("ROLLBACK");
		assertThat(rolledBack.path("grant").path("scopes").findValuesAsText("scope")).containsExactly(BP,
		    "user/Notice.c");

		JsonNode forAll = json(ok(admin.post(API + "/installations", "{\"addonId\":\"" + addonId
		        + "\",\"audience\":{\"kind\":\"organisation\"}}"), 201));
		JsonNode suspended = json(ok(admin.post(API + "/addons/" + addonId + "/suspend",
		    "{\"reason\":\"sends data to an unknown host\"}"), 200));
		assertThat(uuids(suspended)).containsExactlyInAnyOrder(uuid, forAll.path("uuid").asText());
		assertThat(json(admin.get(API + "/installations/" + uuid)).path("state").asText()).isEqualTo("SUSPENDED");
		HttpResponse<String> enable = clinician.post(API + "/installations/" + uuid + "/enable", null);
		assertThat(enable.statusCode()).isEqualTo(409);
		assertThat(errorCode(enable)).isEqualTo("ADDON-0501");
	}

	@Test
	public void configuration_shouldRefuseAnInvalidValueWithItsPointerAndKeepHistory() {
		String uuid = json(ok(clinician.post(API + "/installations", "{\"addonId\":\"" + addonId + "\"}"), 201))
		        .path("uuid").asText();

		HttpResponse<String> invalid = clinician.put(API + "/installations/" + uuid + "/configuration",
		    "{\"threshold\": 90}");
		assertThat(invalid.statusCode()).isEqualTo(422);
		assertThat(json(invalid).path("error").path("errors").get(0).path("field").asText()).isEqualTo("/threshold");
		ok(clinician.put(API + "/installations/" + uuid + "/configuration", "{\"threshold\": 170}"), 200);

		JsonNode history = json(ok(clinician.get(API + "/installations/" + uuid + "/configuration/history"), 200));
		assertThat(history.path("total").asInt()).isEqualTo(1);
		assertThat(history.path("results").get(0).path("configuration").path("threshold").asInt()).isEqualTo(170);
	}

	@Test
	public void auditor_shouldSeeEveryGovernanceActVerifyTheChainAndExportIt() {
		String uuid = json(ok(clinician.post(API + "/installations", "{\"addonId\":\"" + addonId + "\"}"), 201))
		        .path("uuid").asText();
		ok(admin.post(API + "/installations/" + uuid + "/grants", approval(BP, "user/Notice.c")), 201);
		ok(admin.post(API + "/installations/" + uuid + "/suspend", "{\"reason\":\"investigating\"}"), 200);
		ApiClient auditor = basic("auditor", PASSWORD);

		JsonNode events = json(ok(auditor.get(API + "/audit/events?kind=governance&installation=" + uuid), 200));
		assertThat(events.path("results").findValuesAsText("operation")).containsExactly("suspend", "grant",
		    "install");
		assertThat(events.path("results").get(0).path("reason").asText()).isEqualTo("investigating");
		assertThat(events.path("results").get(0).path("hash").asText()).hasSize(64);
		JsonNode verify = json(ok(auditor.get(API + "/audit/verify"), 200));
		assertThat(verify.path("valid").asBoolean()).isTrue();
		assertThat(verify.path("checked").asLong()).isGreaterThanOrEqualTo(3);
		HttpResponse<String> csv = ok(auditor.get(API + "/audit/events.csv?installation=" + uuid), 200);
		assertThat(csv.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
		assertThat(csv.body().lines().count()).isEqualTo(4);
		JsonNode bundle = json(ok(auditor.get(API + "/audit/events/fhir?installation=" + uuid), 200));
		assertThat(bundle.path("resourceType").asText()).isEqualTo("Bundle");
		assertThat(bundle.path("entry")).hasSize(3);
		JsonNode inventory = json(ok(admin.get(API + "/inventory"), 200));
		assertThat(inventory.path("results").findValuesAsText("installation")).contains(uuid);
		assertThat(clinician.get(API + "/audit/events").statusCode()).isEqualTo(403);
		assertThat(anonymous().get(API + "/audit/verify").statusCode()).isEqualTo(401);
	}

	@Test
	public void approvals_shouldBeRefusedToAnonymousAndToClinicians() {
		assertThat(anonymous().get(API + "/approvals").statusCode()).isEqualTo(401);
		assertThat(clinician.get(API + "/approvals").statusCode()).isEqualTo(403);
	}

	/** An administrator who also publishes for the add-on's publisher: separation of duties must stop them. */
	private ApiClient publisherWhoMayGrant() {
		String username = "pubadmin" + UUID.randomUUID().toString().substring(0, 6);
		String password = exchanges.secret("long-enough-pw-" + username);
		JsonNode created = json(ok(admin.post(API + "/users", "{\"username\":\"" + username
		        + "\",\"displayName\":\"Publishing admin\",\"password\":\"" + password
		        + "\",\"roles\":[\"Add-on Administrator\"]}"), 201));
		ok(admin.post(API + "/publishers/" + publisherName + "/members", "{\"userUuid\":\""
		        + created.path("uuid").asText() + "\"}"), 200);
		return basic(username, password);
	}

	private void publish(String version, Consumer<ObjectNode> edit) {
		byte[] pkg = TestPackages.example().editManifest(m -> {
			m.put("id", addonId);
			m.put("publisher", publisherName);
			m.put("version", version);
			edit.accept(m);
		}).build();
		ok(publisher.postBytes(API + "/packages", pkg, "application/zip"), 201);
	}

	private static java.util.List<String> uuids(JsonNode list) {
		java.util.List<String> uuids = new java.util.ArrayList<>();
		list.path("results").forEach(item -> uuids.add(item.path("uuid").asText()));
		return uuids;
	}

	private static String approval(String... scopes) {
		StringBuilder list = new StringBuilder();
		for (String scope : scopes) {
			list.append(list.length() == 0 ? "" : ",").append('"').append(scope).append('"');
		}
		return "{\"scopes\":[" + list + "],\"rationale\":\"Needed for blood pressure alerts\"}";
	}

	private static HttpResponse<String> ok(HttpResponse<String> response, int status) {
		assertThat(response.statusCode()).as(response.request().method() + " " + response.request().uri() + ": "
		        + response.body()).isEqualTo(status);
		return response;
	}
}
