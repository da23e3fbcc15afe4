package org.openmrs.module.addonmarket.catalog;

import java.io.InputStream;
import java.util.List;
import java.util.Optional;

import org.openmrs.module.addonmarket.Page;
import org.openmrs.module.addonmarket.catalog.manifest.Manifest;
import org.openmrs.module.addonmarket.error.AddonMarketException;

/**
 * The catalog of add-ons: publishing packages, finding add-ons, reading what each version asks for, downloading
 * exactly the bytes that were published, withdrawing versions and blocking add-ons.
 */
public interface CatalogService {

	/**
	 * Publishes a package: a new add-on, or a new version of one the caller's publisher owns. Needs Publish Add-ons
	 * and membership of the manifest's publisher. The package is refused whole, and nothing of it stored, when any
	 * check fails.
	 *
	 * @param packageStream the zip; read up to the size limit and no further
	 * @param signature the detached Ed25519 signature (64 bytes or their base64), or null for an unsigned package
	 * @return the published version
	 * @throws AddonMarketException with the code of the first failed check: package limits and safety (ADDON-04xx),
	 *             manifest errors (ADDON-03xx, all of them listed), publisher membership, signature, version order
	 */
	AddonVersion publish(InputStream packageStream, byte[] signature);

	/**
	 * Needs Browse Add-ons.
	 *
	 * @return one page of the add-ons matching the search, ordered by name
	 */
	Page<Addon> searchAddons(AddonSearch search);

	/**
	 * Needs Browse Add-ons.
	 *
	 * @param addonId the manifest id
	 * @return the add-on, or empty
	 */
	Optional<Addon> getAddon(String addonId);

	/**
	 * Needs Browse Add-ons.
	 *
	 * @return the add-on's versions, oldest first
	 * @throws AddonMarketException ADDON_NOT_FOUND
	 */
	List<AddonVersion> getVersions(String addonId);

	/**
	 * Needs Browse Add-ons.
	 *
	 * @return the version, or empty when the add-on or version does not exist
	 */
	Optional<AddonVersion> getVersion(String addonId, String version);

	/**
	 * @param version a published version
	 * @return its manifest, as published
	 */
	Manifest getManifest(AddonVersion version);

	/**
	 * @param version a published version
	 * @return the permissions it asks for, scopes parsed
	 */
	List<RequestedPermission> getRequestedPermissions(AddonVersion version);

	/**
	 * The exact bytes that were published. Needs Browse Add-ons.
	 *
	 * @throws AddonMarketException ADDON_NOT_FOUND, VERSION_NOT_FOUND
	 */
	byte[] getPackage(String addonId, String version);

	/**
	 * Withdraws a version: it stays for the record and for installations that run it, but is no longer installed
	 * or upgraded to. Needs Publish Add-ons and membership of the add-on's publisher.
	 *
	 * @throws AddonMarketException VERSION_NOT_FOUND, VERSION_WITHDRAWN, REASON_REQUIRED, NOT_A_PUBLISHER_MEMBER
	 */
	AddonVersion withdrawVersion(String addonId, String version, String reason);

	/**
	 * Blocks an add-on: nothing may install it or upgrade to it. Needs Manage Add-ons.
	 *
	 * @throws AddonMarketException ADDON_NOT_FOUND, ADDON_BLOCKED, REASON_REQUIRED
	 */
	Addon blockAddon(String addonId, String reason);

	/**
	 * Lifts a block. Needs Manage Add-ons.
	 *
	 * @throws AddonMarketException ADDON_NOT_FOUND, ADDON_NOT_BLOCKED
	 */
	Addon unblockAddon(String addonId);
}
