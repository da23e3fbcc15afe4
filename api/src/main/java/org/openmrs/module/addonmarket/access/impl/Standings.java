package org.openmrs.module.addonmarket.access.impl;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.openmrs.module.addonmarket.access.decision.GrantTerms;
import org.openmrs.module.addonmarket.access.decision.ScopeTerms;
import org.openmrs.module.addonmarket.catalog.AddonVersion;
import org.openmrs.module.addonmarket.catalog.CatalogService;
import org.openmrs.module.addonmarket.catalog.RequestedPermission;
import org.openmrs.module.addonmarket.catalog.dao.AddonDao;
import org.openmrs.module.addonmarket.catalog.scope.Scope;
import org.openmrs.module.addonmarket.error.AddonMarketException;
import org.openmrs.module.addonmarket.error.ErrorCode;
import org.openmrs.module.addonmarket.grant.Grant;
import org.openmrs.module.addonmarket.grant.GrantKind;
import org.openmrs.module.addonmarket.grant.GrantedScope;
import org.openmrs.module.addonmarket.grant.dao.GrantDao;
import org.openmrs.module.addonmarket.install.Installation;
import org.openmrs.module.addonmarket.install.dao.InstallationDao;
import org.springframework.stereotype.Component;

/**
 * Reads an installation and its newest grant afresh for every call, so that a suspension or a revocation holds from
 * the very next call. Each granted scope carries the elements of the manifest permission it was granted for (the
 * requested permission equal to it, else the first that covers it); the requested permissions of a version are kept in memory, because a
 * published version never changes.
 */
@Component
class Standings {

	private final InstallationDao installations;

	private final GrantDao grants;

	private final AddonDao addons;

	private final CatalogService catalog;

	private final Map<String, List<RequestedPermission>> requestedByVersion = new ConcurrentHashMap<>();

	/** More grants than any organisation keeps in force; past it the cache starts again rather than grow. */
	private static final int MAX_CACHED_GRANTS = 10_000;

	private final Map<String, GrantTerms> termsByGrant = new ConcurrentHashMap<>();

	Standings(InstallationDao installations, GrantDao grants, AddonDao addons, CatalogService catalog) {
		this.installations = installations;
		this.grants = grants;
		this.addons = addons;
		this.catalog = catalog;
	}

	Standing of(String installationUuid) {
		Optional<Installation> installation = installations.getByUuid(installationUuid);
		if (installation.isEmpty()) {
			return new Standing(null, null);
		}
		Optional<Grant> newest = grants.getCurrent(installation.get());
		return new Standing(installation.get(), newest.map(g -> cachedTerms(installation.get(), g)).orElse(null));
	}

	/**
	 * A grant is never edited (a change is a new grant), so its terms, once parsed, hold for as long as it is the
	 * newest: the installation and its newest grant are still read on every call, only the parsing is saved.
	 */
	private GrantTerms cachedTerms(Installation installation, Grant grant) {
		if (grant.getUuid() == null) {
			return terms(installation, grant);
		}
		if (termsByGrant.size() >= MAX_CACHED_GRANTS) {
			termsByGrant.clear();
		}
		return termsByGrant.computeIfAbsent(grant.getUuid(), uuid -> terms(installation, grant));
	}

	private GrantTerms terms(Installation installation, Grant grant) {
		boolean revocation = grant.getKind() == GrantKind.REVOCATION;
		List<RequestedPermission> requested = revocation ? List.of() : requested(installation, grant.getAddonVersion());
		List<ScopeTerms> scopes = grant.getScopes().stream().map(g -> terms(g, requested)).toList();
		return new GrantTerms(grant.getUuid(), revocation, grant.getExpiresAt(), scopes, grant.getEgress());
	}

	private static ScopeTerms terms(GrantedScope granted, List<RequestedPermission> requested) {
		Scope scope = Scope.parse(granted.getScope());
		Optional<RequestedPermission> asked = requested.stream().filter(r -> r.scope().equals(scope)).findFirst()
		        .or(() -> requested.stream().filter(r -> r.scope().covers(scope)).findFirst());
		List<String> elements = asked.map(RequestedPermission::elements).orElse(List.of());
		return new ScopeTerms(scope, granted.isSensitive(), elements);
	}

	private List<RequestedPermission> requested(Installation installation, String version) {
		AddonVersion found = addons.getVersion(installation.getAddon(), version).orElseThrow(
		    () -> new AddonMarketException(ErrorCode.VERSION_NOT_FOUND, installation.getAddon().getAddonId()
		            + " has no version " + version + ", which its grant answers", "version"));
		return requestedByVersion.computeIfAbsent(found.getUuid(), uuid -> catalog.getRequestedPermissions(found));
	}
}
