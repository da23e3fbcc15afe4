package org.openmrs.module.addonmarket.standalone.clinical;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openmrs.module.addonmarket.standalone.ApiClient.API;
import static org.openmrs.module.addonmarket.standalone.ApiClient.errorCode;
import static org.openmrs.module.addonmarket.standalone.ApiClient.json;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import org.junit.Before;
import org.junit.Test;
import org.openmrs.module.addonmarket.host.ClinicalQuery;
import org.openmrs.module.addonmarket.standalone.ApiClient;
import org.openmrs.module.addonmarket.standalone.DemoServerTest;
import org.openmrs.module.addonmarket.standalone.clinical.synthetic.SyntheticPopulation;
import org.openmrs.module.addonmarket.standalone.demo.SyntheticPatients;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The demo's synthetic clinical record over real HTTP on H2, PostgreSQL and MariaDB: what the demo holds, the
 * patient picker, a patient's observations by code and time, and who may see them.
 */
public class ClinicalRecordHttpTest extends DemoServerTest {

	private static final String SYSTOLIC = "http://loinc.org|8480-6";

	private static final String DIASTOLIC = "http://loinc.org|8462-4";

	private ApiClient clinician;

	@Before
	public void signIn() {
		clinician = basic("clinician", PASSWORD);
	}

	@Test
	public void demo_shouldHoldTheThousandGeneratedPatientsExactlyAsGenerated() throws SQLException {
		SyntheticPatients.Generated generated = server.bean(SyntheticPatients.class).generated().orElseThrow();
		ChartDigest expected = new ChartDigest();
		generated.population().writeTo(expected);

		ChartDigest stored = ChartDigest.of(server.bean(DataSource.class));

		assertThat(stored.size()).isEqualTo(expected.size());
		assertThat(stored.hex()).isEqualTo(expected.hex());
		assertThat(generated.counts().patients()).isEqualTo(SyntheticPopulation.DEMO_SIZE);
		assertThat(json(ok(clinician.get(API + "/patients?count=1"))).path("total").asLong()).isEqualTo(1000);
		System.out.printf("[synthetic record] %s: %s, generated and stored in %d ms; demo start to healthy %d ms%n",
		    database, generated.counts(), generated.millis(), demoStartMillis);
	}

	@Test
	public void findPatients_shouldMatchTheStartOfNamesAndTheNumber() {
		JsonNode first = json(ok(clinician.get(API + "/patients?count=5"))).path("results").get(0);
		String[] name = first.path("name").asText().split(" ");
		String identifier = first.path("identifier").asText();

		JsonNode byFamily = json(ok(clinician.get(API + "/patients?count=100&q=" + encode(name[1].substring(0, 3)))));
		JsonNode byBoth = json(ok(clinician.get(API + "/patients?count=100&q=" + encode(name[0] + " " + name[1]))));
		JsonNode byNumber = json(ok(clinician.get(API + "/patients?q=" + encode(identifier.toLowerCase()))));
		JsonNode nobody = json(ok(clinician.get(API + "/patients?q=Zzyzx")));

		assertThat(byFamily.path("results").findValuesAsText("uuid")).contains(first.path("uuid").asText());
		assertThat(byFamily.path("results")).allSatisfy(p -> assertThat(p.path("name").asText().toLowerCase())
		        .containsPattern("\\b" + name[1].substring(0, 3).toLowerCase()));
		assertThat(byBoth.path("results")).allSatisfy(p -> assertThat(p.path("name").asText()).isEqualTo(
		    first.path("name").asText()));
		assertThat(byNumber.path("results")).hasSize(1);
		assertThat(byNumber.path("results").get(0).path("uuid").asText()).isEqualTo(first.path("uuid").asText());
		assertThat(first.fieldNames()).toIterable().containsExactly("uuid", "name", "identifier", "gender",
		    "birthDate");
		assertThat(nobody.path("results")).isEmpty();
		assertThat(nobody.path("total").asLong()).isZero();
	}

	@Test
	public void observations_shouldReturnOnlyTheCodesAskedForNewestFirst() {
		String patient = hypertensivePatient();

		JsonNode systolic = json(ok(clinician.get(observations(patient) + "?code=" + encode(SYSTOLIC))));
		JsonNode pressure = json(ok(clinician.get(observations(patient) + "?code="
		        + encode(SYSTOLIC + "," + DIASTOLIC))));
		JsonNode all = json(ok(clinician.get(observations(patient) + "?count=1000")));

		assertThat(systolic.path("results")).isNotEmpty().allSatisfy(o -> {
			assertThat(code(o)).isEqualTo(SYSTOLIC);
			assertThat(o.path("subject").path("reference").asText()).isEqualTo("Patient/" + patient);
			assertThat(o.path("valueQuantity").path("code").asText()).isEqualTo("mm[Hg]");
		});
		assertThat(effectiveTimes(systolic)).isSortedAccordingTo((a, b) -> b.compareTo(a));
		assertThat(pressure.path("results").size()).isEqualTo(2 * systolic.path("results").size());
		assertThat(pressure.path("results")).extracting(ClinicalRecordHttpTest::code).containsOnly(SYSTOLIC, DIASTOLIC);
		assertThat(all.path("total").asLong()).isGreaterThan(pressure.path("total").asLong());
		assertThat(all.path("results")).extracting(o -> o.path("subject").path("reference").asText())
		        .containsOnly("Patient/" + patient);
	}

	@Test
	public void observations_shouldKeepToTheTimeRangeAndCount() {
		String patient = hypertensivePatient();
		List<Instant> times = effectiveTimes(
		    json(ok(clinician.get(observations(patient) + "?code=" + encode(SYSTOLIC)))));
		Instant from = times.get(times.size() - 1).plusSeconds(1);
		Instant to = times.get(0);

		JsonNode between = json(ok(clinician.get(observations(patient) + "?code=" + encode(SYSTOLIC) + "&from=" + from
		        + "&to=" + to)));
		JsonNode two = json(ok(clinician.get(observations(patient) + "?count=2&code=" + encode(SYSTOLIC))));

		assertThat(effectiveTimes(between)).hasSize(times.size() - 2)
		        .allSatisfy(t -> assertThat(t).isAfterOrEqualTo(from).isBefore(to));
		assertThat(two.path("results")).hasSize(2);
		assertThat(two.path("total").asInt()).isEqualTo(times.size());
		assertThat(effectiveTimes(two)).containsExactly(times.get(0), times.get(1));
	}

	@Test
	public void observations_shouldRefuseParametersItCannotRead() {
		String patient = hypertensivePatient();

		for (String query : List.of("?count=0", "?count=1001", "?count=many", "?from=yesterday", "?colour=red",
		    "?code=" + encode(" "))) {
			HttpResponse<String> answer = clinician.get(observations(patient) + query);
			assertThat(answer.statusCode()).as(query).isEqualTo(400);
			assertThat(errorCode(answer)).as(query).isIn("ADDON-0004", "ADDON-0952");
		}
		HttpResponse<String> unknown = clinician.get(observations("no-such-patient"));
		assertThat(unknown.statusCode()).isEqualTo(404);
		assertThat(errorCode(unknown)).isEqualTo("ADDON-0950");
	}

	@Test
	public void patient_shouldBeTheSummaryThePickerShowsByUuid() {
		JsonNode found = json(ok(clinician.get(API + "/patients?count=1&q=SYN-100042"))).path("results").get(0);

		JsonNode one = json(ok(basic("auditor", PASSWORD).get(API + "/patients/" + found.path("uuid").asText())));
		HttpResponse<String> unknown = clinician.get(API + "/patients/no-such-patient");
		HttpResponse<String> publisher = basic("publisher", PASSWORD)
		        .get(API + "/patients/" + found.path("uuid").asText());

		assertThat(one).isEqualTo(found);
		assertThat(unknown.statusCode()).isEqualTo(404);
		assertThat(errorCode(unknown)).as("PATIENT_NOT_FOUND").isEqualTo("ADDON-0950");
		assertThat(publisher.statusCode()).isEqualTo(403);
	}

	@Test
	public void patients_shouldNeedGetPatientsAndASignedInUser() {
		HttpResponse<String> publisher = basic("publisher", PASSWORD).get(API + "/patients?q=a");
		HttpResponse<String> nobody = anonymous().get(API + "/patients?q=a");

		assertThat(publisher.statusCode()).isEqualTo(403);
		assertThat(errorCode(publisher)).isEqualTo("ADDON-0003");
		assertThat(nobody.statusCode()).isEqualTo(401);
		assertThat(errorCode(nobody)).isEqualTo("ADDON-0002");
	}

	@Test
	public void observations_shouldNeedTheUsersOwnPrivileges() {
		String patient = hypertensivePatient();
		String reading = "{\"code\":\"" + SYSTOLIC + "\",\"value\":120,\"unit\":\"mm[Hg]\"}";
		long stored = json(ok(clinician.get(observations(patient) + "?count=1"))).path("total").asLong();

		assertThat(basic("auditor", PASSWORD).get(observations(patient)).statusCode()).isEqualTo(403);
		assertThat(basic("publisher", PASSWORD).post(observations(patient), reading).statusCode()).isEqualTo(403);
		assertThat(anonymous().get(observations(patient)).statusCode()).isEqualTo(401);
		HttpResponse<String> anonymousWrite = anonymous().post(observations(patient), reading);
		assertThat(anonymousWrite.statusCode()).isEqualTo(401);
		assertThat(errorCode(anonymousWrite)).isEqualTo("ADDON-0002");
		assertThat(json(ok(clinician.get(observations(patient) + "?count=1"))).path("total").asLong())
		        .isEqualTo(stored);
	}

	/** @return the first patient with hypertension, found as the runtime's system work would (nobody signed in) */
	private static String hypertensivePatient() {
		List<ObjectNode> conditions = server.bean(StandaloneClinicalData.class).search("Condition",
		    new ClinicalQuery(null, Map.of("code", List.of("http://snomed.info/sct|38341003")), null, null, 1));
		return conditions.get(0).path("subject").path("reference").asText().substring("Patient/".length());
	}

	static String observations(String patient) {
		return API + "/patients/" + patient + "/observations";
	}

	static String code(JsonNode observation) {
		JsonNode coding = observation.path("code").path("coding").get(0);
		return coding.path("system").asText() + "|" + coding.path("code").asText();
	}

	static List<Instant> effectiveTimes(JsonNode list) {
		List<Instant> times = new ArrayList<>();
		list.path("results").forEach(o -> times.add(Instant.parse(o.path("effectiveDateTime").asText())));
		return times;
	}

	static HttpResponse<String> ok(HttpResponse<String> answer) {
		assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
		return answer;
	}

	static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}
}
