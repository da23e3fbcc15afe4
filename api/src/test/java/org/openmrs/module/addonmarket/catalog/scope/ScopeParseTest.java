package org.openmrs.module.addonmarket.catalog.scope;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

import org.assertj.core.api.AbstractThrowableAssert;
import org.junit.Test;
import org.openmrs.module.addonmarket.error.AddonMarketException;
import org.openmrs.module.addonmarket.error.ErrorCode;
import org.openmrs.module.addonmarket.error.ErrorKind;

public class ScopeParseTest {

	private static AbstractThrowableAssert<?, ? extends Throwable> assertRefused(String text, ErrorCode code) {
		return assertThatThrownBy(() -> Scope.parse(text)).isInstanceOf(AddonMarketException.class)
		        .satisfies(e -> assertThat(((AddonMarketException) e).getCode()).isEqualTo(code))
		        .satisfies(e -> assertThat(((AddonMarketException) e).getField()).isNull());
	}

	@Test
	public void parse_shouldReadContextResourceAndPermissions() {
		Scope scope = Scope.parse("patient/Observation.rs");

		assertThat(scope.context()).isEqualTo(ScopeContext.PATIENT);
		assertThat(scope.resourceType()).isEqualTo(ResourceType.OBSERVATION);
		assertThat(scope.permissions()).containsExactly(Permission.READ, Permission.SEARCH);
		assertThat(scope.parameters()).isEmpty();
	}

	@Test
	public void parse_shouldReadEveryContextAndResourceType() {
		assertThat(Scope.parse("user/Notice.c").context()).isEqualTo(ScopeContext.USER);
		assertThat(Scope.parse("system/Encounter.r").context()).isEqualTo(ScopeContext.SYSTEM);
		assertThat(Scope.parse("patient/Patient.r").resourceType()).isEqualTo(ResourceType.PATIENT);
		assertThat(Scope.parse("patient/Encounter.r").resourceType()).isEqualTo(ResourceType.ENCOUNTER);
		assertThat(Scope.parse("patient/Condition.r").resourceType()).isEqualTo(ResourceType.CONDITION);
		assertThat(Scope.parse("patient/Notice.r").resourceType()).isEqualTo(ResourceType.NOTICE);
		assertThat(Scope.parse("patient/*.cruds").resourceType()).isEqualTo(ResourceType.ANY);
		assertThat(Scope.parse("patient/*.cruds").permissions()).containsExactly(Permission.values());
	}

	@Test
	public void parse_shouldReadParametersAsSetsOfTokens() {
		Scope scope = Scope.parse(
		    "patient/Observation.rs?code=http://loinc.org|8480-6,http://loinc.org|8462-4&category=vital-signs");

		assertThat(scope.parameters()).containsOnlyKeys("category", "code");
		assertThat(scope.parameters().get("code")).containsExactly("http://loinc.org|8462-4", "http://loinc.org|8480-6");
		assertThat(scope.parameters().get("category")).containsExactly("vital-signs");
	}

	@Test
	public void parse_shouldAcceptEachParameterOnTheResourcesThatTakeIt() {
		assertThat(Scope.parse("patient/Condition.r?code=1&category=2").parameters()).hasSize(2);
		assertThat(Scope.parse("patient/Encounter.r?type=1&category=2").parameters()).hasSize(2);
		assertThat(Scope.parse("patient/*.r?code=1&type=2&category=3").parameters()).hasSize(3);
	}

	@Test
	public void parse_shouldDecodePercentEncodedValues() {
		Scope scope = Scope.parse("patient/Observation.rs?code=http%3A%2F%2Floinc.org%7C8480-6,a%2Cb,x%20y,caf%C3%A9");

		assertThat(scope.parameters().get("code")).containsExactlyInAnyOrder("http://loinc.org|8480-6", "a,b", "x y",
		    "caf\u00e9");
	}

	@Test
	public void canonical_shouldSortDeduplicateAndEncodeOnlyWhatMustBe() {
		Scope scope = Scope.parse("patient/Observation.rs?code=b,a%2Cz,b,x%20y,p%25&category=c%3Dd,e%26f,h%7Ci");

		assertThat(scope.canonical()).isEqualTo("patient/Observation.rs?category=c%3Dd,e%26f,h|i&code=a%2Cz,b,p%25,x%20y");
		assertThat(scope.toString()).isEqualTo(scope.canonical());
	}

	@Test
	public void canonical_shouldRoundTripThroughParse() {
		for (String text : List.of("patient/Observation.rs", "user/Notice.c", "system/*.cruds",
		    "patient/Observation.rs?category=vital-signs&code=http://loinc.org|8462-4,http://loinc.org|8480-6",
		    "user/Encounter.r?type=a%20b", "patient/Condition.s?code=caf\u00e9,x+y?z/w.v")) {
			Scope scope = Scope.parse(text);

			assertThat(scope.canonical()).isEqualTo(text);
			assertThat(Scope.parse(scope.canonical())).isEqualTo(scope);
		}
	}

	@Test
	public void equals_shouldHoldForDifferentSpellingsOfTheSameScope() {
		Scope a = Scope.parse("patient/Observation.rs?code=http://loinc.org|8480-6,http://loinc.org|8462-4&category=x");
		Scope b = Scope.parse(
		    "patient/Observation.rs?category=%78&code=http://loinc.org%7C8462-4,http://loinc.org|8480-6,http://loinc.org|8462-4");

		assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
		assertThat(a.canonical()).isEqualTo(b.canonical());
		assertThat(a).isNotEqualTo(Scope.parse("patient/Observation.rs?code=http://loinc.org|8480-6&category=x"));
	}

	@Test
	public void constructor_shouldBuildTheSameScopeAsParse() {
		Map<String, Set<String>> parameters = new TreeMap<>();
		parameters.put("code", Set.of("http://loinc.org|8480-6"));

		Scope built = new Scope(ScopeContext.PATIENT, ResourceType.OBSERVATION,
		        EnumSet.of(Permission.SEARCH, Permission.READ), toSorted(parameters));

		assertThat(built).isEqualTo(Scope.parse("patient/Observation.rs?code=http://loinc.org|8480-6"));
		assertThat(new Scope(ScopeContext.USER, ResourceType.NOTICE, Set.of(Permission.CREATE)))
		        .isEqualTo(Scope.parse("user/Notice.c"));
	}

	@Test
	public void constructor_shouldRefuseWhatParseRefuses() {
		Map<String, Set<String>> typeOnObservation = new TreeMap<>(Map.of("type", Set.of("x")));
		Map<String, Set<String>> emptyCode = new TreeMap<>(Map.of("code", Set.of()));
		Map<String, Set<String>> badToken = new TreeMap<>(Map.of("code", Set.of("a|b|c")));

		assertThatThrownBy(() -> new Scope(ScopeContext.USER, ResourceType.NOTICE, Set.of()))
		        .extracting(e -> ((AddonMarketException) e).getCode()).isEqualTo(ErrorCode.SCOPE_PERMISSIONS_INVALID);
		assertThatThrownBy(() -> new Scope(ScopeContext.USER, ResourceType.OBSERVATION, Set.of(Permission.READ),
		        toSorted(typeOnObservation))).extracting(e -> ((AddonMarketException) e).getCode())
		        .isEqualTo(ErrorCode.SCOPE_PARAMETER_NOT_ALLOWED);
		assertThatThrownBy(() -> new Scope(ScopeContext.USER, ResourceType.OBSERVATION, Set.of(Permission.READ),
		        toSorted(emptyCode))).extracting(e -> ((AddonMarketException) e).getCode())
		        .isEqualTo(ErrorCode.SCOPE_PARAMETER_EMPTY);
		assertThatThrownBy(() -> new Scope(ScopeContext.USER, ResourceType.OBSERVATION, Set.of(Permission.READ),
		        toSorted(badToken))).extracting(e -> ((AddonMarketException) e).getCode())
		        .isEqualTo(ErrorCode.SCOPE_TOKEN_INVALID);
	}

	@Test
	public void parameters_shouldNotBeModifiable() {
		Scope scope = Scope.parse("patient/Observation.rs?code=a");

		assertThatThrownBy(() -> scope.permissions().add(Permission.CREATE))
		        .isInstanceOf(UnsupportedOperationException.class);
		assertThatThrownBy(() -> scope.parameters().get("code").add("b"))
		        .isInstanceOf(UnsupportedOperationException.class);
	}

	@Test
	public void parse_shouldRefuseMalformedScopesAsSyntax() {
		assertRefused(null, ErrorCode.SCOPE_SYNTAX).hasMessageContaining("scope is empty");
		assertRefused("", ErrorCode.SCOPE_SYNTAX);
		assertRefused("patientObservation.rs", ErrorCode.SCOPE_SYNTAX)
		        .hasMessage("scope \"patientObservation.rs\" has no \"/\" after its context; expected "
		                + "context/Resource.permissions[?name=value&...], e.g. \"patient/Observation.rs\"");
		assertRefused("patient/Observation", ErrorCode.SCOPE_SYNTAX).hasMessageContaining("no \".\"");
		assertRefused("launch/patient", ErrorCode.SCOPE_SYNTAX);
		assertRefused(" patient/Observation.rs", ErrorCode.SCOPE_SYNTAX).hasMessageContaining("space");
		assertRefused("patient/Observation.rs?code=a b", ErrorCode.SCOPE_SYNTAX).hasMessageContaining("%20");
		assertRefused("patient/Observation.rs?", ErrorCode.SCOPE_SYNTAX).hasMessageContaining("nothing after");
		assertRefused("patient/Observation.rs?code=a&&category=b", ErrorCode.SCOPE_SYNTAX)
		        .hasMessageContaining("empty parameter");
		assertRefused("patient/Observation.rs?code=a&", ErrorCode.SCOPE_SYNTAX);
		assertRefused("patient/Observation.rs?code", ErrorCode.SCOPE_SYNTAX)
		        .hasMessageContaining("parameter \"code\" has no \"=\"");
		assertRefused("patient/Observation.rs?=a", ErrorCode.SCOPE_SYNTAX).hasMessageContaining("no name");
		assertRefused("patient/Observation.rs?code=a=b", ErrorCode.SCOPE_SYNTAX).hasMessageContaining("%3D");
	}

	@Test
	public void parse_shouldRefuseAnUnknownContext() {
		assertRefused("practitioner/Observation.rs", ErrorCode.SCOPE_CONTEXT_UNKNOWN)
		        .hasMessage("unknown context \"practitioner\"; expected one of patient, user, system");
		assertRefused("Patient/Observation.rs", ErrorCode.SCOPE_CONTEXT_UNKNOWN);
	}

	@Test
	public void parse_shouldRefuseAnUnknownResourceType() {
		assertRefused("patient/Obsrvation.rs", ErrorCode.SCOPE_RESOURCE_UNKNOWN).hasMessage(
		    "unknown resource type \"Obsrvation\"; expected one of Patient, Observation, Encounter, Condition, Notice, *");
		assertRefused("patient/observation.rs", ErrorCode.SCOPE_RESOURCE_UNKNOWN);
		assertRefused("patient/.rs", ErrorCode.SCOPE_RESOURCE_UNKNOWN);
	}

	@Test
	public void parse_shouldRefusePermissionsOutOfOrder() {
		assertRefused("patient/Observation.sr", ErrorCode.SCOPE_PERMISSIONS_INVALID)
		        .hasMessageContaining("permissions \"sr\" are out of order; write them in the order cruds, as \"rs\"");
	}

	@Test
	public void parse_shouldRefuseRepeatedUnknownOrMissingPermissions() {
		assertRefused("patient/Observation.rr", ErrorCode.SCOPE_PERMISSIONS_INVALID)
		        .hasMessageContaining("permission \"r\" appears twice in \"rr\"");
		assertRefused("patient/Observation.rx", ErrorCode.SCOPE_PERMISSIONS_INVALID)
		        .hasMessageStartingWith("unknown permission \"x\" in \"rx\"").hasMessageContaining("cruds");
		assertRefused("patient/Observation.RS", ErrorCode.SCOPE_PERMISSIONS_INVALID);
		assertRefused("patient/Observation.", ErrorCode.SCOPE_PERMISSIONS_INVALID)
		        .hasMessageContaining("no permissions");
		assertRefused("patient/Observation.?code=a", ErrorCode.SCOPE_PERMISSIONS_INVALID);
	}

	@Test
	public void parse_shouldRefuseSmartV1FormsWithTheirV2Equivalent() {
		assertRefused("patient/Observation.read", ErrorCode.SCOPE_V1_FORM).hasMessage(
		    "SMART v1 scope \"patient/Observation.read\" is not accepted; write it as \"patient/Observation.rs\"");
		assertRefused("user/Notice.write", ErrorCode.SCOPE_V1_FORM)
		        .hasMessage("SMART v1 scope \"user/Notice.write\" is not accepted; write it as \"user/Notice.cud\"");
		assertRefused("system/*.*", ErrorCode.SCOPE_V1_FORM)
		        .hasMessage("SMART v1 scope \"system/*.*\" is not accepted; write it as \"system/*.cruds\"");
		assertRefused("patient/Observation.read?code=a", ErrorCode.SCOPE_V1_FORM)
		        .hasMessageEndingWith("write it as \"patient/Observation.rs?code=a\"");
	}

	@Test
	public void parse_shouldRefuseAnUnknownParameter() {
		assertRefused("patient/Observation.rs?status=final", ErrorCode.SCOPE_PARAMETER_UNKNOWN)
		        .hasMessage("unknown parameter \"status\"; expected one of code, type, category");
	}

	@Test
	public void parse_shouldRefuseAParameterTheResourceDoesNotTake() {
		assertRefused("patient/Observation.rs?type=x", ErrorCode.SCOPE_PARAMETER_NOT_ALLOWED)
		        .hasMessage("parameter \"type\" is not allowed for Observation; Observation takes code, category");
		assertRefused("patient/Encounter.rs?code=x", ErrorCode.SCOPE_PARAMETER_NOT_ALLOWED);
		assertRefused("patient/Condition.rs?type=x", ErrorCode.SCOPE_PARAMETER_NOT_ALLOWED);
		assertRefused("patient/Patient.r?category=x", ErrorCode.SCOPE_PARAMETER_NOT_ALLOWED)
		        .hasMessageEndingWith("Patient takes no parameters");
		assertRefused("user/Notice.c?code=x", ErrorCode.SCOPE_PARAMETER_NOT_ALLOWED);
	}

	@Test
	public void parse_shouldRefuseAParameterNamedTwice() {
		assertRefused("patient/Observation.rs?code=a&code=b", ErrorCode.SCOPE_PARAMETER_DUPLICATE)
		        .hasMessageStartingWith("parameter \"code\" appears twice; expected it once");
	}

	@Test
	public void parse_shouldRefuseAnEmptyValueOrItem() {
		assertRefused("patient/Observation.rs?code=", ErrorCode.SCOPE_PARAMETER_EMPTY)
		        .hasMessageStartingWith("parameter \"code\" has an empty value; expected");
		assertRefused("patient/Observation.rs?code=a,,b", ErrorCode.SCOPE_PARAMETER_EMPTY)
		        .hasMessageContaining("\"a,,b\"");
		assertRefused("patient/Observation.rs?code=a,", ErrorCode.SCOPE_PARAMETER_EMPTY);
	}

	@Test
	public void parse_shouldRefuseAValueThatIsNotAToken() {
		assertRefused("patient/Observation.rs?code=|8480-6", ErrorCode.SCOPE_TOKEN_INVALID)
		        .hasMessageStartingWith("value \"|8480-6\" of parameter \"code\" is neither system|code nor code");
		assertRefused("patient/Observation.rs?code=http://loinc.org|", ErrorCode.SCOPE_TOKEN_INVALID);
		assertRefused("patient/Observation.rs?code=a|b%7Cc", ErrorCode.SCOPE_TOKEN_INVALID);
	}

	@Test
	public void parse_shouldRefuseBrokenPercentEncoding() {
		assertRefused("patient/Observation.rs?code=a%G1", ErrorCode.SCOPE_ENCODING_INVALID)
		        .hasMessageStartingWith("\"%G1\" in \"a%G1\" is not a valid percent-encoding");
		assertRefused("patient/Observation.rs?code=a%7", ErrorCode.SCOPE_ENCODING_INVALID);
		assertRefused("patient/Observation.rs?code=%\u0663A", ErrorCode.SCOPE_ENCODING_INVALID);
		assertRefused("patient/Observation.rs?code=%FF", ErrorCode.SCOPE_ENCODING_INVALID)
		        .hasMessageContaining("not UTF-8");
	}

	@Test
	public void parseWithPointer_shouldNameThePointerAsTheField() {
		assertThatThrownBy(() -> Scope.parse("patient/Obsrvation.rs", "/permissions/0/scope"))
		        .isInstanceOf(AddonMarketException.class).hasMessageStartingWith("unknown resource type \"Obsrvation\"")
		        .satisfies(e -> assertThat(((AddonMarketException) e).getField()).isEqualTo("/permissions/0/scope"))
		        .satisfies(e -> assertThat(((AddonMarketException) e).getCode())
		                .isEqualTo(ErrorCode.SCOPE_RESOURCE_UNKNOWN));
		assertThat(Scope.parse("user/Notice.c", "/permissions/2/scope")).isEqualTo(Scope.parse("user/Notice.c"));
	}

	@Test
	public void errorCodes_shouldBeInvalidKindInTheScopeRange() {
		for (ErrorCode code : ErrorCode.values()) {
			if (code.name().startsWith("SCOPE_")) {
				assertThat(code.code()).matches("ADDON-02[0-4][0-9]");
				assertThat(code.kind()).isEqualTo(ErrorKind.INVALID);
			}
		}
	}

	private static SortedMap<String, SortedSet<String>> toSorted(Map<String, Set<String>> map) {
		SortedMap<String, SortedSet<String>> sorted = new TreeMap<>();
		map.forEach((name, values) -> sorted.put(name, new TreeSet<>(values)));
		return sorted;
	}
}
