package org.openmrs.module.addonmarket.install;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import org.junit.Test;
import org.openmrs.module.addonmarket.error.AddonMarketException;
import org.openmrs.module.addonmarket.error.ErrorCode;

/**
 * Every pair of states, legal and illegal, against the lifecycle of DESIGN.md section 4.
 */
public class InstallationStateTest {

	private static final Map<InstallationState, Set<InstallationState>> LEGAL = Map.of(
	    InstallationState.PENDING_APPROVAL, EnumSet.of(InstallationState.ACTIVE, InstallationState.DENIED,
	        InstallationState.SUSPENDED, InstallationState.UNINSTALLED),
	    InstallationState.ACTIVE, EnumSet.of(InstallationState.DISABLED, InstallationState.SUSPENDED,
	        InstallationState.PENDING_APPROVAL, InstallationState.UNINSTALLED),
	    InstallationState.DISABLED, EnumSet.of(InstallationState.ACTIVE, InstallationState.PENDING_APPROVAL,
	        InstallationState.SUSPENDED, InstallationState.UNINSTALLED),
	    InstallationState.DENIED, EnumSet.of(InstallationState.UNINSTALLED),
	    InstallationState.SUSPENDED, EnumSet.of(InstallationState.ACTIVE, InstallationState.PENDING_APPROVAL,
	        InstallationState.UNINSTALLED),
	    InstallationState.UNINSTALLED, EnumSet.noneOf(InstallationState.class));

	@Test
	public void canMoveTo_shouldAllowExactlyTheLifecyclesMovesForEveryPairOfStates() {
		for (InstallationState from : InstallationState.values()) {
			for (InstallationState to : InstallationState.values()) {
				assertThat(from.canMoveTo(to)).as(from + " -> " + to).isEqualTo(LEGAL.get(from).contains(to));
			}
		}
	}

	@Test
	public void moveTo_shouldRefuseEveryIllegalMoveWith409AndLeaveTheStateAlone() {
		for (InstallationState from : InstallationState.values()) {
			for (InstallationState to : InstallationState.values()) {
				if (LEGAL.get(from).contains(to)) {
					continue;
				}
				Installation installation = in(from);
				assertThatThrownBy(() -> installation.moveTo(to, "u", Instant.now(), null)).as(from + " -> " + to)
				        .isInstanceOf(AddonMarketException.class)
				        .satisfies(e -> assertThat(((AddonMarketException) e).getCode())
				                .isEqualTo(ErrorCode.ILLEGAL_TRANSITION));
				assertThat(installation.getState()).isEqualTo(from);
			}
		}
	}

	@Test
	public void uninstalled_shouldBeFinal() {
		assertThat(InstallationState.UNINSTALLED.next()).isEmpty();
		assertThat(InstallationState.values()).allSatisfy(s -> assertThat(s == InstallationState.UNINSTALLED
		        || s.canMoveTo(InstallationState.UNINSTALLED)).as(s + " can be uninstalled").isTrue());
	}

	/** @return an installation brought to the state by legal moves */
	private static Installation in(InstallationState state) {
		Installation installation = new Installation(new org.openmrs.module.addonmarket.catalog.Addon("a.b", null,
		        Instant.now()), "1.0.0", Audience.organisation(), "u", Instant.now());
		switch (state) {
			case PENDING_APPROVAL:
				break;
			case ACTIVE:
				installation.moveTo(InstallationState.ACTIVE, "u", Instant.now(), null);
				break;
			case DISABLED:
				installation.moveTo(InstallationState.ACTIVE, "u", Instant.now(), null);
				installation.moveTo(InstallationState.DISABLED, "u", Instant.now(), null);
				break;
			default:
				installation.moveTo(state, "u", Instant.now(), null);
		}
		return installation;
	}
}
