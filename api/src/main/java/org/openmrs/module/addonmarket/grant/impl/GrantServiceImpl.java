package org.openmrs.module.addonmarket.grant.impl;

import org.openmrs.module.addonmarket.audit.AuditOperation;
import org.openmrs.module.addonmarket.audit.GovernanceEvents;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.openmrs.module.addonmarket.Privileges;
import org.openmrs.module.addonmarket.catalog.AddonVersion;
import org.openmrs.module.addonmarket.catalog.PermissionDiff;
import org.openmrs.module.addonmarket.catalog.RequestedPermission;
import org.openmrs.module.addonmarket.catalog.scope.Scope;
import org.openmrs.module.addonmarket.error.AddonMarketException;
import org.openmrs.module.addonmarket.error.ErrorCode;
import org.openmrs.module.addonmarket.error.Reasons;
import org.openmrs.module.addonmarket.grant.ApprovalRequest;
import org.openmrs.module.addonmarket.grant.Grant;
import org.openmrs.module.addonmarket.grant.GrantDecision;
import org.openmrs.module.addonmarket.grant.GrantKind;
import org.openmrs.module.addonmarket.grant.GrantRequest;
import org.openmrs.module.addonmarket.grant.GrantService;
import org.openmrs.module.addonmarket.grant.GrantedScope;
import org.openmrs.module.addonmarket.grant.dao.GrantDao;
import org.openmrs.module.addonmarket.host.Actor;
import org.openmrs.module.addonmarket.host.ModuleClock;
import org.openmrs.module.addonmarket.host.UserPrivileges;
import org.openmrs.module.addonmarket.install.Installation;
import org.openmrs.module.addonmarket.install.InstallationState;
import org.openmrs.module.addonmarket.install.dao.InstallationDao;
import org.openmrs.module.addonmarket.notice.ModuleNotices;
import org.openmrs.module.addonmarket.notice.NoticeSeverity;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * @see GrantService
 */
@Service
@Transactional
public class GrantServiceImpl implements GrantService {

	private final GrantDao grants;

	private final GrantLedger ledger;

	private final InstallationDao installations;

	private final VersionRequests requests;

	private final UserPrivileges privileges;

	private final ModuleClock clock;

	private final GovernanceEvents governance;

	private final ModuleNotices notices;

	public GrantServiceImpl(GrantDao grants, GrantLedger ledger, InstallationDao installations,
	    VersionRequests requests, UserPrivileges privileges, ModuleClock clock, GovernanceEvents governance,
	    ModuleNotices notices) {
		this.governance = governance;
		this.notices = notices;
		this.grants = grants;
		this.ledger = ledger;
		this.installations = installations;
		this.requests = requests;
		this.privileges = privileges;
		this.clock = clock;
	}

	@Override
	@Transactional(readOnly = true)
	public List<ApprovalRequest> getApprovalQueue() {
		privileges.require(Privileges.GRANT_ADDON_ACCESS);
		List<ApprovalRequest> queue = new ArrayList<>();
		for (Installation installation : installations.awaitingApproval()) {
			String version = awaitedVersion(installation);
			AddonVersion addonVersion = requests.version(installation, version);
			List<RequestedPermission> requested = requests.requested(addonVersion);
			List<String> runningEgress = installation.getPendingVersion() == null ? List.of()
			        : requests.egress(requests.version(installation, installation.getAddonVersion()));
			PermissionDiff diff = ledger.diff(installation, requested, requests.egress(addonVersion), runningEgress);
			queue.add(new ApprovalRequest(installation, version, requested, diff, addonVersion.isSigned()));
		}
		return queue;
	}

	@Override
	public Grant approve(String installationUuid, GrantRequest request) {
		Actor actor = privileges.require(Privileges.GRANT_ADDON_ACCESS);
		Installation installation = installation(installationUuid);
		if (request.lockVersion() != null && request.lockVersion() != installation.getLockVersion()) {
			throw new AddonMarketException(ErrorCode.CONCURRENT_CHANGE, "Installation " + installationUuid
			        + " changed since you looked at it (another decision was made); reload and decide again",
			        "/lockVersion");
		}
		installations.lock(installation);
		requireSeparateDuties(installation, actor);
		if (!installation.getState().isLive()) {
			throw new AddonMarketException(ErrorCode.ILLEGAL_TRANSITION, "Installation " + installationUuid + " is "
			        + installation.getState() + ": there is nothing to approve", "state");
		}
		String rationale = Reasons.require(request.rationale(), "/rationale");
		if (request.expiresAt() != null && !request.expiresAt().isAfter(clock.now())) {
			throw new AddonMarketException(ErrorCode.EXPIRY_IN_PAST,
			        "expiresAt " + request.expiresAt() + " is not in the future", "/expiresAt");
		}
		String version = awaitedVersion(installation);
		AddonVersion addonVersion = requests.version(installation, version);
		List<RequestedPermission> requested = requests.requested(addonVersion);
		List<GrantedScope> scopes = checkedScopes(request, requested);
		List<String> egress = checkedEgress(request, requests.egress(addonVersion));
		Optional<Grant> current = grants.getCurrent(installation);
		GrantDecision decision = new GrantDecision(scopes, egress, request.expiresAt(), rationale, clock.now(),
		        current.map(Grant::getUuid).orElse(null));
		Grant grant = grants.save(new Grant(installation, version, GrantKind.APPROVAL, decision, actor.uuid()));
		if (installation.getPendingVersion() != null) {
			installation.runVersion(version);
		}
		if (installation.getState() == InstallationState.PENDING_APPROVAL && coversRequired(scopes, requested)) {
			installation.moveTo(InstallationState.ACTIVE, actor.uuid(), clock.now(), rationale);
		}
		record(AuditOperation.GRANT, actor.uuid(), installation, rationale).grant(grant.getUuid())
		        .with("scopes", scopes.stream().map(GrantedScope::toString).toList()).with("egress", egress)
		        .with("expiresAt", request.expiresAt() == null ? null : request.expiresAt().toString())
		        .with("state", installation.getState().name()).record();
		return grant;
	}

	private List<GrantedScope> checkedScopes(GrantRequest request, List<RequestedPermission> requested) {
		List<GrantedScope> scopes = new ArrayList<>();
		for (int i = 0; i < request.scopes().size(); i++) {
			String pointer = "/scopes/" + i;
			Scope granted = Scope.parse(request.scopes().get(i), pointer);
			boolean asked = requested.stream().anyMatch(r -> r.scope().covers(granted));
			if (!asked) {
				throw new AddonMarketException(ErrorCode.GRANT_SCOPE_NOT_REQUESTED, "Scope " + granted.canonical()
				        + " is not one the add-on asked for, nor narrower than one: a grant may narrow, never widen",
				        pointer);
			}
			boolean sensitive = request.sensitiveScopes().stream().map(s -> Scope.parse(s, "/sensitiveScopes"))
			        .anyMatch(granted::equals);
			scopes.add(new GrantedScope(granted.canonical(), sensitive));
		}
		return scopes;
	}

	private static List<String> checkedEgress(GrantRequest request, List<String> declared) {
		for (int i = 0; i < request.egress().size(); i++) {
			if (!declared.contains(request.egress().get(i))) {
				throw new AddonMarketException(ErrorCode.EGRESS_NOT_REQUESTED, "Egress " + request.egress().get(i)
				        + " is not declared by the add-on; it declares " + declared, "/egress/" + i);
			}
		}
		return request.egress();
	}

	private static boolean coversRequired(List<GrantedScope> scopes, List<RequestedPermission> requested) {
		List<Scope> granted = scopes.stream().map(s -> Scope.parse(s.getScope())).toList();
		return requested.stream().filter(r -> !r.optional())
		        .allMatch(r -> granted.stream().anyMatch(g -> r.scope().covers(g)));
	}

	@Override
	public Installation deny(String installationUuid, String rationale) {
		Actor actor = privileges.require(Privileges.GRANT_ADDON_ACCESS);
		Installation installation = installation(installationUuid);
		installations.lock(installation);
		requireSeparateDuties(installation, actor);
		String why = Reasons.require(rationale, "/rationale");
		if (installation.getPendingVersion() != null && installation.getState() != InstallationState.PENDING_APPROVAL) {
			installation.dropPendingUpgrade();
		}
		else {
			installation.moveTo(InstallationState.DENIED, actor.uuid(), clock.now(), why);
		}
		record(AuditOperation.DENY, actor.uuid(), installation, why).record();
		return installation;
	}

	@Override
	public Grant revoke(String installationUuid, String rationale) {
		Actor actor = privileges.require(Privileges.GRANT_ADDON_ACCESS);
		Installation installation = installation(installationUuid);
		installations.lock(installation);
		String why = Reasons.require(rationale, "/rationale");
		Grant revocation = grants.save(ledger.revocation(installation, grants.getCurrent(installation).orElse(null),
		    actor.uuid(), why));
		if (installation.getState() == InstallationState.ACTIVE || installation.getState() == InstallationState.DISABLED) {
			installation.moveTo(InstallationState.PENDING_APPROVAL, actor.uuid(), clock.now(), why);
		}
		record(AuditOperation.REVOKE, actor.uuid(), installation, why).grant(revocation.getUuid()).record();
		return revocation;
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<Grant> getCurrentGrant(String installationUuid) {
		privileges.require(Privileges.BROWSE_ADDONS);
		return grants.getCurrent(installation(installationUuid));
	}

	@Override
	@Transactional(readOnly = true)
	public List<Grant> getGrantHistory(String installationUuid) {
		privileges.require(Privileges.BROWSE_ADDONS);
		return grants.getHistory(installation(installationUuid));
	}

	@Override
	public List<Installation> expireGrants() {
		List<Installation> expired = new ArrayList<>();
		for (Installation installation : installations.find(InstallationState.ACTIVE, null)) {
			Optional<Grant> current = grants.getCurrent(installation);
			if (current.isPresent() && !current.get().isInForceAt(clock.now())) {
				installation.moveTo(InstallationState.PENDING_APPROVAL, "system", clock.now(),
				    "grant " + current.get().getUuid() + " expired at " + current.get().getExpiresAt());
				record(AuditOperation.EXPIRE, "system", installation, installation.getStateReason())
				        .grant(current.get().getUuid()).record();
				notices.tellOwner(installation, NoticeSeverity.WARNING, expiryNotice(installation, current.get()));
				expired.add(installation);
			}
		}
		return expired;
	}

	private static String expiryNotice(Installation installation, Grant expired) {
		return "The add-on \"" + installation.getAddon().getName() + "\" (" + installation.getAddon().getAddonId() + " "
		        + installation.getAddonVersion() + ") lost its data access: its grant expired at "
		        + expired.getExpiresAt() + ". It is awaiting an administrator's approval again and does not run until then.";
	}

	private GovernanceEvents.Act record(String operation, String actorUuid, Installation installation, String why) {
		return governance.act(operation, actorUuid).installation(installation.getUuid())
		        .addon(installation.getAddon().getAddonId(), installation.getAddonVersion()).why(why);
	}

	private static String awaitedVersion(Installation installation) {
		return installation.getPendingVersion() != null ? installation.getPendingVersion()
		        : installation.getAddonVersion();
	}

	private static void requireSeparateDuties(Installation installation, Actor actor) {
		if (installation.getAddon().getPublisher().hasMember(actor.uuid())) {
			throw new AddonMarketException(ErrorCode.SEPARATION_OF_DUTIES, "User " + actor.username()
			        + " publishes for " + installation.getAddon().getPublisher().getName()
			        + " and so may not decide on its add-on", "installation");
		}
		if (actor.uuid().equals(installation.getInstalledBy())) {
			throw new AddonMarketException(ErrorCode.SEPARATION_OF_DUTIES,
			        "User " + actor.username() + " installed this add-on and so may not approve it", "installation");
		}
	}

	private Installation installation(String uuid) {
		return installations.getByUuid(uuid).orElseThrow(() -> new AddonMarketException(
		        ErrorCode.INSTALLATION_NOT_FOUND, "No installation " + uuid, "uuid"));
	}
}
