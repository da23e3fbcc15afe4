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
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The installations as the gateway decides on them. {@link #load} reads an installation and its newest grant from
 * the database; {@link #current} answers from memory when it can, so that a read or search costs no query before
 * its audit event. Memory may be behind the database (a change made on another node, or committed while a copy was
 * being read): that is safe because each copy carries the installation's lock version, every change to the
 * installation or its grants moves that version, and the audit log commits an event decided on a copy only while
 * the version is unchanged ({@link org.openmrs.module.addonmarket.audit.DecidedAt}); when it has moved, the gateway
 * loads the installation again and decides again. Each granted scope carries the elements of the manifest
 * permission it was granted for (the requested permission equal to it, else the first that covers it); the
 * requested permissions of a version are kept in memory, because a published version never changes.
 */
@Component
class Standings {

	/** More installations than any organisation keeps; past it the memory starts again rather than grow. */
	private static final int MAX_CACHED = 10_000;

	private final InstallationDao installations;

	private final GrantDao grants;

	private final AddonDao addons;

	private final CatalogService catalog;

	private final TransactionTemplate reads;

	private final Map<String, List<RequestedPermission>> requestedByVersion = new ConcurrentHashMap<>();

	/** More grants than any organisation keeps in force; past it the cache starts again rather than grow. */
	private static final int MAX_CACHED_GRANTS = 10_000;

	private final Map<String, GrantTerms> termsByGrant = new ConcurrentHashMap<>();

	private final Map<String, Standing> byInstallation = new ConcurrentHashMap<>();

	Standings(InstallationDao installations, GrantDao grants, AddonDao addons, CatalogService catalog,
	    PlatformTransactionManager transactions) {
		this.installations = installations;
		this.grants = grants;
		this.addons = addons;
		this.catalog = catalog;
		this.reads = new TransactionTemplate(transactions);
		this.reads.setReadOnly(true);
	}

	/** @return the installation as last loaded on this node, or as it is now when it has not been loaded */
	Standing current(String installationUuid) {
		Standing known = byInstallation.get(installationUuid);
		return known != null ? known : load(installationUuid);
	}

	/**
	 * Reads the installation and its newest grant (in the caller's transaction, or a read-only one of its own) and
	 * keeps the copy for {@link #current}.
	 */
	Standing load(String installationUuid) {
		Standing loaded = reads.execute(status -> read(installationUuid));
		if (loaded.found()) {
			if (byInstallation.size() >= MAX_CACHED) {
				byInstallation.clear();
			}
			byInstallation.put(installationUuid, loaded);
		}
		else {
			byInstallation.remove(installationUuid);
		}
		return loaded;
	}

	/**
	 * The installation first, then its grant: read in this order, a grant saved between the two reads comes with
	 * the installation's older version, which the audit log's check then finds stale (the other order could pair
	 * an old grant with the new version and pass).
	 */
	private Standing read(String installationUuid) {
		Optional<Installation> installation = installations.getByUuid(installationUuid);
		if (installation.isEmpty()) {
			return Standing.notFound(installationUuid);
		}
		Optional<Grant> newest = grants.getCurrent(installation.get());
		return Standing.of(installation.get(), newest.map(g -> cachedTerms(installation.get(), g)).orElse(null));
	}

	/**
	 * A grant is never edited (a change is a new grant), so its terms, once parsed, hold for as long as it is the
	 * newest.
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
