package org.openmrs.module.addonmarket.standalone.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openmrs.module.addonmarket.standalone.ApiClient.API;
import static org.openmrs.module.addonmarket.standalone.ApiClient.json;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.Test;
import org.openmrs.module.addonmarket.host.ClinicalData;
import org.openmrs.module.addonmarket.host.ClinicalQuery;
import org.openmrs.module.addonmarket.host.Setting;
import org.openmrs.module.addonmarket.runtime.AddonRuntime;
import org.openmrs.module.addonmarket.runtime.InvocationRequest;
import org.openmrs.module.addonmarket.runtime.InvocationResult;
import org.openmrs.module.addonmarket.standalone.DemoServerTest;
import org.openmrs.module.addonmarket.standalone.StandaloneSettings;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Demo mode publishes the four example add-ons of examples/, signed with the one key it trusted for the demo
 * publisher, owned by that publisher, whose only member is the demo user {@code publisher}, with the exact bytes
 * {@code addon pack} makes of those folders; and two of them installed, approved and run over the synthetic record
 * (the schedule's worklist checked against the record itself). DemoModeTest checks that a restart publishes nothing
 * again.
 */
public class DemoExamplesTest extends DemoServerTest {

	private static final String AF = "http://snomed.info/sct|49436004";

	private static final String DIABETES = "http://snomed.info/sct|44054006";

	private static final String HBA1C = "http://loinc.org|4548-4";

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
			JsonNode latest = json(ok(api("clinician").get(API + "/addons/" + id))).path("latest");
			assertThat(latest.path("version").path("signed").asBoolean()).as(id).isTrue();
			assertThat(latest.path("version").path("keyFingerprint").asText()).as(id).isEqualTo(fingerprint);
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

	@Test
	public void overdueHba1c_shouldPostTheWorklistOfTheSyntheticDiabeticsWhoseHbA1cIsOverdue() {
		String installation = installAndApprove("org.example.overdue-hba1c", "system/");
		// The run reads the whole list; on a machine whose cores are shared by parallel builds 5 s is not enough.
		StandaloneSettings settings = server.bean(StandaloneSettings.class);
		settings.set(Setting.RUNTIME_TIMEOUT_MILLIS.name(), "60000");

		long started = System.nanoTime();
		InvocationResult run;
		try {
			run = server.bean(AddonRuntime.class).invoke(InvocationRequest.schedule(installation, "worklist"));
		}
		finally {
			settings.set(Setting.RUNTIME_TIMEOUT_MILLIS.name(), null);
		}
		long millis = (System.nanoTime() - started) / 1_000_000;

		assertThat(run.succeeded()).as(String.valueOf(run.error())).isTrue();
		Set<String> overdue = overdueDiabetics();
		assertThat(run.result().path("overdue").asInt()).isEqualTo(overdue.size()).isPositive();
		JsonNode notices = json(ok(api("clinician").get(API + "/notices"))).path("results");
		JsonNode worklist = notices.get(0);
		assertThat(worklist.path("installationUuid").asText()).isEqualTo(installation);
		assertThat(worklist.path("severity").asText()).isEqualTo("warning");
		assertThat(worklist.path("text").asText()).startsWith(overdue.size() + " patients with type 2 diabetes had no "
		        + "HbA1c in the last 6 months:\n- ").contains("SYN-1");
		JsonNode events = json(ok(api("auditor").get(API + "/audit/events?installation=" + installation
		        + "&kind=ACCESS&size=500"))).path("results");
		assertThat(events.findValuesAsText("user")).containsOnly("system");
		assertThat(events.findValuesAsText("outcome")).containsOnly("PERMIT");
		System.out.printf("[overdue-hba1c] %s: %d diabetics, %d overdue, %d listed; run %d ms, %d access events, log %s%n",
		    database, run.result().path("diabetics").asInt(), overdue.size(), run.result().path("listed").asInt(),
		    millis, events.size(), run.log());
	}

	@Test
	public void cha2ds2Vasc_shouldScoreASyntheticPatientWithAtrialFibrillationOverHttp() {
		String installation = installAndApprove("org.example.cha2ds2-vasc", "patient/");
		String patient = server.bean(ClinicalData.class).search("Condition", new ClinicalQuery(null, Map.of("code",
		    List.of(AF)), null, null, 1)).get(0).path("subject").path("reference").asText().substring("Patient/".length());

		JsonNode run = json(ok(api("clinician").post(API + "/installations/" + installation
		        + "/actions/score/invocations", "{\"patient\":\"" + patient + "\"}")));

		assertThat(run.path("outcome").asText()).as(run.toString()).isEqualTo("SUCCESS");
		assertThat(run.path("result").path("title").asText()).matches("CHA2DS2-VASc score: [0-9]");
		int points = 0;
		for (JsonNode item : run.path("result").path("items")) {
			points += item.path("points").asInt();
		}
		assertThat(run.path("result").path("title").asText()).endsWith(": " + points);
		System.out.printf("[cha2ds2-vasc] %s: %s in %d ms%n", database, run.path("result").path("title").asText(),
		    run.path("durationMillis").asLong());
	}

	/** Installs the add-on as the clinician, for themselves, and approves every scope it asks for as admin. */
	private String installAndApprove(String addonId, String context) {
		String installation = json(created(api("clinician").post(API + "/installations", "{\"addonId\":\"" + addonId
		        + "\"}"))).path("uuid").asText();
		JsonNode latest = json(ok(api("clinician").get(API + "/addons/" + addonId))).path("latest");
		List<String> scopes = latest.path("permissions").findValuesAsText("scope");
		assertThat(scopes).allMatch(s -> s.startsWith(context));
		StringBuilder grant = new StringBuilder("{\"rationale\":\"demo\",\"scopes\":[");
		for (int i = 0; i < scopes.size(); i++) {
			grant.append(i == 0 ? "" : ",").append('"').append(scopes.get(i)).append('"');
		}
		created(api("admin").post(API + "/installations/" + installation + "/grants", grant.append("]}").toString()));
		return installation;
	}

	/** @return the diabetics without an HbA1c in the last 6 months, found in the host's record directly */
	private Set<String> overdueDiabetics() {
		ClinicalData record = server.bean(ClinicalData.class);
		Instant cutoff = ZonedDateTime.now(ZoneOffset.UTC).minusMonths(6).toInstant();
		Set<String> overdue = new HashSet<>();
		for (ObjectNode condition : record.search("Condition", new ClinicalQuery(null, Map.of("code",
		    List.of(DIABETES)), null, null, 1000))) {
			String patient = condition.path("subject").path("reference").asText().substring("Patient/".length());
			boolean recent = record.search("Observation", new ClinicalQuery(patient, Map.of("code", List.of(HBA1C)),
			    cutoff, null, 1)).size() > 0;
			if (!recent) {
				overdue.add(patient);
			}
		}
		return overdue;
	}

	private org.openmrs.module.addonmarket.standalone.ApiClient api(String username) {
		return basic(username, PASSWORD);
	}

	private static HttpResponse<String> created(HttpResponse<String> response) {
		assertThat(response.statusCode()).as(response.request().uri() + ": " + response.body()).isEqualTo(201);
		return response;
	}

	private static HttpResponse<String> ok(HttpResponse<String> response) {
		assertThat(response.statusCode()).as(response.request().uri() + ": " + response.body()).isEqualTo(200);
		return response;
	}
}
