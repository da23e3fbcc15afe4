package org.openmrs.module.addonmarket.grant.impl;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.openmrs.module.addonmarket.catalog.PermissionDiff;
import org.openmrs.module.addonmarket.catalog.RequestedPermission;
import org.openmrs.module.addonmarket.catalog.scope.Scope;
import org.openmrs.module.addonmarket.grant.Grant;
import org.openmrs.module.addonmarket.grant.GrantDecision;
import org.openmrs.module.addonmarket.grant.GrantKind;
import org.openmrs.module.addonmarket.grant.GrantedScope;
import org.openmrs.module.addonmarket.grant.dao.GrantDao;
import org.openmrs.module.addonmarket.host.ModuleClock;
import org.openmrs.module.addonmarket.install.Installation;
import org.openmrs.module.addonmarket.install.InstallationGrants;
import org.springframework.stereotype.Component;

/**
 * The grant side of installations' lifecycle: what is in force, the diff an upgrade makes, and the grants that
 * upgrades, rollbacks and uninstalls issue. Every change is a new grant superseding the newest one.
 */
@Component
public class GrantLedger implements InstallationGrants {

	private final GrantDao grants;

	private final ModuleClock clock;

	public GrantLedger(GrantDao grants, ModuleClock clock) {
		this.grants = grants;
		this.clock = clock;
	}

	/** @return the newest grant when it allows anything now */
	public Optional<Grant> inForceGrant(Installation installation) {
		return grants.getCurrent(installation).filter(g -> g.isInForceAt(clock.now()));
	}

	@Override
	public boolean inForce(Installation installation) {
		return inForceGrant(installation).isPresent();
	}

	@Override
	public PermissionDiff diff(Installation installation, List<RequestedPermission> requested, List<String> egress,
	        List<String> runningEgress) {
		Optional<Grant> current = inForceGrant(installation);
		List<Scope> granted = current.map(GrantLedger::scopesOf).orElse(List.of());
		List<String> grantedEgress = current.map(Grant::getEgress).orElse(List.of());
		return PermissionDiff.between(granted, grantedEgress, requested, egress, runningEgress);
	}

	@Override
	public void narrowForUpgrade(Installation installation, String newVersion, List<RequestedPermission> requested,
	        List<String> egress, String actorUuid) {
		Grant current = inForceGrant(installation).orElseThrow();
		List<GrantedScope> narrowed = new ArrayList<>();
		for (RequestedPermission wanted : requested) {
			current.getScopes().stream().filter(g -> Scope.parse(g.getScope()).covers(wanted.scope())).findFirst()
			        .ifPresent(g -> narrowed.add(new GrantedScope(wanted.scope().canonical(), g.isSensitive())));
		}
		List<String> keptEgress = egress.stream().filter(current.getEgress()::contains).toList();
		GrantDecision decision = new GrantDecision(narrowed, keptEgress, current.getExpiresAt(), "Upgrade to "
		        + newVersion + " asks for no more than grant " + current.getUuid() + " allowed; carried over, narrowed",
		        clock.now(), current.getUuid());
		grants.save(new Grant(installation, newVersion, GrantKind.NARROWING, decision, actorUuid));
	}

	@Override
	public void revokeAll(Installation installation, String actorUuid, String rationale) {
		Optional<Grant> current = grants.getCurrent(installation);
		if (current.isPresent() && current.get().getKind() != GrantKind.REVOCATION) {
			grants.save(revocation(installation, current.get(), actorUuid, rationale));
		}
	}

	/** @return a grant of nothing that supersedes the given one */
	Grant revocation(Installation installation, Grant current, String actorUuid, String rationale) {
		GrantDecision nothing = new GrantDecision(List.of(), List.of(), null, rationale, clock.now(),
		        current == null ? null : current.getUuid());
		return new Grant(installation, installation.getAddonVersion(), GrantKind.REVOCATION, nothing, actorUuid);
	}

	@Override
	public Optional<String> lastApprovedOtherVersion(Installation installation) {
		return grants.getHistory(installation).stream().filter(g -> g.getKind() != GrantKind.REVOCATION)
		        .map(Grant::getAddonVersion).filter(v -> !v.equals(installation.getAddonVersion())).findFirst();
	}

	@Override
	public void restoreGrantOf(Installation installation, String version, String actorUuid) {
		List<Grant> history = grants.getHistory(installation);
		Grant earlier = history.stream().filter(g -> g.getKind() != GrantKind.REVOCATION)
		        .filter(g -> g.getAddonVersion().equals(version)).findFirst().orElseThrow();
		GrantDecision decision = new GrantDecision(earlier.getScopes(), earlier.getEgress(), earlier.getExpiresAt(),
		        "Rollback to " + version + " restores grant " + earlier.getUuid(), clock.now(),
		        history.get(0).getUuid());
		grants.save(new Grant(installation, version, GrantKind.ROLLBACK, decision, actorUuid));
	}

	static List<Scope> scopesOf(Grant grant) {
		return grant.getScopes().stream().map(s -> Scope.parse(s.getScope())).toList();
	}
}
