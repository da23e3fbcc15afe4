package org.openmrs.module.addonmarket.catalog.scope;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.Test;

public class ScopeDescribeTest {

	private static String describe(String scope) {
		return Scope.parse(scope).describe();
	}

	@Test
	public void describe_shouldNamePatientScopesAsThisPatients() {
		assertThat(describe("patient/Observation.rs?code=http://loinc.org|8480-6,http://loinc.org|8462-4"))
		        .isEqualTo("Read and search this patient's Observations with code LOINC 8462-4 or LOINC 8480-6");
	}

	@Test
	public void describe_shouldNameUserScopesAsAnyPatientYouMaySee() {
		assertThat(describe("user/Notice.c")).isEqualTo("Create Notices for any patient you may see");
	}

	@Test
	public void describe_shouldSaySystemScopesRunInTheBackground() {
		assertThat(describe("system/Observation.rs"))
		        .isEqualTo("Read and search all patients' Observations, in the background with no user (system)");
	}

	@Test
	public void describe_shouldJoinPermissionsNaturally() {
		assertThat(describe("patient/Condition.r")).isEqualTo("Read this patient's Conditions");
		assertThat(describe("patient/Condition.cru")).isEqualTo("Create, read and update this patient's Conditions");
		assertThat(describe("patient/*.cruds"))
		        .isEqualTo("Create, read, update, delete and search this patient's records of every type");
		assertThat(describe("patient/Patient.r")).isEqualTo("Read this patient's details (Patient)");
	}

	@Test
	public void describe_shouldNameKnownCodeSystemsAndShowOthersAsTheirUrl() {
		assertThat(describe("user/Condition.rs?code=http://snomed.info/sct|38341003,https://cielterminology.org|117399,"
		        + "http://example.org/codes|x1&category=problem-list-item")).isEqualTo(
		            "Read and search Conditions with category problem-list-item (any code system) and code x1 from "
		                    + "http://example.org/codes, SNOMED CT 38341003 or CIEL 117399 for any patient you may see");
	}
}
