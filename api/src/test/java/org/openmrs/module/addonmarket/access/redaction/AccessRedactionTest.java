package org.openmrs.module.addonmarket.access.redaction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openmrs.module.addonmarket.test.InMemoryClinicalData.ALICE;
import static org.openmrs.module.addonmarket.test.InMemoryClinicalData.BOB;
import static org.openmrs.module.addonmarket.test.InMemoryClinicalData.HIV;
import static org.openmrs.module.addonmarket.test.InMemoryClinicalData.SYSTOLIC;

import java.util.List;
import java.util.Map;

import org.junit.Test;
import org.openmrs.module.addonmarket.access.decision.AccessReason;
import org.openmrs.module.addonmarket.access.decision.ScopeTerms;
import org.openmrs.module.addonmarket.catalog.scope.Scope;
import org.openmrs.module.addonmarket.host.ClinicalQuery;
import org.openmrs.module.addonmarket.test.InMemoryClinicalData;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * What a permitted search releases from what the host answered: only records inside the search and a permitting
 * scope, nothing sensitive without a sensitive scope, each cut to its scope's elements.
 */
public class AccessRedactionTest {

	private final InMemoryClinicalData host = new InMemoryClinicalData();

	@Test
	public void apply_shouldReleaseOnlyTheCodesTheScopeAllowsWhenTheHostOverAnswers() {
		List<ObjectNode> all = observations(ALICE);
		ScopeTerms bp = ScopeTerms.of("patient/Observation.rs?code=" + SYSTOLIC);

		Released released = Redaction.apply(all, criteria(List.of(bp), ALICE, Map.of()));

		assertThat(released.ids()).containsExactly("obs-alice-sys-1", "obs-alice-sys-2");
		assertThat(released.withheldCount()).isEqualTo(all.size() - 2);
		assertThat(released.withheld()).containsOnly(AccessReason.RECORD_OUTSIDE_SCOPE);
	}

	@Test
	public void apply_shouldReleaseOnlyWhatTheSearchAskedForEvenWhenTheScopeAllowsMore() {
		ScopeTerms all = ScopeTerms.of("patient/Observation.rs");

		Released released = Redaction.apply(observations(ALICE),
		    criteria(List.of(all), ALICE, Map.of(Scope.CODE, List.of("8480-6"))));

		assertThat(released.ids()).containsExactly("obs-alice-sys-1", "obs-alice-sys-2");
	}

	@Test
	public void apply_shouldWithholdAnotherPatientsRecordsUnderAPatientScope() {
		ScopeTerms all = ScopeTerms.of("patient/Observation.rs");
		List<ObjectNode> bobs = observations(BOB);

		Released released = Redaction.apply(bobs, new RecordCriteria("Observation", List.of(all), ALICE, null,
		        Map.of(), SensitiveCodes.NONE));

		assertThat(released.records()).isEmpty();
		assertThat(released.withheld()).containsOnly(AccessReason.PATIENT_OUT_OF_CONTEXT);
	}

	@Test
	public void apply_shouldWithholdSensitiveRecordsUnlessTheScopeIsGrantedForThem() {
		List<ObjectNode> conditions = host.search("Condition", new ClinicalQuery(ALICE, null, null, null, 100));
		SensitiveCodes hiv = SensitiveCodes.parse(" " + HIV + " ,, ");
		ScopeTerms plain = ScopeTerms.of("patient/Condition.rs");
		ScopeTerms sensitive = new ScopeTerms(Scope.parse("patient/Condition.rs"), true, List.of());

		Released withheld = Redaction.apply(conditions, new RecordCriteria("Condition", List.of(plain), ALICE, ALICE,
		        Map.of(), hiv));
		Released released = Redaction.apply(conditions, new RecordCriteria("Condition", List.of(plain, sensitive),
		        ALICE, ALICE, Map.of(), hiv));

		assertThat(withheld.ids()).containsExactly("cond-alice-htn");
		assertThat(withheld.withheld()).containsExactly(AccessReason.SENSITIVE_WITHHELD);
		assertThat(released.ids()).containsExactlyInAnyOrder("cond-alice-htn", "cond-alice-hiv");
	}

	@Test
	public void apply_shouldCutEachRecordToTheElementsOfItsScopeKeepingTypeAndId() {
		ObjectNode alice = host.read("Patient", ALICE).orElseThrow();
		ScopeTerms nameOnly = new ScopeTerms(Scope.parse("patient/Patient.r"), false, List.of("name", "birthDate"));

		Released released = Redaction.apply(List.of(alice), new RecordCriteria("Patient", List.of(nameOnly), ALICE,
		        null, Map.of(), SensitiveCodes.NONE));

		ObjectNode cut = released.records().get(0);
		assertThat(cut.fieldNames()).toIterable().containsExactlyInAnyOrder("resourceType", "id", "name",
		    "birthDate");
		assertThat(released.elements()).containsExactly("birthDate", "name");
		assertThat(alice.has("telecom")).as("the host's record is not changed").isTrue();
	}

	@Test
	public void apply_shouldWithholdARecordOfAnotherTypeThanAskedFor() {
		ObjectNode alice = host.read("Patient", ALICE).orElseThrow();

		Released released = Redaction.apply(List.of(alice), criteria(List.of(ScopeTerms.of("user/*.rs")), null,
		    Map.of()));

		assertThat(released.records()).isEmpty();
	}

	private List<ObjectNode> observations(String patient) {
		return host.search("Observation", new ClinicalQuery(patient, null, null, null, 100));
	}

	private static RecordCriteria criteria(List<ScopeTerms> scopes, String patient, Map<String, List<String>> asked) {
		return new RecordCriteria("Observation", scopes, patient, patient, asked, SensitiveCodes.NONE);
	}
}
