package org.openmrs.module.addonmarket.standalone.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openmrs.module.addonmarket.standalone.ApiClient.API;
import static org.openmrs.module.addonmarket.standalone.ApiClient.json;

import java.net.http.HttpResponse;
import java.util.UUID;
import java.util.function.BiFunction;

import org.openmrs.module.addonmarket.catalog.pkg.TestPackages;
import org.openmrs.module.addonmarket.standalone.ApiClient;
import org.openmrs.module.addonmarket.standalone.demo.DemoAccounts;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The shortest way from a demo server to a run of an add-on's action, over real HTTP with the demo users: a new
 * publisher, an add-on whose action answers a card, installed by the clinician, approved by the administrator, run by
 * the clinician.
 */
public final class ActionStory {

	/** The action: a card made from ctx alone, so it needs no clinical data. */
	static final String SCRIPT = "function trend(ctx) { ctx.log('card for', ctx.patient);\n"
	        + "  return { title: 'Hello from ' + ctx.user.displayName, text: 'patient ' + ctx.patient,\n"
	        + "    items: [1, 2, 3].map(n => n * n), severity: 'info' }; }\n";

	private final BiFunction<String, String, ApiClient> basic;

	/** @param basic an API client signed in with HTTP Basic as this user and password */
	public ActionStory(BiFunction<String, String, ApiClient> basic) {
		this.basic = basic;
	}

	/** @return the answer of running the action {@code trend} for the patient {@code demo-patient} */
	public JsonNode runAction() {
		ApiClient admin = basic.apply("admin", DemoAccounts.PASSWORD);
		ApiClient publisher = basic.apply("publisher", DemoAccounts.PASSWORD);
		ApiClient clinician = basic.apply("clinician", DemoAccounts.PASSWORD);
		String name = "runtime-" + UUID.randomUUID().toString().substring(0, 8);
		String addonId = "org.test." + name;
		String publisherUuid = json(publisher.get(API + "/session")).path("uuid").asText();
		ok(admin.post(API + "/publishers", "{\"name\":\"" + name + "\"}"), 201);
		ok(admin.post(API + "/publishers/" + name + "/members", "{\"userUuid\":\"" + publisherUuid + "\"}"), 200);
		byte[] pkg = TestPackages.example().replace("main.js", SCRIPT).editManifest(m -> {
			m.put("id", addonId);
			m.put("publisher", name);
		}).build();
		ok(publisher.postBytes(API + "/packages", pkg, "application/zip"), 201);
		String uuid = json(ok(clinician.post(API + "/installations", "{\"addonId\":\"" + addonId + "\"}"), 201))
		        .path("uuid").asText();
		ok(admin.post(API + "/installations/" + uuid + "/grants", "{\"scopes\":[\"patient/Observation.rs?code="
		        + "http://loinc.org|8462-4,http://loinc.org|8480-6\",\"user/Notice.c\"],\"rationale\":\"ward use\"}"), 201);
		JsonNode run = json(ok(clinician.post(API + "/installations/" + uuid + "/actions/trend/invocations",
		    "{\"patient\":\"demo-patient\"}"), 200));
		JsonNode runs = json(ok(clinician.get(API + "/invocations?installation=" + uuid), 200));
		assertThat(runs.path("results").get(0).path("invocationId").asText()).isEqualTo(run.path("invocationId")
		        .asText());
		assertThat(runs.path("results").get(0).path("log").get(0).path("text").asText())
		        .isEqualTo("card for demo-patient");
		return run;
	}

	/** Checks the answer is the card the action makes. */
	public static void assertCard(JsonNode run) {
		assertThat(run.path("outcome").asText()).as(run.toString()).isEqualTo("SUCCESS");
		assertThat(run.path("result").toString()).isEqualTo("{\"title\":\"Hello from Demo Clinician\","
		        + "\"text\":\"patient demo-patient\",\"items\":[1,4,9],\"severity\":\"info\"}");
		assertThat(run.path("invocationId").asText()).isNotBlank();
	}

	private static HttpResponse<String> ok(HttpResponse<String> response, int status) {
		assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
		return response;
	}
}
