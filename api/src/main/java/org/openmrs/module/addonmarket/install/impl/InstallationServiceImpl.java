package org.openmrs.module.addonmarket.install.impl;

import org.openmrs.module.addonmarket.audit.AuditOperation;
import org.openmrs.module.addonmarket.audit.GovernanceEvents;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.openmrs.module.addonmarket.Privileges;
import org.openmrs.module.addonmarket.catalog.Addon;
import org.openmrs.module.addonmarket.catalog.AddonVersion;
import org.openmrs.module.addonmarket.catalog.PermissionDiff;
import org.openmrs.module.addonmarket.catalog.manifest.Egress;
import org.openmrs.module.addonmarket.catalog.manifest.Manifest;
import org.openmrs.module.addonmarket.error.AddonMarketException;
import org.openmrs.module.addonmarket.error.ErrorCode;
import org.openmrs.module.addonmarket.error.Reasons;
import org.openmrs.module.addonmarket.host.Actor;
import org.openmrs.module.addonmarket.host.ModuleClock;
import org.openmrs.module.addonmarket.host.UserPrivileges;
import org.openmrs.module.addonmarket.install.Audience;
import org.openmrs.module.addonmarket.install.ConfigurationValidator;
import org.openmrs.module.addonmarket.install.ConfigurationVersion;
import org.openmrs.module.addonmarket.install.Installation;
import org.openmrs.module.addonmarket.install.InstallationGrants;
import org.openmrs.module.addonmarket.install.InstallationService;
import org.openmrs.module.addonmarket.install.InstallationState;
import org.openmrs.module.addonmarket.install.dao.InstallationDao;
import org.semver4j.Semver;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * @see InstallationService
 */
@Service
@Transactional
public class InstallationServiceImpl implements InstallationService {

	private final InstallationDao installations;

	private final InstallableVersions versions;

	private final InstallationGrants grants;

	private final ConfigurationValidator configurations;

	private final UserPrivileges privileges;

	private final ModuleClock clock;

	private final GovernanceEvents governance;

	public InstallationServiceImpl(InstallationDao installations, InstallableVersions versions,
	    InstallationGrants grants, ConfigurationValidator configurations, UserPrivileges privileges,
	    ModuleClock clock, GovernanceEvents governance) {
		this.governance = governance;
		this.installations = installations;
		this.versions = versions;
		this.grants = grants;
		this.configurations = configurations;
		this.privileges = privileges;
		this.clock = clock;
	}

	@Override
	public Installation install(String addonId, String version, Audience audience) {
		Actor actor = privileges.require(Privileges.INSTALL_ADDONS);
		Audience target = audience == null ? Audience.user(actor.uuid()) : audience;
		if (!(target.isSingleUser() && actor.uuid().equals(target.value()))) {
			privileges.require(Privileges.MANAGE_ADDONS);
		}
		AddonVersion chosen = versions.installable(addonId, version);
		Addon addon = chosen.getAddon();
		installations.getByLiveKey(Installation.liveKeyOf(addon, target)).ifPresent(existing -> {
			throw new AddonMarketException(ErrorCode.INSTALLATION_EXISTS, addonId + " is installed for " + target
			        + " already (installation " + existing.getUuid() + ", " + existing.getState() + ")", "/audience");
		});
		Installation installed = installations.save(new Installation(addon, chosen.getVersion(), target, actor.uuid(),
		        clock.now()));
		record(AuditOperation.INSTALL, installed, null).with("audience", target.toString()).record();
		return installed;
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<Installation> getInstallation(String uuid) {
		privileges.require(Privileges.BROWSE_ADDONS);
		return installations.getByUuid(uuid);
	}

	@Override
	@Transactional(readOnly = true)
	public List<Installation> getInstallations(InstallationState state, String addonId) {
		privileges.require(Privileges.BROWSE_ADDONS);
		return installations.find(state, addonId);
	}

	@Override
	public Installation disable(String uuid) {
		Installation installation = ownedOrManaged(uuid);
		installation.moveTo(InstallationState.DISABLED, actorUuid(), clock.now(), null);
		record(AuditOperation.DISABLE, installation, null).record();
		return installation;
	}

	@Override
	public Installation enable(String uuid) {
		Installation installation = ownedOrManaged(uuid);
		requireState(installation, InstallationState.DISABLED);
		InstallationState target = grants.inForce(installation) ? InstallationState.ACTIVE
		        : InstallationState.PENDING_APPROVAL;
		installation.moveTo(target, actorUuid(), clock.now(), null);
		record(AuditOperation.ENABLE, installation, null).with("state", target.name()).record();
		return installation;
	}

	@Override
	public Installation suspend(String uuid, String reason) {
		Actor actor = privileges.require(Privileges.MANAGE_ADDONS);
		Installation installation = installation(uuid);
		installation.moveTo(InstallationState.SUSPENDED, actor.uuid(), clock.now(), Reasons.require(reason, "/reason"));
		record(AuditOperation.SUSPEND, installation, installation.getStateReason()).record();
		return installation;
	}

	@Override
	public List<Installation> suspendAll(String addonId, String reason) {
		Actor actor = privileges.require(Privileges.MANAGE_ADDONS);
		String why = Reasons.require(reason, "/reason");
		versions.addon(addonId);
		List<Installation> suspended = new ArrayList<>();
		for (Installation installation : installations.find(null, addonId)) {
			if (installation.getState().canMoveTo(InstallationState.SUSPENDED)) {
				installation.moveTo(InstallationState.SUSPENDED, actor.uuid(), clock.now(), why);
				record(AuditOperation.SUSPEND, installation, why).with("killSwitch", addonId).record();
				suspended.add(installation);
			}
		}
		return suspended;
	}

	@Override
	public Installation resume(String uuid) {
		Actor actor = privileges.require(Privileges.MANAGE_ADDONS);
		Installation installation = installation(uuid);
		requireState(installation, InstallationState.SUSPENDED);
		InstallationState target = grants.inForce(installation) ? InstallationState.ACTIVE
		        : InstallationState.PENDING_APPROVAL;
		installation.moveTo(target, actor.uuid(), clock.now(), null);
		record(AuditOperation.RESUME, installation, null).with("state", target.name()).record();
		return installation;
	}

	@Override
	public Installation uninstall(String uuid) {
		Installation installation = ownedOrManaged(uuid);
		installation.moveTo(InstallationState.UNINSTALLED, actorUuid(), clock.now(), null);
		grants.revokeAll(installation, actorUuid(), "uninstalled");
		record(AuditOperation.UNINSTALL, installation, null).record();
		return installation;
	}

	@Override
	@Transactional(readOnly = true)
	public PermissionDiff diff(String uuid, String toVersion) {
		privileges.require(Privileges.BROWSE_ADDONS);
		Installation installation = installation(uuid);
		AddonVersion target = versions.version(installation.getAddon(), toVersion);
		Manifest manifest = versions.manifest(target);
		return grants.diff(installation, versions.requested(target), egressOf(manifest), runningEgress(installation));
	}

	@Override
	public Installation upgrade(String uuid, String version) {
		Installation installation = ownedOrManaged(uuid);
		if (!installation.getState().isLive()) {
			throw new AddonMarketException(ErrorCode.ILLEGAL_TRANSITION,
			        "Installation " + uuid + " is " + installation.getState() + " and cannot be upgraded", "state");
		}
		AddonVersion target = versions.installable(installation.getAddon().getAddonId(), version);
		if (!Semver.parse(target.getVersion()).isGreaterThan(Semver.parse(installation.getAddonVersion()))) {
			throw new AddonMarketException(ErrorCode.UPGRADE_NOT_NEWER, "Installation " + uuid + " runs "
			        + installation.getAddonVersion() + "; " + target.getVersion() + " is not newer", "/version");
		}
		Manifest manifest = versions.manifest(target);
		revalidateConfiguration(installation, manifest);
		String from = installation.getAddonVersion();
		if (installation.getState() == InstallationState.PENDING_APPROVAL && !grants.inForce(installation)) {
			installation.runVersion(target.getVersion());
			record(AuditOperation.UPGRADE, installation, null).with("from", from).with("applied", true).record();
			return installation;
		}
		PermissionDiff diff = grants.diff(installation, versions.requested(target), egressOf(manifest),
		    runningEgress(installation));
		if (diff.needsApproval()) {
			installation.holdUpgrade(target.getVersion());
		}
		else {
			grants.narrowForUpgrade(installation, target.getVersion(), versions.requested(target), egressOf(manifest),
			    actorUuid());
			installation.runVersion(target.getVersion());
		}
		record(AuditOperation.UPGRADE, installation, null).with("from", from).with("to", target.getVersion())
		        .with("applied", !diff.needsApproval()).with("changes", diff.describe()).record();
		return installation;
	}

	@Override
	public Installation rollback(String uuid) {
		Actor actor = privileges.require(Privileges.MANAGE_ADDONS);
		Installation installation = installation(uuid);
		if (!installation.getState().isLive()) {
			throw new AddonMarketException(ErrorCode.ILLEGAL_TRANSITION,
			        "Installation " + uuid + " is " + installation.getState() + " and cannot be rolled back", "state");
		}
		String previous = grants.lastApprovedOtherVersion(installation).orElseThrow(() -> new AddonMarketException(
		        ErrorCode.NOTHING_TO_ROLL_BACK, "Installation " + uuid + " has no earlier approved version", "uuid"));
		grants.restoreGrantOf(installation, previous, actor.uuid());
		installation.runVersion(previous);
		if (installation.getState() == InstallationState.PENDING_APPROVAL && grants.inForce(installation)) {
			installation.moveTo(InstallationState.ACTIVE, actor.uuid(), clock.now(), "rolled back to " + previous);
		}
		record(AuditOperation.ROLLBACK, installation, null).with("to", previous).record();
		return installation;
	}

	@Override
	public ConfigurationVersion configure(String uuid, String configurationJson) {
		Installation installation = ownedOrManaged(uuid);
		Manifest manifest = versions.manifest(versions.version(installation.getAddon(), installation.getAddonVersion()));
		String normalised = configurations.validate(manifest.configuration(), configurationJson);
		int number = installations.getConfigurations(installation).size() + 1;
		installations.lock(installation);
		ConfigurationVersion saved = installations.save(new ConfigurationVersion(installation, number, normalised,
		        installation.getAddonVersion(), actorUuid(), clock.now()));
		record(AuditOperation.CONFIGURE, installation, null).with("configurationVersion", number).record();
		return saved;
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<ConfigurationVersion> getConfiguration(String uuid) {
		List<ConfigurationVersion> history = getConfigurationHistory(uuid);
		return history.isEmpty() ? Optional.empty() : Optional.of(history.get(history.size() - 1));
	}

	@Override
	@Transactional(readOnly = true)
	public List<ConfigurationVersion> getConfigurationHistory(String uuid) {
		privileges.require(Privileges.BROWSE_ADDONS);
		return installations.getConfigurations(installation(uuid));
	}

	private void revalidateConfiguration(Installation installation, Manifest manifest) {
		List<ConfigurationVersion> history = installations.getConfigurations(installation);
		if (!history.isEmpty()) {
			configurations.validate(manifest.configuration(), history.get(history.size() - 1).getJson());
		}
	}

	private List<String> runningEgress(Installation installation) {
		return egressOf(versions.manifest(versions.version(installation.getAddon(), installation.getAddonVersion())));
	}

	private static List<String> egressOf(Manifest manifest) {
		return manifest.egress().stream().map(Egress::url).toList();
	}

	private GovernanceEvents.Act record(String operation, Installation installation, String why) {
		return governance.act(operation, actorUuid()).installation(installation.getUuid())
		        .addon(installation.getAddon().getAddonId(), installation.getAddonVersion()).why(why);
	}

	private Installation ownedOrManaged(String uuid) {
		Actor actor = privileges.require(Privileges.INSTALL_ADDONS);
		Installation installation = installation(uuid);
		if (!actor.uuid().equals(installation.getInstalledBy())) {
			privileges.require(Privileges.MANAGE_ADDONS);
		}
		return installation;
	}

	private String actorUuid() {
		return privileges.current().map(Actor::uuid).orElse("system");
	}

	private Installation installation(String uuid) {
		return installations.getByUuid(uuid).orElseThrow(() -> new AddonMarketException(
		        ErrorCode.INSTALLATION_NOT_FOUND, "No installation " + uuid, "uuid"));
	}

	private static void requireState(Installation installation, InstallationState expected) {
		if (installation.getState() != expected) {
			throw new AddonMarketException(ErrorCode.ILLEGAL_TRANSITION, "Installation " + installation.getUuid()
			        + " is " + installation.getState() + ", not " + expected, "state");
		}
	}
}
