package org.openmrs.module.addonmarket.inventory.impl;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.openmrs.module.addonmarket.Privileges;
import org.openmrs.module.addonmarket.audit.AuditEvent;
import org.openmrs.module.addonmarket.audit.AuditQuery;
import org.openmrs.module.addonmarket.audit.AuditService;
import org.openmrs.module.addonmarket.audit.DataFlowReport;
import org.openmrs.module.addonmarket.audit.DeclaredFlow;
import org.openmrs.module.addonmarket.audit.dao.AuditEventDao;
import org.openmrs.module.addonmarket.catalog.AddonVersion;
import org.openmrs.module.addonmarket.catalog.CatalogService;
import org.openmrs.module.addonmarket.catalog.dao.AddonDao;
import org.openmrs.module.addonmarket.catalog.manifest.Egress;
import org.openmrs.module.addonmarket.catalog.manifest.Manifest;
import org.openmrs.module.addonmarket.catalog.scope.Scope;
import org.openmrs.module.addonmarket.grant.GrantKind;
import org.openmrs.module.addonmarket.grant.dao.GrantDao;
import org.openmrs.module.addonmarket.host.HostIdentity;
import org.openmrs.module.addonmarket.host.UserPrivileges;
import org.openmrs.module.addonmarket.install.Installation;
import org.openmrs.module.addonmarket.install.InstallationState;
import org.openmrs.module.addonmarket.install.dao.InstallationDao;
import org.openmrs.module.addonmarket.inventory.InventoryEntry;
import org.openmrs.module.addonmarket.inventory.InventoryService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * @see InventoryService
 */
@Service
@Transactional(readOnly = true)
public class InventoryServiceImpl implements InventoryService {

	private final InstallationDao installations;

	private final GrantDao grants;

	private final AddonDao addons;

	private final CatalogService catalog;

	private final AuditService audit;

	private final AuditEventDao events;

	private final HostIdentity identity;

	private final UserPrivileges privileges;

	public InventoryServiceImpl(InstallationDao installations, GrantDao grants, AddonDao addons,
	    CatalogService catalog, AuditService audit, AuditEventDao events, HostIdentity identity,
	    UserPrivileges privileges) {
		this.installations = installations;
		this.grants = grants;
		this.addons = addons;
		this.catalog = catalog;
		this.audit = audit;
		this.events = events;
		this.identity = identity;
		this.privileges = privileges;
	}

	@Override
	public List<InventoryEntry> getInventory() {
		requireAnyOf(Privileges.MANAGE_ADDONS, Privileges.GRANT_ADDON_ACCESS, Privileges.VIEW_ADDON_ACCESS_LOG);
		List<InventoryEntry> inventory = new ArrayList<>();
		for (Installation installation : installations.find(null, null)) {
			if (installation.getState() == InstallationState.UNINSTALLED) {
				continue;
			}
			inventory.add(new InventoryEntry(installation, grants.getCurrent(installation).orElse(null),
			        lastActivity(installation)));
		}
		return inventory;
	}

	/** Only the time of the newest event is shown: no patient, no data; so administrators see it too. */
	private Instant lastActivity(Installation installation) {
		List<AuditEvent> newest = events.select(AuditQuery.builder().installation(installation.getUuid()).size(1)
		        .build()).results();
		return newest.isEmpty() ? null : newest.get(0).recordedAt();
	}

	@Override
	public DataFlowReport getDataFlow(Instant from, Instant to) {
		privileges.require(Privileges.VIEW_ADDON_ACCESS_LOG);
		Map<String, Set<String>> scopes = new LinkedHashMap<>();
		Map<String, Set<String>> egress = new LinkedHashMap<>();
		Map<String, Set<String>> granted = new LinkedHashMap<>();
		for (Installation installation : installations.find(null, null)) {
			String addonId = installation.getAddon().getAddonId();
			if (installation.getState() == InstallationState.ACTIVE) {
				grants.getCurrent(installation).filter(g -> g.getKind() != GrantKind.REVOCATION)
				        .ifPresent(g -> g.getScopes().forEach(s -> granted.computeIfAbsent(addonId,
				            k -> new LinkedHashSet<>()).add(Scope.parse(s.getScope()).canonical())));
			}
			AddonVersion version = addons.getVersion(installation.getAddon(), installation.getAddonVersion())
			        .orElse(null);
			if (version == null) {
				continue;
			}
			Manifest manifest = catalog.getManifest(version);
			// Canonical, as the log records the scope that permitted a call: a manifest may list codes in any order.
			manifest.permissions().forEach(p -> scopes.computeIfAbsent(addonId, k -> new LinkedHashSet<>())
			        .add(Scope.parse(p.scope()).canonical()));
			manifest.egress().stream().map(Egress::url)
			        .forEach(u -> egress.computeIfAbsent(addonId, k -> new LinkedHashSet<>()).add(u));
		}
		Map<String, DeclaredFlow> declared = new LinkedHashMap<>();
		scopes.keySet().forEach(addonId -> declared.put(addonId, new DeclaredFlow(new ArrayList<>(scopes.get(addonId)),
		        new ArrayList<>(egress.getOrDefault(addonId, Set.of())),
		        new ArrayList<>(granted.getOrDefault(addonId, Set.of())))));
		return audit.dataFlow(from, to, declared);
	}

	private void requireAnyOf(String... any) {
		for (String privilege : any) {
			if (identity.hasPrivilege(privilege)) {
				return;
			}
		}
		privileges.require(any[0]);
	}
}
