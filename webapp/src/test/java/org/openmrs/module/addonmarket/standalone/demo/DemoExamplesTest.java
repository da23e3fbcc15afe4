package org.openmrs.module.addonmarket.standalone.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openmrs.module.addonmarket.standalone.ApiClient.API;
import static org.openmrs.module.addonmarket.standalone.ApiClient.json;

import java.net.http.HttpResponse;
import java.util.List;

import org.junit.Test;
import org.openmrs.module.addonmarket.standalone.DemoServerTest;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Demo mode publishes the four example add-ons of examples/, signed with the one key it trusted for the demo
 * publisher, owned by that publisher, whose only member is the demo user {@code publisher}, with the exact bytes
 * {@code addon pack} makes of those folders. (DemoModeTest checks that a restart publishes nothing again.)
 */
public class DemoExamplesTest extends DemoServerTest {

	private static final List<String> IDS = List.of("org.example.bp-crisis-alert", "org.example.cha2ds2-vasc",
	    "org.example.overdue-hba1c", "org.example.referral-sender");

	@Test
	public void start_shouldPublishTheExamplesSignedByTheDemoPublisher() {
		JsonNode addons = json(ok(api("clinician").get(API + "/addons?publisher=" + DemoExamples.PUBLISHER)));

		assertThat(addons.path("results").findValuesAsText("id")).containsExactlyInAnyOrderElementsOf(IDS);
		assertThat(addons.path("results")).allSatisfy(addon -> {
			assertThat(addon.path("signed").asBoolean()).as(addon.toString()).isTrue();
			assertThat(addon.path("publisher").asText()).isEqualTo(DemoExamples.PUBLISHER);
		});
		JsonNode keys = json(ok(api("admin").get(API + "/publishers/" + DemoExamples.PUBLISHER + "/keys")));
		assertThat(keys.path("results")).hasSize(1);
		String fingerprint = keys.path("results").get(0).path("fingerprint").asText();
		for (String id : IDS) {
			JsonNode version = json(ok(api("clinician").get(API + "/addons/" + id + "/versions/"
			        + json(ok(api("clinician").get(API + "/addons/" + id))).path("latestVersion").asText())));
			assertThat(version.path("keyFingerprint").asText()).as(id).isEqualTo(fingerprint);
		}
		String publisherUuid = json(ok(api("publisher").get(API + "/session"))).path("uuid").asText();
		JsonNode publisher = json(ok(api("admin").get(API + "/publishers/" + DemoExamples.PUBLISHER)));
		assertThat(publisher.path("members").toString()).isEqualTo("[\"" + publisherUuid + "\"]");
		assertThat(server.bean(DemoSeeder.class).banner().orElseThrow()).contains("Example add-ons: published "
		        + "org.example.bp-crisis-alert 1.3.0, org.example.cha2ds2-vasc 1.0.0, org.example.overdue-hba1c 1.0.0, "
		        + "org.example.referral-sender 1.0.0, signed by example-health with a key made for this start ("
		        + fingerprint + "; its private half is not kept).");
	}

	@Test
	public void start_shouldPublishTheBytesAddonPackMakesOfEachExampleFolder() {
		for (String folder : ExamplePackages.NAMES) {
			ExamplePackages.Packed packed = ExamplePackages.pack(folder);
			HttpResponse<byte[]> bytes = api("clinician").getBytes(API + "/addons/" + packed.addonId() + "/versions/"
			        + packed.version() + "/package");

			assertThat(bytes.statusCode()).as(folder).isEqualTo(200);
			assertThat(bytes.body()).as(folder).isEqualTo(packed.zip());
		}
	}

	private org.openmrs.module.addonmarket.standalone.ApiClient api(String username) {
		return basic(username, PASSWORD);
	}

	private static HttpResponse<String> ok(HttpResponse<String> response) {
		assertThat(response.statusCode()).as(response.request().uri() + ": " + response.body()).isEqualTo(200);
		return response;
	}
}
