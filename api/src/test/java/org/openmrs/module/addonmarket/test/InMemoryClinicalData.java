package org.openmrs.module.addonmarket.test;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import org.openmrs.module.addonmarket.host.ClinicalData;
import org.openmrs.module.addonmarket.host.ClinicalQuery;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A small clinical record for the gateway's tests: three patients, their blood pressures, HbA1c and an HIV viral
 * load, their conditions (hypertension, HIV, diabetes) and encounters, as FHIR R4 JSON.
 * <p>
 * It deliberately over-answers searches: it filters by resource type, patient and name only and ignores
 * {@code code}, {@code category} and {@code type}, so that whatever the gateway releases beyond the search and the
 * scope is the gateway's fault, not hidden by a well-behaved host.
 * <p>
 * A test that needs more patients (the example add-ons' tests) {@link #add adds} them and {@link #removeAdded removes}
 * them afterwards, so that the tests that count records across patients keep seeing the three above.
 */
public class InMemoryClinicalData implements ClinicalData {

	public static final String ALICE = "p-alice";

	public static final String BOB = "p-bob";

	public static final String CAROL = "p-carol";

	public static final String LOINC = "http://loinc.org";

	public static final String SNOMED = "http://snomed.info/sct";

	public static final String SYSTOLIC = LOINC + "|8480-6";

	public static final String DIASTOLIC = LOINC + "|8462-4";

	public static final String HBA1C = LOINC + "|4548-4";

	public static final String HIV_VIRAL_LOAD = LOINC + "|20447-9";

	public static final String HIV = SNOMED + "|86406008";

	private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

	private final List<ObjectNode> records = new CopyOnWriteArrayList<>();

	private final AtomicInteger created = new AtomicInteger();

	private final List<String> added = new CopyOnWriteArrayList<>();

	public InMemoryClinicalData() {
		records.add(patient(ALICE, "Alice", "Kamau", "1961-04-02"));
		records.add(patient(BOB, "Bob", "Otieno", "1975-09-12"));
		records.add(patient(CAROL, "Carol", "Wanjiru", "1990-01-30"));
		records.add(observation("obs-alice-sys-1", ALICE, SYSTOLIC, "182 mm[Hg]", "2026-11-01T08:00:00Z"));
		records.add(observation("obs-alice-sys-2", ALICE, SYSTOLIC, "150 mm[Hg]", "2026-10-01T08:00:00Z"));
		records.add(observation("obs-alice-dia-1", ALICE, DIASTOLIC, "110 mm[Hg]", "2026-11-01T08:00:00Z"));
		records.add(observation("obs-alice-a1c", ALICE, HBA1C, "8.1 %", "2026-09-15T10:00:00Z"));
		records.add(observation("obs-alice-hiv", ALICE, HIV_VIRAL_LOAD, "40 {copies}/mL", "2026-08-20T10:00:00Z"));
		records.add(observation("obs-bob-sys", BOB, SYSTOLIC, "128 mm[Hg]", "2026-11-02T09:00:00Z"));
		records.add(observation("obs-bob-a1c", BOB, HBA1C, "6.2 %", "2026-10-05T09:00:00Z"));
		records.add(condition("cond-alice-htn", ALICE, SNOMED + "|38341003", "2020-03-01"));
		records.add(condition("cond-alice-hiv", ALICE, HIV, "2019-06-01"));
		records.add(condition("cond-bob-dm", BOB, SNOMED + "|44054006", "2021-01-10"));
		records.add(encounter("enc-alice-1", ALICE, SNOMED + "|185349003", "2026-11-01T07:45:00Z"));
		records.add(encounter("enc-bob-1", BOB, SNOMED + "|185349003", "2026-11-02T08:45:00Z"));
	}

	@Override
	public Optional<ObjectNode> read(String resourceType, String id) {
		return records.stream().filter(r -> r.path("resourceType").asText().equals(resourceType))
		        .filter(r -> r.path("id").asText().equals(id)).findFirst().map(ObjectNode::deepCopy);
	}

	@Override
	public List<ObjectNode> search(String resourceType, ClinicalQuery query) {
		List<ObjectNode> found = new ArrayList<>();
		for (ObjectNode record : records) {
			if (record.path("resourceType").asText().equals(resourceType) && ofPatient(record, query.patientId())
			        && named(record, query.values("name"))) {
				found.add(record.deepCopy());
			}
		}
		found.sort(Comparator.comparing((ObjectNode r) -> r.path("effectiveDateTime").asText(
		    r.path("period").path("start").asText(""))).reversed());
		return found.subList(0, Math.min(found.size(), query.count()));
	}

	@Override
	public ObjectNode create(String resourceType, ObjectNode resource) {
		ObjectNode stored = resource.deepCopy();
		stored.put("resourceType", resourceType);
		stored.put("id", "obs-new-" + created.incrementAndGet());
		records.add(stored);
		return stored.deepCopy();
	}

	/**
	 * Adds records until {@link #removeAdded()}.
	 *
	 * @param more FHIR R4 resources, e.g. made with {@link #patient}, {@link #observation}, {@link #condition}
	 */
	public void add(List<ObjectNode> more) {
		for (ObjectNode record : more) {
			records.add(record.deepCopy());
			added.add(record.path("resourceType").asText() + "/" + record.path("id").asText());
		}
	}

	/** Removes what {@link #add} added, and every record made about the added patients since. */
	public void removeAdded() {
		records.removeIf(r -> added.contains(r.path("resourceType").asText() + "/" + r.path("id").asText())
		        || added.contains(r.path("subject").path("reference").asText()));
		added.clear();
	}

	/** @return how many records add-ons created so far */
	public int createdCount() {
		return created.get();
	}

	/** @return every stored record of that patient but the Patient itself (a test checks a write was kept or not) */
	public List<ObjectNode> withSubject(String patientId) {
		return records.stream().filter(r -> r.path("subject").path("reference").asText().equals("Patient/" + patientId))
		        .toList();
	}

	private static boolean ofPatient(ObjectNode record, String patientId) {
		if (patientId == null) {
			return true;
		}
		String reference = "Patient".equals(record.path("resourceType").asText()) ? "Patient/" + record.path("id").asText()
		        : record.path("subject").path("reference").asText();
		return reference.equals("Patient/" + patientId);
	}

	private static boolean named(ObjectNode record, List<String> names) {
		if (names.isEmpty()) {
			return true;
		}
		String text = record.path("name").toString().toLowerCase(Locale.ROOT);
		return names.stream().anyMatch(n -> text.contains(n.toLowerCase(Locale.ROOT)));
	}

	private static ObjectNode patient(String id, String given, String family, String birthDate) {
		return patient(id, given, family, birthDate, "unknown");
	}

	/**
	 * @param gender {@code male}, {@code female}, {@code other} or {@code unknown}
	 * @return a Patient with a name, birth date, gender, identifier {@code MRN-<id>} and a telephone number
	 */
	public static ObjectNode patient(String id, String given, String family, String birthDate, String gender) {
		ObjectNode patient = JSON.objectNode().put("resourceType", "Patient").put("id", id).put("gender", gender)
		        .put("birthDate", birthDate);
		ObjectNode name = patient.putArray("name").addObject().put("family", family);
		name.putArray("given").add(given);
		patient.putArray("identifier").addObject().put("system", "urn:test:mrn").put("value", "MRN-" + id);
		patient.putArray("telecom").addObject().put("system", "phone").put("value", "+254 700 000 000");
		return patient;
	}

	/**
	 * @param token the code, {@code system|code}
	 * @param quantity the value and its unit, e.g. {@code 182 mm[Hg]}
	 * @param when the effective time, ISO 8601
	 * @return a final Observation with a quantity, a category and a performer
	 */
	public static ObjectNode observation(String id, String patient, String token, String quantity, String when) {
		ObjectNode obs = JSON.objectNode().put("resourceType", "Observation").put("id", id).put("status", "final");
		String category = token.equals(HBA1C) || token.equals(HIV_VIRAL_LOAD) ? "laboratory" : "vital-signs";
		obs.putArray("category").addObject().set("coding", coding(
		    "http://terminology.hl7.org/CodeSystem/observation-category|" + category));
		obs.putObject("code").set("coding", coding(token));
		obs.putObject("subject").put("reference", "Patient/" + patient);
		obs.put("effectiveDateTime", when);
		String[] valueAndUnit = quantity.split(" ");
		obs.putObject("valueQuantity").put("value", Double.parseDouble(valueAndUnit[0])).put("unit", valueAndUnit[1]);
		obs.putArray("performer").addObject().put("reference", "Practitioner/pr-1");
		return obs;
	}

	/** @return a Condition of the patient with that code, {@code system|code}, and onset date */
	public static ObjectNode condition(String id, String patient, String token, String onset) {
		ObjectNode condition = JSON.objectNode().put("resourceType", "Condition").put("id", id);
		condition.putObject("code").set("coding", coding(token));
		condition.putObject("subject").put("reference", "Patient/" + patient);
		condition.put("onsetDateTime", onset);
		return condition;
	}

	private static ObjectNode encounter(String id, String patient, String type, String start) {
		ObjectNode encounter = JSON.objectNode().put("resourceType", "Encounter").put("id", id).put("status",
		    "finished");
		encounter.putArray("type").addObject().set("coding", coding(type));
		encounter.putObject("subject").put("reference", "Patient/" + patient);
		encounter.putObject("period").put("start", start);
		return encounter;
	}

	private static ArrayNode coding(String token) {
		int bar = token.indexOf('|');
		ArrayNode coding = JSON.arrayNode();
		coding.addObject().put("system", token.substring(0, bar)).put("code", token.substring(bar + 1));
		return coding;
	}
}
