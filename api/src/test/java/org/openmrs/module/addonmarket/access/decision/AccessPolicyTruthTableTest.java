package org.openmrs.module.addonmarket.access.decision;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.junit.Test;
import org.junit.runner.RunWith;
import org.junit.runners.Parameterized;
import org.junit.runners.Parameterized.Parameter;
import org.junit.runners.Parameterized.Parameters;
import org.openmrs.module.addonmarket.Privileges;
import org.openmrs.module.addonmarket.install.InstallationState;

/**
 * The decision as a truth table: installation state × grant (none, in force, expired, revoked) × the scope's
 * context × user behind the call or not × the invocation's patient against the patient touched × the user's
 * privileges × resource type × operation × parameters. One row, one call, one expected reason.
 * <p>
 * Columns: state (or MISSING), grant, granted scopes (separated by {@code ;}), user behind the call, invocation
 * patient, patient touched, user's privileges ({@code all}, {@code none} or one of {@code pat obs enc cond addobs}),
 * operation, resource type (the URL for egress), parameters ({@code name=v1,v2}), expected reason. {@code SYS},
 * {@code DIA} and {@code A1C} stand for the LOINC codes of systolic and diastolic blood pressure and HbA1c.
 */
@RunWith(Parameterized.class)
public class AccessPolicyTruthTableTest {

	private static final String[] TABLE = {
	        // Standing: the installation must be ACTIVE and its newest grant in force, whatever the scopes say.
	        "MISSING          NONE      patient/Observation.rs   yes p1 p1 all  search Observation -  INSTALLATION_NOT_FOUND",
	        "ACTIVE           NONE      patient/Observation.rs   yes p1 p1 all  search Observation -  NO_GRANT",
	        "ACTIVE           REVOKED   patient/Observation.rs   yes p1 p1 all  search Observation -  GRANT_REVOKED",
	        "ACTIVE           EXPIRED   patient/Observation.rs   yes p1 p1 all  search Observation -  GRANT_EXPIRED",
	        "ACTIVE           EXPIRED   system/Observation.rs    no  -  -  none search Observation -  GRANT_EXPIRED",
	        "SUSPENDED        IN_FORCE  patient/Observation.rs   yes p1 p1 all  search Observation -  INSTALLATION_NOT_ACTIVE",
	        "SUSPENDED        EXPIRED   patient/Observation.rs   yes p1 p1 all  search Observation -  INSTALLATION_NOT_ACTIVE",
	        "PENDING_APPROVAL IN_FORCE  patient/Observation.rs   yes p1 p1 all  read   Observation -  INSTALLATION_NOT_ACTIVE",
	        "PENDING_APPROVAL NONE      patient/Observation.rs   yes p1 p1 all  read   Observation -  INSTALLATION_NOT_ACTIVE",
	        "DISABLED         IN_FORCE  patient/Observation.rs   no  p1 p1 none read   Observation -  INSTALLATION_NOT_ACTIVE",
	        "DENIED           NONE      patient/Observation.rs   yes p1 p1 all  read   Observation -  INSTALLATION_NOT_ACTIVE",
	        "UNINSTALLED      REVOKED   patient/Observation.rs   yes p1 p1 all  read   Observation -  INSTALLATION_NOT_ACTIVE",
	        "ACTIVE           IN_FORCE  patient/Observation.rs   yes p1 p1 all  search Observation -  COVERED",
	        // patient/: only the invocation's patient; with or without a user (an action or a trigger).
	        "ACTIVE           IN_FORCE  patient/Observation.rs   yes p1 p2 all  search Observation -  PATIENT_OUT_OF_CONTEXT",
	        "ACTIVE           IN_FORCE  patient/Observation.rs   no  p1 p2 none search Observation -  PATIENT_OUT_OF_CONTEXT",
	        "ACTIVE           IN_FORCE  patient/Observation.rs   no  p1 p1 none search Observation -  COVERED",
	        "ACTIVE           IN_FORCE  patient/Observation.rs   yes -  -  all  search Observation -  PATIENT_REQUIRED",
	        "ACTIVE           IN_FORCE  patient/Observation.rs   yes -  p2 all  search Observation -  PATIENT_REQUIRED",
	        "ACTIVE           IN_FORCE  patient/Observation.rs   no  -  -  none read   Observation -  PATIENT_REQUIRED",
	        "ACTIVE           IN_FORCE  patient/Observation.rs   yes p1 -  all  read   Observation -  COVERED",
	        "ACTIVE           IN_FORCE  patient/Patient.r        yes p1 -  all  read   Patient     -  COVERED",
	        "ACTIVE           IN_FORCE  patient/Patient.r        yes p1 -  obs  read   Patient     -  USER_LACKS_PRIVILEGE",
	        // user/: any patient the user may see, only with a user behind the call, one patient per search.
	        "ACTIVE           IN_FORCE  user/Observation.rs      yes -  p2 all  search Observation -  COVERED",
	        "ACTIVE           IN_FORCE  user/Observation.rs      yes p1 p2 all  search Observation -  COVERED",
	        "ACTIVE           IN_FORCE  user/Observation.rs      no  p1 p1 all  search Observation -  USER_SCOPE_NEEDS_USER",
	        "ACTIVE           IN_FORCE  user/Observation.rs      no  -  -  none read   Observation -  USER_SCOPE_NEEDS_USER",
	        "ACTIVE           IN_FORCE  user/Observation.rs      yes -  -  all  search Observation -  PATIENT_REQUIRED",
	        "ACTIVE           IN_FORCE  user/Observation.rs      yes -  -  all  read   Observation -  COVERED",
	        "ACTIVE           IN_FORCE  user/Patient.rs          yes -  -  pat  search Patient     -  COVERED",
	        "ACTIVE           IN_FORCE  user/Patient.rs          yes -  -  obs  search Patient     -  USER_LACKS_PRIVILEGE",
	        // system/: background runs only, any patient or none.
	        "ACTIVE           IN_FORCE  system/Observation.rs    yes -  -  all  search Observation -  SYSTEM_SCOPE_NEEDS_NO_USER",
	        "ACTIVE           IN_FORCE  system/Observation.rs    yes p1 p1 all  read   Observation -  SYSTEM_SCOPE_NEEDS_NO_USER",
	        "ACTIVE           IN_FORCE  system/Observation.rs    no  -  -  none search Observation -  COVERED",
	        "ACTIVE           IN_FORCE  system/Observation.rs    no  p1 p2 none search Observation -  COVERED",
	        "ACTIVE           IN_FORCE  system/Observation.rs    no  -  -  none read   Observation -  COVERED",
	        "ACTIVE           IN_FORCE  system/Notice.c          no  -  -  none create Notice      -  COVERED",
	        "ACTIVE           IN_FORCE  system/Notice.c          yes -  -  all  create Notice      -  SYSTEM_SCOPE_NEEDS_NO_USER",
	        // The user's OpenMRS privilege, per resource type and operation; notices need none.
	        "ACTIVE           IN_FORCE  patient/Observation.rs   yes p1 p1 none search Observation -  USER_LACKS_PRIVILEGE",
	        "ACTIVE           IN_FORCE  patient/Observation.rs   yes p1 p1 pat  search Observation -  USER_LACKS_PRIVILEGE",
	        "ACTIVE           IN_FORCE  patient/Observation.rs   yes p1 p1 obs  read   Observation -  COVERED",
	        "ACTIVE           IN_FORCE  user/Encounter.rs        yes -  p1 obs  search Encounter   -  USER_LACKS_PRIVILEGE",
	        "ACTIVE           IN_FORCE  user/Encounter.rs        yes -  p1 enc  search Encounter   -  COVERED",
	        "ACTIVE           IN_FORCE  user/Condition.rs        yes -  p1 obs  search Condition   -  USER_LACKS_PRIVILEGE",
	        "ACTIVE           IN_FORCE  user/Condition.rs        yes -  p1 cond search Condition   -  COVERED",
	        "ACTIVE           IN_FORCE  patient/Observation.c    yes p1 p1 obs  create Observation -  USER_LACKS_PRIVILEGE",
	        "ACTIVE           IN_FORCE  patient/Observation.c    yes p1 p1 addobs create Observation - COVERED",
	        "ACTIVE           IN_FORCE  patient/Observation.c    no  p1 p1 none create Observation -  COVERED",
	        "ACTIVE           IN_FORCE  patient/Observation.c    yes p1 p2 addobs create Observation - PATIENT_OUT_OF_CONTEXT",
	        "ACTIVE           IN_FORCE  user/Notice.c            yes -  -  none create Notice      -  COVERED",
	        "ACTIVE           IN_FORCE  user/Notice.c            no  p1 p1 none create Notice      -  USER_SCOPE_NEEDS_USER",
	        "ACTIVE           IN_FORCE  patient/Notice.c         yes p1 p2 none create Notice      -  PATIENT_OUT_OF_CONTEXT",
	        "ACTIVE           IN_FORCE  patient/Notice.c         yes p1 -  none create Notice      -  COVERED",
	        // Resource type and permission.
	        "ACTIVE           IN_FORCE  patient/Observation.rs   yes p1 p1 all  read   Condition   -  NO_COVERING_SCOPE",
	        "ACTIVE           IN_FORCE  patient/Observation.r    yes p1 p1 all  search Observation -  NO_COVERING_SCOPE",
	        "ACTIVE           IN_FORCE  patient/Observation.s    yes p1 -  all  read   Observation -  NO_COVERING_SCOPE",
	        "ACTIVE           IN_FORCE  patient/Observation.rs   yes p1 p1 all  create Observation -  NO_COVERING_SCOPE",
	        "ACTIVE           IN_FORCE  patient/*.rs             yes p1 -  all  read   Condition   -  COVERED",
	        "ACTIVE           IN_FORCE  patient/*.cruds          yes p1 p1 all  create Patient     -  OPERATION_NOT_SUPPORTED",
	        "ACTIVE           IN_FORCE  user/Notice.c            yes -  -  all  read   Notice      -  OPERATION_NOT_SUPPORTED",
	        "ACTIVE           IN_FORCE  user/*.rs                yes -  p1 all  search Medication  -  OPERATION_NOT_SUPPORTED",
	        "ACTIVE           IN_FORCE  -                        yes p1 p1 all  search Observation -  NO_COVERING_SCOPE",
	        // Parameters: a search stays inside the restriction; a new record carries an allowed code.
	        "ACTIVE           IN_FORCE  patient/Observation.rs?code=SYS  yes p1 p1 all search Observation code=SYS  COVERED",
	        "ACTIVE           IN_FORCE  patient/Observation.rs?code=SYS  yes p1 p1 all search Observation code=A1C  PARAMETER_OUTSIDE_SCOPE",
	        "ACTIVE           IN_FORCE  patient/Observation.rs?code=SYS  yes p1 p1 all search Observation -         PARAMETER_OUTSIDE_SCOPE",
	        "ACTIVE           IN_FORCE  patient/Observation.rs?code=SYS  yes p1 p1 all search Observation code=SYS,A1C PARAMETER_OUTSIDE_SCOPE",
	        "ACTIVE           IN_FORCE  patient/Observation.rs?code=SYS,DIA yes p1 p1 all search Observation code=DIA,SYS COVERED",
	        "ACTIVE           IN_FORCE  patient/Observation.rs?code=8480-6 yes p1 p1 all search Observation code=SYS COVERED",
	        "ACTIVE           IN_FORCE  patient/Observation.rs?code=SYS  yes p1 p1 all search Observation code=8480-6 PARAMETER_OUTSIDE_SCOPE",
	        "ACTIVE           IN_FORCE  patient/Observation.rs?code=SYS  yes p1 p1 all search Observation category=vital-signs PARAMETER_OUTSIDE_SCOPE",
	        "ACTIVE           IN_FORCE  patient/Observation.rs?code=SYS  yes p1 -  all read   Observation -         COVERED",
	        "ACTIVE           IN_FORCE  patient/Observation.c?code=SYS   yes p1 p1 all create Observation code=SYS COVERED",
	        "ACTIVE           IN_FORCE  patient/Observation.c?code=SYS   yes p1 p1 all create Observation code=A1C PARAMETER_OUTSIDE_SCOPE",
	        "ACTIVE           IN_FORCE  patient/Observation.c?code=SYS   yes p1 p1 all create Observation code=A1C,SYS COVERED",
	        // Several scopes: any one that covers permits; otherwise the one that came closest names the reason.
	        "ACTIVE           IN_FORCE  patient/Observation.rs?code=SYS;patient/Observation.rs?code=A1C yes p1 p1 all search Observation code=A1C COVERED",
	        "ACTIVE           IN_FORCE  patient/Observation.rs;system/Observation.rs yes p1 p2 all search Observation - PATIENT_OUT_OF_CONTEXT",
	        "ACTIVE           IN_FORCE  patient/Observation.rs;user/Observation.rs   yes p1 p2 all search Observation - COVERED",
	        "ACTIVE           IN_FORCE  patient/Condition.rs;user/Observation.rs    yes p1 p2 cond search Observation - USER_LACKS_PRIVILEGE",
	        "ACTIVE           IN_FORCE  patient/Observation.rs?code=SYS;user/Observation.rs?code=SYS yes p1 p2 all search Observation code=A1C PARAMETER_OUTSIDE_SCOPE",
	        "ACTIVE           IN_FORCE  patient/Observation.rs?code=SYS;system/Observation.s?code=A1C yes p1 - all search Observation code=A1C SYSTEM_SCOPE_NEEDS_NO_USER",
	        // Egress: an approved destination at a path boundary; the standing rules apply first.
	        "ACTIVE           IN_FORCE  -   no  -  -  none egress https://api.example.org/risk -  EGRESS_APPROVED",
	        "ACTIVE           IN_FORCE  -   yes p1 -  none egress https://api.example.org/      -  EGRESS_APPROVED",
	        "ACTIVE           IN_FORCE  -   no  -  -  none egress https://api.example.org.evil.test/ - EGRESS_NOT_APPROVED",
	        "ACTIVE           IN_FORCE  -   no  -  -  none egress http://api.example.org/risk  -  EGRESS_NOT_APPROVED",
	        "SUSPENDED        IN_FORCE  -   no  -  -  none egress https://api.example.org/risk -  INSTALLATION_NOT_ACTIVE",
	        "ACTIVE           EXPIRED   -   no  -  -  none egress https://api.example.org/risk -  GRANT_EXPIRED",
	        "ACTIVE           REVOKED   -   no  -  -  none egress https://api.example.org/risk -  GRANT_REVOKED", };

	private static final Instant NOW = Instant.parse("2026-12-01T12:00:00Z");

	private static final Map<String, String> CODES = Map.of("SYS", "http://loinc.org|8480-6", "DIA",
	    "http://loinc.org|8462-4", "A1C", "http://loinc.org|4548-4");

	private static final Map<String, String> PRIVILEGES = Map.of("pat", Privileges.GET_PATIENTS, "obs",
	    Privileges.GET_OBSERVATIONS, "enc", Privileges.GET_ENCOUNTERS, "cond", Privileges.GET_CONDITIONS, "addobs",
	    Privileges.ADD_OBSERVATIONS);

	@Parameter
	public String row;

	@Parameters(name = "{0}")
	public static List<String> rows() {
		return Arrays.stream(TABLE).map(r -> r.trim().replaceAll("\\s+", " ")).toList();
	}

	@Test
	public void decide_shouldGiveTheReasonTheRowExpects() {
		String[] cell = row.split(" ");
		assertThat(cell).as("columns").hasSize(11);

		AccessDecision decision = AccessPolicy.decide(request(cell));

		AccessReason expected = AccessReason.valueOf(cell[10]);
		assertThat(decision.reason()).as(decision.text()).isEqualTo(expected);
		assertThat(decision.isPermit()).isEqualTo(expected.permits());
		assertThat(decision.text()).isNotBlank();
		if (decision.isPermit()) {
			assertThat(decision.grantUuid()).isEqualTo("grant-1");
			assertThat(decision.scope() != null || decision.egressEntry() != null).isTrue();
		}
		else {
			assertThat(decision.permitting()).isEmpty();
			assertThat(decision.egressEntry()).isNull();
		}
	}

	private static AccessRequest request(String[] cell) {
		AccessOperation operation = AccessOperation.valueOf(cell[7].toUpperCase(Locale.ROOT));
		boolean egress = operation == AccessOperation.EGRESS;
		AccessRequest.Builder builder = AccessRequest.builder(operation, egress ? null : cell[8])
		        .standing("MISSING".equals(cell[0]) ? null : InstallationState.valueOf(cell[0]), grant(cell[1], cell[2]))
		        .user("yes".equals(cell[3]) ? "user-1" : null, privileges(cell[6])).patients(dash(cell[4]), dash(cell[5]))
		        .parameters(parameters(cell[9])).at(NOW);
		return egress ? builder.destination(URI.create(cell[8])).build() : builder.build();
	}

	private static GrantTerms grant(String kind, String scopes) {
		List<ScopeTerms> terms = new ArrayList<>();
		if (!"-".equals(scopes)) {
			for (String scope : scopes.split(";")) {
				terms.add(ScopeTerms.of(codes(scope)));
			}
		}
		List<String> egress = List.of("https://api.example.org/");
		switch (kind) {
			case "NONE":
				return null;
			case "REVOKED":
				return new GrantTerms("grant-1", true, null, List.of(), List.of());
			case "EXPIRED":
				return new GrantTerms("grant-1", false, NOW.minus(Duration.ofSeconds(1)), terms, egress);
			default:
				return new GrantTerms("grant-1", false, NOW.plus(Duration.ofDays(1)), terms, egress);
		}
	}

	private static Set<String> privileges(String cell) {
		switch (cell) {
			case "all":
				return new HashSet<>(Privileges.CLINICAL_PRIVILEGES);
			case "none":
				return Set.of();
			default:
				return Set.of(PRIVILEGES.get(cell));
		}
	}

	private static Map<String, List<String>> parameters(String cell) {
		if ("-".equals(cell)) {
			return Map.of();
		}
		String[] pair = cell.split("=");
		return Map.of(pair[0], Arrays.stream(pair[1].split(",")).map(AccessPolicyTruthTableTest::codes).toList());
	}

	private static String codes(String text) {
		String out = text;
		for (Map.Entry<String, String> code : CODES.entrySet()) {
			out = out.replace(code.getKey(), code.getValue());
		}
		return out;
	}

	private static String dash(String cell) {
		return "-".equals(cell) ? null : cell;
	}
}
