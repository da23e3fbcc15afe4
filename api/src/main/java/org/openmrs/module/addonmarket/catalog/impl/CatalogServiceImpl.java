package org.openmrs.module.addonmarket.catalog.impl;

import org.openmrs.module.addonmarket.audit.AuditOperation;
import org.openmrs.module.addonmarket.audit.GovernanceEvents;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import org.openmrs.module.addonmarket.Page;
import org.openmrs.module.addonmarket.Privileges;
import org.openmrs.module.addonmarket.catalog.Addon;
import org.openmrs.module.addonmarket.catalog.AddonSearch;
import org.openmrs.module.addonmarket.catalog.AddonVersion;
import org.openmrs.module.addonmarket.catalog.CatalogService;
import org.openmrs.module.addonmarket.catalog.RequestedPermission;
import org.openmrs.module.addonmarket.catalog.Publisher;
import org.openmrs.module.addonmarket.catalog.StoredPackage;
import org.openmrs.module.addonmarket.catalog.dao.AddonDao;
import org.openmrs.module.addonmarket.catalog.dao.PublisherDao;
import org.openmrs.module.addonmarket.catalog.manifest.Manifest;
import org.openmrs.module.addonmarket.catalog.manifest.ManifestReader;
import org.openmrs.module.addonmarket.catalog.pkg.AddonPackage;
import org.openmrs.module.addonmarket.catalog.pkg.AddonPackageReader;
import org.openmrs.module.addonmarket.catalog.scope.Scope;
import org.openmrs.module.addonmarket.error.AddonMarketException;
import org.openmrs.module.addonmarket.error.ErrorCode;
import org.openmrs.module.addonmarket.error.Reasons;
import org.openmrs.module.addonmarket.host.Actor;
import org.openmrs.module.addonmarket.host.ModuleClock;
import org.openmrs.module.addonmarket.host.UserPrivileges;
import org.semver4j.Semver;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * @see CatalogService
 */
@Service
@Transactional
public class CatalogServiceImpl implements CatalogService {

	private final AddonDao addons;

	private final PublisherDao publishers;

	private final AddonPackageReader packages;

	private final ManifestReader manifests;

	private final SignatureCheck signatures;

	private final UserPrivileges privileges;

	private final ModuleClock clock;

	private final GovernanceEvents governance;

	public CatalogServiceImpl(AddonDao addons, PublisherDao publishers, AddonPackageReader packages,
	    ManifestReader manifests, SignatureCheck signatures, UserPrivileges privileges, ModuleClock clock,
	    GovernanceEvents governance) {
		this.governance = governance;
		this.addons = addons;
		this.publishers = publishers;
		this.packages = packages;
		this.manifests = manifests;
		this.signatures = signatures;
		this.privileges = privileges;
		this.clock = clock;
	}

	@Override
	public AddonVersion publish(InputStream packageStream, byte[] signature) {
		Actor actor = privileges.require(Privileges.PUBLISH_ADDONS);
		AddonPackage read = packages.read(packageStream);
		Manifest manifest = read.manifest();
		Publisher publisher = publishers.getByName(manifest.publisher())
		        .orElseThrow(() -> new AddonMarketException(ErrorCode.PUBLISHER_NOT_FOUND,
		                "The manifest names publisher \"" + manifest.publisher()
		                        + "\", which is not registered: an administrator registers publishers first",
		                "/publisher"));
		requireMember(publisher, actor);
		Optional<String> signedBy = signatures.check(publisher, read.sha256(), signature);
		Addon addon = addons.getByAddonId(manifest.id()).orElse(null);
		if (addon == null) {
			addon = new Addon(manifest.id(), publisher, clock.now());
		}
		else {
			requireNewVersionAllowed(addon, publisher, manifest.version());
		}
		AddonVersion version = new AddonVersion(addon, manifest.version(), read.manifestJson(), read.sha256(),
		        read.size());
		signedBy.ifPresent(version::markSigned);
		version.markPublished(actor.uuid(), clock.now());
		addon.describe(version, manifest.name(), manifest.description(), manifest.categories());
		addons.save(addon);
		addons.save(version);
		addons.save(new StoredPackage(version.getId(), read.bytes()));
		governance.act(AuditOperation.PUBLISH, actor.uuid()).addon(manifest.id(), manifest.version())
		        .with("publisher", publisher.getName()).with("sha256", read.sha256())
		        .with("signedBy", signedBy.orElse(null)).record();
		return version;
	}

	private void requireNewVersionAllowed(Addon addon, Publisher publisher, String newVersion) {
		if (!addon.getPublisher().getId().equals(publisher.getId())) {
			throw new AddonMarketException(ErrorCode.ADDON_OF_ANOTHER_PUBLISHER, "Add-on " + addon.getAddonId()
			        + " belongs to publisher " + addon.getPublisher().getName() + ", not " + publisher.getName(), "/id");
		}
		if (addon.isBlocked()) {
			throw new AddonMarketException(ErrorCode.ADDON_BLOCKED,
			        "Add-on " + addon.getAddonId() + " is blocked: " + addon.getBlockedReason(), "/id");
		}
		Semver candidate = Semver.parse(newVersion);
		for (AddonVersion existing : addons.getVersions(addon)) {
			Semver published = Semver.parse(existing.getVersion());
			if (candidate.isEqualTo(published)) {
				throw new AddonMarketException(ErrorCode.VERSION_EXISTS, "Version " + newVersion + " of "
				        + addon.getAddonId() + " is published already; publish a greater version", "/version");
			}
			if (!candidate.isGreaterThan(published)) {
				throw new AddonMarketException(ErrorCode.VERSION_NOT_GREATER, "Version " + newVersion + " of "
				        + addon.getAddonId() + " is not greater than the published " + existing.getVersion(),
				        "/version");
			}
		}
	}

	private static void requireMember(Publisher publisher, Actor actor) {
		if (!publisher.hasMember(actor.uuid())) {
			throw new AddonMarketException(ErrorCode.NOT_A_PUBLISHER_MEMBER,
			        "User " + actor.username() + " does not publish for " + publisher.getName(), "/publisher");
		}
	}

	@Override
	@Transactional(readOnly = true)
	public Page<Addon> searchAddons(AddonSearch search) {
		privileges.require(Privileges.BROWSE_ADDONS);
		return addons.search(search);
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<Addon> getAddon(String addonId) {
		privileges.require(Privileges.BROWSE_ADDONS);
		return addons.getByAddonId(addonId);
	}

	@Override
	@Transactional(readOnly = true)
	public List<AddonVersion> getVersions(String addonId) {
		privileges.require(Privileges.BROWSE_ADDONS);
		return addons.getVersions(addon(addonId));
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<AddonVersion> getVersion(String addonId, String version) {
		privileges.require(Privileges.BROWSE_ADDONS);
		return addons.getByAddonId(addonId).flatMap(addon -> addons.getVersion(addon, version));
	}

	@Override
	public Manifest getManifest(AddonVersion version) {
		return manifests.read(version.getManifestJson().getBytes(StandardCharsets.UTF_8));
	}

	@Override
	public List<RequestedPermission> getRequestedPermissions(AddonVersion version) {
		return getManifest(version).permissions().stream().map(p -> new RequestedPermission(Scope.parse(p.scope()),
		    p.elements(), p.why(), p.optional())).collect(Collectors.toList());
	}

	@Override
	@Transactional(readOnly = true)
	public byte[] getPackage(String addonId, String version) {
		privileges.require(Privileges.BROWSE_ADDONS);
		AddonVersion found = version(addon(addonId), version);
		return addons.getPackage(found).orElseThrow(() -> new AddonMarketException(ErrorCode.VERSION_NOT_FOUND,
		        "The package of " + addonId + " " + version + " is missing", "version")).getBytes();
	}

	@Override
	public AddonVersion withdrawVersion(String addonId, String version, String reason) {
		Actor actor = privileges.require(Privileges.PUBLISH_ADDONS);
		AddonVersion found = version(addon(addonId), version);
		requireMember(found.getAddon().getPublisher(), actor);
		Reasons.require(reason, "/reason");
		if (found.isWithdrawn()) {
			throw new AddonMarketException(ErrorCode.VERSION_WITHDRAWN,
			        addonId + " " + version + " was withdrawn on " + found.getWithdrawnAt(), "version");
		}
		found.withdraw(actor.uuid(), clock.now(), reason.trim());
		governance.act(AuditOperation.WITHDRAW, actor.uuid()).addon(addonId, version).why(reason.trim()).record();
		return found;
	}

	@Override
	public Addon blockAddon(String addonId, String reason) {
		Actor actor = privileges.require(Privileges.MANAGE_ADDONS);
		Addon addon = addon(addonId);
		Reasons.require(reason, "/reason");
		if (addon.isBlocked()) {
			throw new AddonMarketException(ErrorCode.ADDON_BLOCKED, addonId + " is blocked already", "addonId");
		}
		addon.block(actor.uuid(), clock.now(), reason.trim());
		governance.act(AuditOperation.BLOCK, actor.uuid()).addon(addonId, null).why(reason.trim()).record();
		return addon;
	}

	@Override
	public Addon unblockAddon(String addonId) {
		Actor actor = privileges.require(Privileges.MANAGE_ADDONS);
		Addon addon = addon(addonId);
		if (!addon.isBlocked()) {
			throw new AddonMarketException(ErrorCode.ADDON_NOT_BLOCKED, addonId + " is not blocked", "addonId");
		}
		addon.unblock(clock.now());
		governance.act(AuditOperation.UNBLOCK, actor.uuid()).addon(addonId, null).record();
		return addon;
	}

	private Addon addon(String addonId) {
		return addons.getByAddonId(addonId).orElseThrow(
		    () -> new AddonMarketException(ErrorCode.ADDON_NOT_FOUND, "No add-on " + addonId, "addonId"));
	}

	private AddonVersion version(Addon addon, String version) {
		return addons.getVersion(addon, version).orElseThrow(() -> new AddonMarketException(
		        ErrorCode.VERSION_NOT_FOUND, addon.getAddonId() + " has no version " + version, "version"));
	}
}
