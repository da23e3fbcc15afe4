package org.openmrs.module.addonmarket.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openmrs.module.addonmarket.access.GatewayFixture.ALL;
import static org.openmrs.module.addonmarket.access.GatewayFixture.BP;
import static org.openmrs.module.addonmarket.test.InMemoryClinicalData.ALICE;
import static org.openmrs.module.addonmarket.test.InMemoryClinicalData.SYSTOLIC;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.Before;
import org.junit.Test;
import org.openmrs.module.addonmarket.Privileges;
import org.openmrs.module.addonmarket.audit.AddonDataFlow;
import org.openmrs.module.addonmarket.audit.Drift;
import org.openmrs.module.addonmarket.catalog.scope.Scope;
import org.openmrs.module.addonmarket.inventory.InventoryService;
import org.openmrs.module.addonmarket.test.PersistenceTest;

/**
 * The data-flow report through the inventory service, on a real installation and its real grants: an unused scope
 * is drift when it is granted (the grant could be narrowed), and stops being drift once the grant is narrowed.
 */
public class DataFlowAgainstGrantsTest extends PersistenceTest {

	private GatewayFixture fixture;

	@Before
	public void approvedAddon() {
		fixture = new GatewayFixture(context());
	}

	@Test
	public void unusedScopes_shouldBeDriftWhileGrantedAndNotOnceTheGrantIsNarrowed() {
		Instant from = Instant.now().minusSeconds(60);
		bean(AccessGateway.class).search(fixture.clinicianFor(ALICE), "Observation", Map.of("code", List.of(SYSTOLIC)));

		List<String> unusedWhileAllGranted = unusedScopes(from);
		fixture.approve(List.of(BP), List.of(), null);
		List<String> unusedOnceNarrowed = unusedScopes(from);

		List<String> grantedButUnused = ALL.stream().map(s -> Scope.parse(s).canonical())
		        .filter(s -> !s.equals(Scope.parse(BP).canonical())).toList();
		assertThat(unusedWhileAllGranted).containsExactlyInAnyOrderElementsOf(grantedButUnused);
		assertThat(unusedOnceNarrowed).as("only the used blood pressure scope is granted now").isEmpty();
	}

	private List<String> unusedScopes(Instant from) {
		identity().signIn("auditor", Privileges.VIEW_ADDON_ACCESS_LOG);
		try {
			AddonDataFlow line = bean(InventoryService.class).getDataFlow(from, Instant.now().plusSeconds(60)).addons()
			        .stream().filter(a -> a.addonId().equals(fixture.catalog.addonId)).findFirst().orElseThrow();
			return line.drift().stream().filter(d -> d.kind() == Drift.Kind.SCOPE_UNUSED).map(Drift::subject).toList();
		}
		finally {
			identity().signOut();
		}
	}
}
