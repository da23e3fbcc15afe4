package org.openmrs.module.addonmarket.runtime.background;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.Test;
import org.junit.runner.RunWith;
import org.junit.runners.Parameterized;
import org.junit.runners.Parameterized.Parameter;
import org.junit.runners.Parameterized.Parameters;
import org.openmrs.module.addonmarket.catalog.manifest.Trigger;
import org.openmrs.module.addonmarket.catalog.manifest.TriggerEvent;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The {@code where} of triggers, as a table: event, where, resource, expected.
 */
@RunWith(Parameterized.class)
public class TriggerFilterTest {

	private static final String SYSTOLIC_OBS = "{\"resourceType\":\"Observation\",\"code\":{\"coding\":["
	        + "{\"system\":\"http://loinc.org\",\"code\":\"8480-6\"},{\"system\":\"http://snomed.info/sct\",\"code\":\"271649006\"}]}}";

	private static final String NO_SYSTEM_OBS = "{\"resourceType\":\"Observation\",\"code\":{\"coding\":[{\"code\":\"8480-6\"}]}}";

	private static final String ENCOUNTER = "{\"resourceType\":\"Encounter\",\"type\":[{\"coding\":["
	        + "{\"system\":\"http://snomed.info/sct\",\"code\":\"185349003\"}]}]}";

	private static final String PATIENT = "{\"resourceType\":\"Patient\",\"id\":\"p1\"}";

	@Parameter(0)
	public String name;

	@Parameter(1)
	public String event;

	@Parameter(2)
	public Map<String, String> where;

	@Parameter(3)
	public String eventType;

	@Parameter(4)
	public String resource;

	@Parameter(5)
	public boolean fires;

	@Parameters(name = "{0}")
	public static List<Object[]> table() {
		String obs = "Observation.created";
		String enc = "Encounter.created";
		return Arrays.asList(new Object[][] {
		        { "no where: every event of its type", obs, where(), obs, SYSTOLIC_OBS, true },
		        { "another event type never", obs, where(), enc, ENCOUNTER, false },
		        { "system|code equal", obs, where("code", "http://loinc.org|8480-6"), obs, SYSTOLIC_OBS, true },
		        { "second coding matches", obs, where("code", "http://snomed.info/sct|271649006"), obs, SYSTOLIC_OBS, true },
		        { "other code", obs, where("code", "http://loinc.org|8462-4"), obs, SYSTOLIC_OBS, false },
		        { "same code, other system", obs, where("code", "http://snomed.info/sct|8480-6"), obs, SYSTOLIC_OBS, false },
		        { "code alone: any system", obs, where("code", "8480-6"), obs, SYSTOLIC_OBS, true },
		        { "system| : any code of it", obs, where("code", "http://loinc.org|"), obs, SYSTOLIC_OBS, true },
		        { "|code : only codings without system", obs, where("code", "|8480-6"), obs, SYSTOLIC_OBS, false },
		        { "|code on a coding without system", obs, where("code", "|8480-6"), obs, NO_SYSTEM_OBS, true },
		        { "list: any of", obs, where("code", "http://loinc.org|8462-4, http://loinc.org|8480-6"), obs, SYSTOLIC_OBS, true },
		        { "list: none of", obs, where("code", "http://loinc.org|8462-4,http://loinc.org|4548-4"), obs, SYSTOLIC_OBS, false },
		        { "resource without code", obs, where("code", "http://loinc.org|8480-6"), obs, PATIENT, false },
		        { "encounter type (a list of concepts)", enc, where("type", "http://snomed.info/sct|185349003"), enc, ENCOUNTER, true },
		        { "encounter other type", enc, where("type", "http://snomed.info/sct|1"), enc, ENCOUNTER, false },
		        { "a key the event does not have never matches", obs, where("code", "http://loinc.org|8480-6", "category", "vital-signs"), obs, SYSTOLIC_OBS, false },
		        { "patient created", "Patient.created", where(), "Patient.created", PATIENT, true } });
	}

	@Test
	public void matches_shouldFollowTheWhereRules() throws Exception {
		JsonNode json = new ObjectMapper().readTree(resource);
		Trigger trigger = new Trigger(TriggerEvent.fromWireName(event).orElseThrow(), where, "handler");

		assertThat(TriggerFilter.matches(trigger, eventType, json)).isEqualTo(fires);
	}

	private static Map<String, String> where(String... pairs) {
		Map<String, String> where = new LinkedHashMap<>();
		for (int i = 0; i < pairs.length; i += 2) {
			where.put(pairs[i], pairs[i + 1]);
		}
		return where;
	}
}
