package org.openmrs.module.addonmarket.grant.impl;

import java.util.List;

import org.openmrs.module.addonmarket.catalog.AddonVersion;
import org.openmrs.module.addonmarket.catalog.CatalogService;
import org.openmrs.module.addonmarket.catalog.RequestedPermission;
import org.openmrs.module.addonmarket.catalog.dao.AddonDao;
import org.openmrs.module.addonmarket.catalog.manifest.Egress;
import org.openmrs.module.addonmarket.error.AddonMarketException;
import org.openmrs.module.addonmarket.error.ErrorCode;
import org.openmrs.module.addonmarket.install.Installation;
import org.springframework.stereotype.Component;

/**
 * What an installation's add-on version asks for, from the catalog.
 */
@Component
class VersionRequests {

	private final AddonDao addons;

	private final CatalogService catalog;

	VersionRequests(AddonDao addons, CatalogService catalog) {
		this.addons = addons;
		this.catalog = catalog;
	}

	AddonVersion version(Installation installation, String version) {
		return addons.getVersion(installation.getAddon(), version).orElseThrow(() -> new AddonMarketException(
		        ErrorCode.VERSION_NOT_FOUND, installation.getAddon().getAddonId() + " has no version " + version,
		        "version"));
	}

	List<RequestedPermission> requested(AddonVersion version) {
		return catalog.getRequestedPermissions(version);
	}

	List<String> egress(AddonVersion version) {
		return catalog.getManifest(version).egress().stream().map(Egress::url).toList();
	}
}
