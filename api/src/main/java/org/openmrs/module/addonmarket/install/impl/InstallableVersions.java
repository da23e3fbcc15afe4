package org.openmrs.module.addonmarket.install.impl;

import java.util.List;

import org.openmrs.module.addonmarket.catalog.Addon;
import org.openmrs.module.addonmarket.catalog.AddonVersion;
import org.openmrs.module.addonmarket.catalog.CatalogService;
import org.openmrs.module.addonmarket.catalog.RequestedPermission;
import org.openmrs.module.addonmarket.catalog.dao.AddonDao;
import org.openmrs.module.addonmarket.catalog.manifest.Manifest;
import org.openmrs.module.addonmarket.error.AddonMarketException;
import org.openmrs.module.addonmarket.error.ErrorCode;
import org.openmrs.module.addonmarket.health.HealthService;
import org.semver4j.Semver;
import org.springframework.stereotype.Component;

/**
 * Which add-on versions may be installed or upgraded to: published (not withdrawn), of a listed (not blocked)
 * add-on, and made for this module's version.
 */
@Component
public class InstallableVersions {

	private final AddonDao addons;

	private final CatalogService catalog;

	public InstallableVersions(AddonDao addons, CatalogService catalog) {
		this.addons = addons;
		this.catalog = catalog;
	}

	/**
	 * @param addonId the add-on
	 * @param version the version, or null for the latest
	 * @return the version, checked
	 * @throws AddonMarketException ADDON_NOT_FOUND, VERSION_NOT_FOUND, VERSION_NOT_INSTALLABLE, PLATFORM_MISMATCH
	 */
	public AddonVersion installable(String addonId, String version) {
		Addon addon = addon(addonId);
		if (addon.isBlocked()) {
			throw new AddonMarketException(ErrorCode.VERSION_NOT_INSTALLABLE,
			        addonId + " is blocked by an administrator: " + addon.getBlockedReason(), "/addonId");
		}
		AddonVersion chosen = version(addon, version == null ? addon.getLatestVersion() : version);
		if (chosen.isWithdrawn()) {
			throw new AddonMarketException(ErrorCode.VERSION_NOT_INSTALLABLE, addonId + " " + chosen.getVersion()
			        + " was withdrawn by its publisher: " + chosen.getWithdrawReason(), "/version");
		}
		String range = manifest(chosen).platform();
		String platform = moduleVersion();
		if (!Semver.parse(platform).satisfies(range)) {
			throw new AddonMarketException(ErrorCode.PLATFORM_MISMATCH, addonId + " " + chosen.getVersion()
			        + " supports Add-on Marketplace " + range + "; this is " + platform, "/version");
		}
		return chosen;
	}

	/** @return this module's version without any pre-release part (0.1.0-SNAPSHOT counts as 0.1.0) */
	static String moduleVersion() {
		Semver version = Semver.coerce(HealthService.version());
		return version == null ? "0.0.0" : version.withClearedPreReleaseAndBuild().getVersion();
	}

	public Addon addon(String addonId) {
		return addons.getByAddonId(addonId).orElseThrow(
		    () -> new AddonMarketException(ErrorCode.ADDON_NOT_FOUND, "No add-on " + addonId, "/addonId"));
	}

	public AddonVersion version(Addon addon, String version) {
		return addons.getVersion(addon, version).orElseThrow(() -> new AddonMarketException(
		        ErrorCode.VERSION_NOT_FOUND, addon.getAddonId() + " has no version " + version, "/version"));
	}

	public Manifest manifest(AddonVersion version) {
		return catalog.getManifest(version);
	}

	public List<RequestedPermission> requested(AddonVersion version) {
		return catalog.getRequestedPermissions(version);
	}
}
