package org.openmrs.module.addonmarket.bench;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openmrs.module.addonmarket.Privileges;
import org.openmrs.module.addonmarket.access.decision.AccessDecision;
import org.openmrs.module.addonmarket.access.decision.AccessOperation;
import org.openmrs.module.addonmarket.access.decision.AccessPolicy;
import org.openmrs.module.addonmarket.access.decision.AccessRequest;
import org.openmrs.module.addonmarket.access.decision.GrantTerms;
import org.openmrs.module.addonmarket.access.decision.ScopeTerms;
import org.openmrs.module.addonmarket.install.InstallationState;

/**
 * How long {@link AccessPolicy#decide} takes for the calls an action makes most (a blood pressure search and a
 * patient read, both permitted, and a search the grant does not cover), beside a {@link HashMap} lookup: the cost of
 * the cheapest decision imaginable. The requests are built once; decide is what is timed.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class DecideBenchmark {

	private AccessRequest search;

	private AccessRequest read;

	private AccessRequest denied;

	private final Map<String, String> grantsByInstallation = new HashMap<>();

	private String installation;

	@Setup
	public void requests() {
		GrantTerms grant = new GrantTerms("grant-1", false, null,
		        GatewayScenario.SCOPES.stream().map(ScopeTerms::of).toList(), List.of("https://api.example.org/"));
		Instant now = Instant.now();
		search = request(grant, AccessOperation.SEARCH, "Observation", now).parameters(Map.of("code",
		    List.of("http://loinc.org|8480-6"))).build();
		read = request(grant, AccessOperation.READ, "Patient", now).build();
		denied = request(grant, AccessOperation.SEARCH, "Condition", now).build();
		for (int i = 0; i < 1000; i++) {
			grantsByInstallation.put("installation-" + i, "grant-" + i);
		}
		installation = "installation-" + 417;
	}

	private static AccessRequest.Builder request(GrantTerms grant, AccessOperation operation, String type,
	        Instant now) {
		return AccessRequest.builder(operation, type).standing(InstallationState.ACTIVE, grant)
		        .user("uuid-clinician", Set.copyOf(Privileges.CLINICAL_PRIVILEGES)).patients("p-alice", "p-alice").at(now);
	}

	@Benchmark
	public AccessDecision decideSearch() {
		return AccessPolicy.decide(search);
	}

	@Benchmark
	public AccessDecision decideRead() {
		return AccessPolicy.decide(read);
	}

	@Benchmark
	public AccessDecision decideDenied() {
		return AccessPolicy.decide(denied);
	}

	/** The baseline: one hash map lookup, as a cache of decisions would cost at best. */
	@Benchmark
	public String hashMapLookup() {
		return grantsByInstallation.get(installation);
	}
}
