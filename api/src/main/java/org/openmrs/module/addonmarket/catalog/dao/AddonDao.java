package org.openmrs.module.addonmarket.catalog.dao;

import java.util.List;
import java.util.Optional;

import org.openmrs.module.addonmarket.Page;
import org.openmrs.module.addonmarket.catalog.Addon;
import org.openmrs.module.addonmarket.catalog.AddonSearch;
import org.openmrs.module.addonmarket.catalog.AddonVersion;
import org.openmrs.module.addonmarket.catalog.StoredPackage;

/**
 * Storage of add-ons, their versions and the package bytes.
 */
public interface AddonDao {

	Addon save(Addon addon);

	AddonVersion save(AddonVersion version);

	StoredPackage save(StoredPackage storedPackage);

	/** @param addonId the manifest id */
	Optional<Addon> getByAddonId(String addonId);

	/** @return the add-on's versions, oldest first by publication */
	List<AddonVersion> getVersions(Addon addon);

	Optional<AddonVersion> getVersion(Addon addon, String version);

	Optional<StoredPackage> getPackage(AddonVersion version);

	/** @return the matching add-ons ordered by name, one page */
	Page<Addon> search(AddonSearch search);
}
