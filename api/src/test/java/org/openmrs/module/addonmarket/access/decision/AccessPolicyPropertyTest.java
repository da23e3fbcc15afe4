package org.openmrs.module.addonmarket.access.decision;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.statistics.Statistics;
import org.openmrs.module.addonmarket.Privileges;
import org.openmrs.module.addonmarket.catalog.scope.Scope;
import org.openmrs.module.addonmarket.install.InstallationState;

/**
 * The decision against a deliberately simple reference model written here from the rules in words, on plain
 * strings (no {@code Scope} methods): for any installation state, grant, scopes, call, user, privileges, patients
 * and parameters, the policy permits exactly when the model does, and every permit names the grant and one of its
 * scopes.
 */
public class AccessPolicyPropertyTest {

	private static final Instant NOW = Instant.parse("2026-12-01T12:00:00Z");

	private static final String SYS = "http://loinc.org|8480-6";

	private static final String A1C = "http://loinc.org|4548-4";

	private static final String CHECK_UP = "http://snomed.info/sct|185349003";

	private static final List<String> SCOPES = List.of("patient/Observation.rs", "patient/Observation.rs?code=" + SYS,
	    "user/Observation.rs?code=8480-6", "system/Observation.rs", "user/Patient.r", "patient/Patient.rs",
	    "user/*.rs", "patient/*.c", "system/Notice.c", "user/Notice.c", "patient/Notice.c",
	    "patient/Condition.rs?category=problem-list-item", "user/Encounter.s?type=" + CHECK_UP,
	    "patient/Observation.crs?code=" + SYS + "," + A1C, "system/*.rs?code=" + A1C, "user/Observation.c");

	private static final List<String> TYPES = List.of("Observation", "Observation", "Observation", "Patient",
	    "Encounter", "Condition", "Notice", "Medication");

	/** The call, in the model's terms. */
	record Call(InstallationState state, String grant, List<String> scopes, AccessOperation operation, String type,
	        String user, Set<String> privileges, String contextPatient, String patient,
	        Map<String, List<String>> parameters) {

		AccessRequest request() {
			GrantTerms terms = switch (grant) {
				case "none" -> null;
				case "revoked" -> new GrantTerms("grant-1", true, null, List.of(), List.of());
				case "expired" -> new GrantTerms("grant-1", false, NOW, terms(), List.of());
				default -> new GrantTerms("grant-1", false, NOW.plus(Duration.ofHours(1)), terms(), List.of());
			};
			return AccessRequest.builder(operation, type).standing(state, terms).user(user, privileges)
			        .patients(contextPatient, patient).parameters(parameters).at(NOW).build();
		}

		private List<ScopeTerms> terms() {
			return scopes.stream().map(ScopeTerms::of).toList();
		}
	}

	@Property(tries = 3000, edgeCases = EdgeCasesMode.NONE)
	public void decide_shouldPermitExactlyWhenTheReferenceModelDoes(@ForAll("calls") Call call) {
		AccessDecision decision = AccessPolicy.decide(call.request());
		Statistics.label("reason").collect(decision.reason());

		assertThat(decision.isPermit()).as("%s: %s", call, decision).isEqualTo(Reference.permits(call));
		if (decision.isPermit()) {
			assertThat(decision.grantUuid()).isEqualTo("grant-1");
			assertThat(call.scopes().stream().map(s -> Scope.parse(s).canonical())).contains(decision.scopeText());
		}
	}

	@Property(tries = 500)
	public void decide_shouldDenyEveryCallWhenTheGrantHoldsNoScope(@ForAll("calls") Call call) {
		Call empty = new Call(call.state(), call.grant(), List.of(), call.operation(), call.type(), call.user(),
		        call.privileges(), call.contextPatient(), call.patient(), call.parameters());

		assertThat(AccessPolicy.decide(empty.request()).isPermit()).isFalse();
	}

	@Provide
	Arbitrary<Call> calls() {
		Arbitrary<InstallationState> states = Arbitraries.frequencyOf(Tuple.of(20, Arbitraries.just(
		    InstallationState.ACTIVE)), Tuple.of(3, Arbitraries.of(InstallationState.values()).injectNull(0.2)));
		Arbitrary<String> grants = Arbitraries.frequency(Tuple.of(20, "in-force"), Tuple.of(1, "none"),
		    Tuple.of(1, "expired"), Tuple.of(1, "revoked"));
		Arbitrary<List<String>> scopes = Arbitraries.of(SCOPES).list().ofMinSize(0).ofMaxSize(3);
		Arbitrary<AccessOperation> operations = Arbitraries.of(AccessOperation.READ, AccessOperation.SEARCH,
		    AccessOperation.CREATE);
		Arbitrary<String> users = Arbitraries.of("user-1").injectNull(0.4);
		Arbitrary<Set<String>> privileges = Arbitraries.frequencyOf(Tuple.of(2, Arbitraries.just(
		    Set.copyOf(Privileges.CLINICAL_PRIVILEGES))), Tuple.of(1, Arbitraries.of(Privileges.CLINICAL_PRIVILEGES).set()));
		Arbitrary<List<String>> patients = Arbitraries.of(pairs());
		Arbitrary<Map<String, List<String>>> parameters = parameters();
		return Combinators.combine(states, grants, scopes, operations, Arbitraries.of(TYPES), users, privileges,
		    patients).as((state, grant, granted, operation, type, user, held, pair) -> new Call(state, grant, granted,
		            operation, type, user, held, pair.get(0), pair.get(1), Map.of()))
		        .flatMap(call -> parameters.map(p -> new Call(call.state(), call.grant(), call.scopes(),
		            call.operation(), call.type(), call.user(), call.privileges(), call.contextPatient(),
		            call.patient(), p)));
	}

	private static List<List<String>> pairs() {
		List<List<String>> pairs = new ArrayList<>();
		for (String context : new String[] { null, "p1" }) {
			for (String touched : new String[] { null, "p1", "p2" }) {
				List<String> pair = new ArrayList<>();
				pair.add(context);
				pair.add(touched);
				pairs.add(pair);
			}
		}
		return pairs;
	}

	private static Arbitrary<Map<String, List<String>>> parameters() {
		Arbitrary<List<String>> codes = Arbitraries.of(SYS, A1C, "8480-6").list().ofMaxSize(2);
		Arbitrary<List<String>> categories = Arbitraries.of("problem-list-item", "vital-signs").list().ofMaxSize(1);
		Arbitrary<List<String>> types = Arbitraries.of(CHECK_UP).list().ofMaxSize(1);
		return Combinators.combine(codes, categories, types).as((code, category, type) -> {
			Map<String, List<String>> parameters = new LinkedHashMap<>();
			put(parameters, "code", code);
			put(parameters, "category", category);
			put(parameters, "type", type);
			return parameters;
		});
	}

	private static void put(Map<String, List<String>> parameters, String name, List<String> values) {
		if (!values.isEmpty()) {
			parameters.put(name, values);
		}
	}

	/** The rules in words, on strings. */
	static final class Reference {

		private static final Map<String, String> READ = Map.of("Patient", Privileges.GET_PATIENTS, "Observation",
		    Privileges.GET_OBSERVATIONS, "Encounter", Privileges.GET_ENCOUNTERS, "Condition",
		    Privileges.GET_CONDITIONS);

		private Reference() {
		}

		static boolean permits(Call call) {
			if (call.state() != InstallationState.ACTIVE || !"in-force".equals(call.grant())) {
				return false;
			}
			boolean supported = call.operation() == AccessOperation.CREATE
			        ? Set.of("Observation", "Notice").contains(call.type())
			        : READ.containsKey(call.type());
			return supported && call.scopes().stream().anyMatch(scope -> allows(scope, call));
		}

		private static boolean allows(String scope, Call call) {
			String context = scope.substring(0, scope.indexOf('/'));
			String rest = scope.substring(scope.indexOf('/') + 1);
			String type = rest.substring(0, rest.indexOf('.'));
			String letters = rest.substring(rest.indexOf('.') + 1).split("\\?")[0];
			char letter = call.operation() == AccessOperation.CREATE ? 'c'
			        : call.operation() == AccessOperation.READ ? 'r' : 's';
			return (type.equals("*") || type.equals(call.type())) && letters.indexOf(letter) >= 0
			        && whoMay(context, call) && privileged(context, call)
			        && parametersInside(rest.contains("?") ? rest.substring(rest.indexOf('?') + 1) : "", call);
		}

		private static boolean whoMay(String context, Call call) {
			switch (context) {
				case "system":
					return call.user() == null;
				case "user":
					return call.user() != null && !(call.operation() == AccessOperation.SEARCH && call.patient() == null
					        && !call.type().equals("Patient"));
				default:
					return call.contextPatient() != null
					        && (call.patient() == null || call.patient().equals(call.contextPatient()));
			}
		}

		private static boolean privileged(String context, Call call) {
			if (call.user() == null || context.equals("system") || call.type().equals("Notice")) {
				return true;
			}
			String needed = call.operation() == AccessOperation.CREATE ? Privileges.ADD_OBSERVATIONS
			        : READ.get(call.type());
			return call.privileges().contains(needed);
		}

		private static boolean parametersInside(String query, Call call) {
			if (query.isEmpty() || call.operation() == AccessOperation.READ) {
				return true;
			}
			for (String pair : query.split("&")) {
				String name = pair.split("=")[0];
				Set<String> allowed = new HashSet<>(List.of(pair.split("=")[1].split(",")));
				List<String> values = call.parameters().getOrDefault(name, List.of());
				boolean inside = call.operation() == AccessOperation.SEARCH
				        ? !values.isEmpty() && values.stream().allMatch(v -> allowed.stream().anyMatch(a -> same(a, v)))
				        : values.stream().anyMatch(v -> allowed.stream().anyMatch(a -> same(a, v)));
				if (!inside) {
					return false;
				}
			}
			return true;
		}

		private static boolean same(String allowed, String value) {
			return allowed.equals(value) || !allowed.contains("|") && value.endsWith("|" + allowed);
		}
	}
}
