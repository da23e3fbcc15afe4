package org.openmrs.module.addonmarket.standalone.story;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openmrs.module.addonmarket.standalone.ApiClient.API;
import static org.openmrs.module.addonmarket.standalone.ApiClient.json;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.util.Base64;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.Test;
import org.openmrs.module.addonmarket.catalog.pkg.TestPackages;
import org.openmrs.module.addonmarket.catalog.signing.PackageSignature;
import org.openmrs.module.addonmarket.standalone.ApiClient;
import org.openmrs.module.addonmarket.standalone.DemoServerTest;
import org.openmrs.module.addonmarket.test.CatalogFixture;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.hl7.fhir.r4.model.AuditEvent;
import org.hl7.fhir.r4.model.Bundle;

import ca.uhn.fhir.context.FhirContext;

/**
 * The whole story of issue 8 over real HTTP against a demo server, on H2, PostgreSQL and MariaDB, with the demo
 * users: a publisher publishes the hypertensive crisis example signed with a key the administrator trusts; the
 * clinician installs it; the administrator approves part of what it asks for (not the patient's name); the clinician
 * runs its action for a synthetic patient; a crisis blood pressure recorded for that patient triggers it and the
 * clinician sees its notice; the auditor finds every access to that patient's chart (permits, and the denial of the
 * name the grant left out), exports them as CSV and FHIR, and verifies the chain.
 */
public class EndToEndStoryTest extends DemoServerTest {

	private static final String EXAMPLE = "/examples/bp-crisis-alert/";

	private static final String SYSTOLIC = "http://loinc.org|8480-6";

	/** How long a trigger may take on a loaded 2-core machine before the test gives up on its notice. */
	private static final long TRIGGER_WAIT_MILLIS = 60_000;

	private final String publisherName = "story-" + UUID.randomUUID().toString().substring(0, 8);

	private final String addonId = "org.story." + publisherName;

	@Test
	public void story_shouldRunFromPublishingToTheAuditorsVerifiedExport() throws Exception {
		ApiClient admin = basic("admin", PASSWORD);
		ApiClient publisher = basic("publisher", PASSWORD);
		ApiClient clinician = basic("clinician", PASSWORD);
		ApiClient auditor = basic("auditor", PASSWORD);
		KeyPair keys = trustedKeyFor(admin, publisher);

		byte[] pkg = examplePackage();
		String signature = PackageSignature.sign(CatalogFixture.sha256(pkg), keys.getPrivate()).base64();
		JsonNode published = json(ok(publisher.postBytes(API + "/packages", pkg, "application/zip",
		    "X-Addon-Signature", signature), 201));
		assertThat(published.path("version").path("signed").asBoolean()).isTrue();

		JsonNode installed = json(ok(clinician.post(API + "/installations", "{\"addonId\":\"" + addonId + "\"}"), 201));
		String installation = installed.path("uuid").asText();
		assertThat(installed.path("state").asText()).isEqualTo("PENDING_APPROVAL");
		assertThat(publisher.post(API + "/installations/" + installation + "/grants", approval()).statusCode())
		        .as("the publisher may not approve their own add-on").isEqualTo(403);
		JsonNode granted = json(ok(admin.post(API + "/installations/" + installation + "/grants", approval()), 201));
		assertThat(granted.path("state").asText()).isEqualTo("ACTIVE");
		assertThat(granted.path("grant").path("scopes")).hasSize(2);

		String patient = pickPatient(clinician);
		JsonNode run = json(ok(clinician.post(API + "/installations/" + installation + "/actions/trend/invocations",
		    "{\"patient\":\"" + patient + "\"}"), 200));
		assertThat(run.path("outcome").asText()).as(run.toString()).isEqualTo("SUCCESS");
		assertThat(run.path("result").path("title").asText()).isEqualTo("Blood pressure trend");
		assertThat(run.path("result").path("items").size()).isPositive();

		ok(clinician.post(API + "/patients/" + patient + "/observations",
		    "{\"code\":\"" + SYSTOLIC + "\",\"value\":212,\"unit\":\"mm[Hg]\"}"), 201);
		JsonNode notice = awaitNotice(clinician, patient);
		assertThat(notice.path("severity").asText()).isEqualTo("critical");
		assertThat(notice.path("addonId").asText()).isEqualTo(addonId);
		assertThat(basic("publisher", PASSWORD).get(API + "/notices?patient=" + patient).body())
		        .as("a notice for the clinician's installation is not the publisher's").doesNotContain("212 mmHg");

		auditorFindsVerifiesAndExports(auditor, installation, patient);
	}

	private void auditorFindsVerifiesAndExports(ApiClient auditor, String installation, String patient) {
		String filter = "?kind=access&installation=" + installation + "&patient=" + patient;
		JsonNode events = json(ok(auditor.get(API + "/audit/events" + filter), 200));
		List<String> seen = events.path("results").findValuesAsText("outcome");
		assertThat(seen).as(events.toString()).contains("PERMIT", "DENY");
		assertThat(lines(events, "PERMIT")).as(events.toString()).contains("Observation search", "Notice create");
		assertThat(lines(events, "DENY")).as("the name the grant left out").contains("Patient read");
		for (JsonNode event : events.path("results")) {
			assertThat(event.path("patient").asText()).isEqualTo(patient);
			assertThat(event.path("hash").asText()).hasSize(64);
		}
		int total = events.path("total").asInt();

		JsonNode touched = json(ok(auditor.get(API + "/audit/patients/" + patient + "/addons"), 200));
		assertThat(touched.toString()).contains(addonId);

		HttpResponse<String> csv = ok(auditor.get(API + "/audit/events.csv" + filter), 200);
		assertThat(csv.body().lines().count()).as("a header and one line per event").isEqualTo(total + 1L);
		assertThat(csv.body()).contains(patient, "DENY");

		HttpResponse<String> fhir = ok(auditor.get(API + "/audit/events/fhir" + filter), 200);
		Bundle bundle = FhirContext.forR4().newJsonParser().parseResource(Bundle.class, fhir.body());
		assertThat(bundle.getEntry()).hasSize(total);
		assertThat(bundle.getEntry()).allSatisfy(entry -> assertThat(entry.getResource()).isInstanceOf(
		    AuditEvent.class));

		JsonNode verify = json(ok(auditor.get(API + "/audit/verify"), 200));
		assertThat(verify.path("valid").asBoolean()).as(verify.toString()).isTrue();
		assertThat(verify.path("checked").asLong()).isGreaterThanOrEqualTo(total);
	}

	/** @return "resourceType operation" of each access event with this outcome */
	private static List<String> lines(JsonNode events, String outcome) {
		List<String> lines = new ArrayList<>();
		for (JsonNode event : events.path("results")) {
			if (outcome.equals(event.path("outcome").asText())) {
				lines.add(event.path("resourceType").asText() + " " + event.path("operation").asText());
			}
		}
		return lines;
	}

	/** A new publisher organisation the demo publisher belongs to, with a signing key the administrator trusts. */
	private KeyPair trustedKeyFor(ApiClient admin, ApiClient publisher) throws GeneralSecurityException {
		String publisherUuid = json(publisher.get(API + "/session")).path("uuid").asText();
		ok(admin.post(API + "/publishers", "{\"name\":\"" + publisherName + "\",\"displayName\":\"Story unit\"}"),
		    201);
		ok(admin.post(API + "/publishers/" + publisherName + "/members", "{\"userUuid\":\"" + publisherUuid + "\"}"),
		    200);
		KeyPair keys = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
		String pem = "-----BEGIN PUBLIC KEY-----\\n"
		        + Base64.getMimeEncoder().encodeToString(keys.getPublic().getEncoded()) + "\\n-----END PUBLIC KEY-----";
		ok(admin.post(API + "/publishers/" + publisherName + "/keys",
		    "{\"publicKey\":\"" + pem + "\",\"label\":\"story release key\"}"), 201);
		return keys;
	}

	/** The crisis example as it is in examples/, under this story's own id and publisher. */
	private byte[] examplePackage() throws IOException {
		ObjectNode manifest = (ObjectNode) new ObjectMapper().readTree(resource("addon.json"));
		manifest.put("id", addonId).put("publisher", publisherName);
		return TestPackages.builder().file("addon.json", manifest.toString())
		        .file("main.js", resource("main.js")).file("README.md", resource("README.md")).build();
	}

	/** Observation search and Notice create, but not the optional patient name: part of what it asks for. */
	private static String approval() {
		return "{\"scopes\":[\"patient/Observation.rs?code=http://loinc.org|8462-4,http://loinc.org|8480-6\","
		        + "\"patient/Notice.c\"],\"rationale\":\"Crisis alerts on the ward; names not needed\"}";
	}

	/** The clinician finds a synthetic patient by identifier, as the patient picker does. */
	private static String pickPatient(ApiClient clinician) {
		JsonNode found = json(ok(clinician.get(API + "/patients?q=SYN-100042"), 200));
		assertThat(found.path("results")).as(found.toString()).isNotEmpty();
		return found.path("results").get(0).path("uuid").asText();
	}

	private static JsonNode awaitNotice(ApiClient clinician, String patient) throws InterruptedException {
		long deadline = System.currentTimeMillis() + TRIGGER_WAIT_MILLIS;
		while (true) {
			JsonNode notices = json(ok(clinician.get(API + "/notices?patient=" + patient), 200));
			for (JsonNode notice : notices.path("results")) {
				if (notice.path("text").asText().contains("212 mmHg")) {
					return notice;
				}
			}
			assertThat(System.currentTimeMillis()).as("no notice for the crisis reading: " + notices)
			        .isLessThan(deadline);
			Thread.sleep(200);
		}
	}

	private static byte[] resource(String name) {
		try (InputStream in = EndToEndStoryTest.class.getResourceAsStream(EXAMPLE + name)) {
			assertThat(in).as(EXAMPLE + name + " on the class path").isNotNull();
			return in.readAllBytes();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static HttpResponse<String> ok(HttpResponse<String> response, int status) {
		assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
		return response;
	}
}
