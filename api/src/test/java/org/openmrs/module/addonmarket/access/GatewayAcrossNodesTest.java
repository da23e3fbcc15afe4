package org.openmrs.module.addonmarket.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.openmrs.module.addonmarket.access.GatewayFixture.API;
import static org.openmrs.module.addonmarket.access.GatewayFixture.PATIENT_NAME;
import static org.openmrs.module.addonmarket.test.InMemoryClinicalData.ALICE;
import static org.openmrs.module.addonmarket.test.InMemoryClinicalData.SYSTOLIC;

import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.junit.After;
import org.junit.Before;
import org.junit.Test;
import org.openmrs.module.addonmarket.Privileges;
import org.openmrs.module.addonmarket.access.decision.AccessReason;
import org.openmrs.module.addonmarket.audit.AuditLog;
import org.openmrs.module.addonmarket.audit.AuditOutcome;
import org.openmrs.module.addonmarket.audit.ChainVerification;
import org.openmrs.module.addonmarket.grant.GrantRequest;
import org.openmrs.module.addonmarket.grant.GrantService;
import org.openmrs.module.addonmarket.install.InstallationService;
import org.openmrs.module.addonmarket.test.ApiTestContext;
import org.openmrs.module.addonmarket.test.PersistenceTest;
import org.openmrs.module.addonmarket.test.TestIdentity;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;

/**
 * Two nodes of the module on one database: node A serves an add-on's reads from its memory of the installation,
 * node B (another process on the same database: a second server during a rolling restart, or the command line)
 * suspends, narrows or revokes. A's very next call must see it, record exactly one event, and the chain both nodes
 * wrote must verify. (Both nodes appending at the same instant is not supported: decision 0015.)
 */
public class GatewayAcrossNodesTest extends PersistenceTest {

	private AnnotationConfigApplicationContext nodeA;

	private AnnotationConfigApplicationContext nodeB;

	private GatewayFixture fixture;

	private AccessGateway gatewayA;

	@Before
	public void twoNodes() {
		nodeA = ApiTestContext.start(database);
		nodeB = ApiTestContext.anotherNode(nodeA);
		fixture = new GatewayFixture(nodeA);
		gatewayA = nodeA.getBean(AccessGateway.class);
	}

	@After
	public void stopNodes() {
		nodeB.close();
		nodeA.close();
	}

	@Test
	public void suspensionOnAnotherNode_shouldBeSeenByTheVeryNextCallHere() {
		assertThat(readSystolic()).as("A now remembers the installation").hasSize(2);

		asAdminOnB(() -> nodeB.getBean(InstallationService.class).suspend(fixture.installation.getUuid(), "leak"));

		assertThatThrownBy(this::readSystolic).isInstanceOfSatisfying(AccessDeniedException.class,
		    e -> assertThat(e.getDecision().reason()).isEqualTo(AccessReason.INSTALLATION_NOT_ACTIVE));
		asAdminOnB(() -> nodeB.getBean(InstallationService.class).resume(fixture.installation.getUuid()));
		assertThat(readSystolic()).hasSize(2);
		assertThat(fixture.events()).as("one event per call, none for the attempt decided on the old copy")
		        .extracting(e -> e.entry().outcome())
		        .containsExactly(AuditOutcome.PERMIT, AuditOutcome.DENY, AuditOutcome.PERMIT);
		assertChainVerifies();
	}

	@Test
	public void narrowerGrantOnAnotherNode_shouldBeSeenByTheVeryNextCallHere() {
		assertThat(readSystolic()).hasSize(2);

		asAdminOnB(() -> nodeB.getBean(GrantService.class).approve(fixture.installation.getUuid(),
		    new GrantRequest(List.of(PATIENT_NAME), List.of(), List.of(API), null, "blood pressure no more", null)));

		assertThatThrownBy(this::readSystolic).isInstanceOfSatisfying(AccessDeniedException.class,
		    e -> assertThat(e.getDecision().reason()).as("the new grant has no Observation scope")
		            .isEqualTo(AccessReason.NO_COVERING_SCOPE));
		assertThat(gatewayA.read(fixture.clinicianFor(ALICE), "Patient", ALICE).has("name")).isTrue();
		assertThat(fixture.events()).extracting(e -> e.entry().outcome()).containsExactly(AuditOutcome.PERMIT,
		    AuditOutcome.DENY, AuditOutcome.PERMIT);
		assertChainVerifies();
	}

	@Test
	public void revocationOnAnotherNode_shouldBeSeenByTheVeryNextCallHere() {
		assertThat(readSystolic()).hasSize(2);

		asAdminOnB(() -> nodeB.getBean(GrantService.class).revoke(fixture.installation.getUuid(), "no longer needed"));

		assertThatThrownBy(this::readSystolic).isInstanceOf(AccessDeniedException.class);
		assertThat(fixture.lastEvent().entry().outcome()).isEqualTo(AuditOutcome.DENY);
		assertChainVerifies();
	}

	/**
	 * The nodes take turns (as during a rolling restart): each node's memory of the chain head is behind after the
	 * other has written, and its next batch is written again from the stored head rather than refused.
	 */
	@Test
	public void nodesTakingTurns_shouldLeaveOneChainThatVerifiesWithNoCallRefused() {
		AccessGateway gatewayB = nodeB.getBean(AccessGateway.class);
		TestIdentity identityB = nodeB.getBean(TestIdentity.class);
		for (int i = 0; i < 10; i++) {
			assertThat(readSystolic()).hasSize(2);
			AccessContext onB = new AccessContext(fixture.installation.getUuid(), "run-b" + i, "action:trend",
			        identityB.signIn(GatewayFixture.CLINICIAN, Privileges.CLINICAL_PRIVILEGES.toArray(new String[0])),
			        ALICE);
			assertThat(gatewayB.search(onB, "Observation", Map.of("code", List.of(SYSTOLIC)))).hasSize(2);
		}
		assertThat(fixture.events()).hasSize(20).allSatisfy(e -> assertThat(e.entry().outcome())
		        .isEqualTo(AuditOutcome.PERMIT));
		assertChainVerifies();
	}

	private List<?> readSystolic() {
		return gatewayA.search(fixture.clinicianFor(ALICE), "Observation", Map.of("code", List.of(SYSTOLIC)));
	}

	private void asAdminOnB(Supplier<?> change) {
		TestIdentity identity = nodeB.getBean(TestIdentity.class);
		identity.signIn("admin", Privileges.GRANT_ADDON_ACCESS, Privileges.MANAGE_ADDONS, Privileges.BROWSE_ADDONS);
		try {
			change.get();
		}
		finally {
			identity.signOut();
		}
	}

	private void assertChainVerifies() {
		ChainVerification chain = nodeA.getBean(AuditLog.class).verify(null, null);
		assertThat(chain.valid()).as(chain.reason()).isTrue();
	}
}
