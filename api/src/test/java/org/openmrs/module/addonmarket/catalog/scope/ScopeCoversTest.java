package org.openmrs.module.addonmarket.catalog.scope;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.Test;

public class ScopeCoversTest {

	private static boolean covers(String broader, String narrower) {
		return Scope.parse(broader).covers(Scope.parse(narrower));
	}

	private static boolean narrows(String narrower, String broader) {
		return Scope.parse(narrower).narrows(Scope.parse(broader));
	}

	@Test
	public void covers_shouldHoldForTheSameScopeSpelledDifferently() {
		assertThat(covers("patient/Observation.rs?code=a,b", "patient/Observation.rs?code=b,a,b")).isTrue();
	}

	@Test
	public void covers_shouldLetUserCoverPatientButNotTheReverse() {
		assertThat(covers("user/Observation.rs", "patient/Observation.rs")).isTrue();
		assertThat(covers("patient/Observation.rs", "user/Observation.rs")).isFalse();
	}

	@Test
	public void covers_shouldKeepSystemApartFromUserAndPatient() {
		assertThat(covers("system/Observation.rs", "system/Observation.r")).isTrue();
		assertThat(covers("system/Observation.rs", "patient/Observation.rs")).isFalse();
		assertThat(covers("system/Observation.rs", "user/Observation.rs")).isFalse();
		assertThat(covers("user/Observation.rs", "system/Observation.rs")).isFalse();
		assertThat(covers("patient/Observation.rs", "system/Observation.rs")).isFalse();
	}

	@Test
	public void covers_shouldLetTheWildcardResourceCoverEveryResource() {
		for (String resource : List.of("Patient", "Observation", "Encounter", "Condition", "Notice", "*")) {
			assertThat(covers("patient/*.rs", "patient/" + resource + ".r")).as(resource).isTrue();
		}
		assertThat(covers("patient/Observation.rs", "patient/*.rs")).isFalse();
		assertThat(covers("patient/Observation.rs", "patient/Condition.rs")).isFalse();
	}

	@Test
	public void covers_shouldRequireASupersetOfPermissions() {
		assertThat(covers("patient/Observation.cruds", "patient/Observation.cu")).isTrue();
		assertThat(covers("patient/Observation.rs", "patient/Observation.r")).isTrue();
		assertThat(covers("patient/Observation.r", "patient/Observation.rs")).isFalse();
		assertThat(covers("patient/Observation.rs", "patient/Observation.c")).isFalse();
	}

	@Test
	public void covers_shouldRequireRestrictedParametersToBeASubset() {
		assertThat(covers("patient/Observation.rs", "patient/Observation.rs?code=a")).isTrue();
		assertThat(covers("patient/Observation.rs?code=a,b", "patient/Observation.rs?code=a")).isTrue();
		assertThat(covers("patient/Observation.rs?code=a", "patient/Observation.rs?code=a&category=x")).isTrue();
		assertThat(covers("patient/Observation.rs?code=a", "patient/Observation.rs?code=a,b")).isFalse();
		assertThat(covers("patient/Observation.rs?code=a", "patient/Observation.rs")).isFalse();
		assertThat(covers("patient/Observation.rs?code=a", "patient/Observation.rs?category=a")).isFalse();
		assertThat(covers("patient/*.rs?type=a", "patient/Observation.rs")).isFalse();
		assertThat(covers("patient/*.rs?code=a", "patient/Condition.rs?code=a")).isTrue();
	}

	@Test
	public void covers_shouldLetABareCodeCoverThatCodeInAnySystem() {
		assertThat(covers("patient/Observation.rs?code=8480-6", "patient/Observation.rs?code=http://loinc.org|8480-6"))
		        .isTrue();
		assertThat(covers("patient/Observation.rs?code=http://loinc.org|8480-6", "patient/Observation.rs?code=8480-6"))
		        .isFalse();
		assertThat(covers("patient/Observation.rs?code=http://loinc.org|8480-6",
		    "patient/Observation.rs?code=http://snomed.info/sct|8480-6")).isFalse();
	}

	@Test
	public void narrows_shouldHoldOnlyForStrictlyNarrowerScopes() {
		assertThat(narrows("patient/Observation.r", "patient/Observation.rs")).isTrue();
		assertThat(narrows("patient/Observation.rs", "user/Observation.rs")).isTrue();
		assertThat(narrows("patient/Observation.rs?code=a", "patient/*.rs")).isTrue();
		assertThat(narrows("patient/Observation.rs", "patient/Observation.rs")).isFalse();
		assertThat(narrows("patient/Observation.rs?code=a,b", "patient/Observation.rs?code=b,a")).isFalse();
		assertThat(narrows("patient/Observation.rs", "patient/Observation.r")).isFalse();
		assertThat(narrows("patient/Observation.r", "patient/Condition.rs")).isFalse();
	}

	@Test
	public void allows_shouldCheckPermissionAndResourceType() {
		Scope observations = Scope.parse("patient/Observation.rs");
		Scope everything = Scope.parse("user/*.cd");

		assertThat(observations.allows(Permission.READ, "Observation")).isTrue();
		assertThat(observations.allows(Permission.SEARCH, "Observation")).isTrue();
		assertThat(observations.allows(Permission.CREATE, "Observation")).isFalse();
		assertThat(observations.allows(Permission.READ, "Condition")).isFalse();
		assertThat(observations.allows(Permission.READ, null)).isFalse();
		assertThat(everything.allows(Permission.DELETE, "Encounter")).isTrue();
		assertThat(everything.allows(Permission.READ, "Encounter")).isFalse();
	}

	@Test
	public void matchesParameter_shouldPassRecordsOnlyWithAnAllowedValue() {
		Scope scope = Scope.parse("patient/Observation.rs?code=http://loinc.org|8480-6,8462-4");

		assertThat(scope.matchesParameter("code", List.of("http://loinc.org|8480-6"))).isTrue();
		assertThat(scope.matchesParameter("code", List.of("http://other.org|1", "http://loinc.org|8480-6"))).isTrue();
		assertThat(scope.matchesParameter("code", List.of("http://snomed.info/sct|8462-4"))).isTrue();
		assertThat(scope.matchesParameter("code", List.of("8462-4"))).isTrue();
		assertThat(scope.matchesParameter("code", List.of("http://snomed.info/sct|8480-6"))).isFalse();
		assertThat(scope.matchesParameter("code", List.of("8480-6"))).isFalse();
		assertThat(scope.matchesParameter("code", List.of())).isFalse();
		assertThat(scope.matchesParameter("code", null)).isFalse();
	}

	@Test
	public void matchesParameter_shouldPassEveryRecordWhenTheParameterIsNotRestricted() {
		Scope scope = Scope.parse("patient/Observation.rs?code=a");

		assertThat(scope.matchesParameter("category", List.of())).isTrue();
		assertThat(scope.matchesParameter("category", null)).isTrue();
		assertThat(Scope.parse("patient/Observation.rs").matchesParameter("code", List.of("x|y"))).isTrue();
	}
}
