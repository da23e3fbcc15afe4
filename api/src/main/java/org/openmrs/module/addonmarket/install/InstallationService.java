package org.openmrs.module.addonmarket.install;

import java.util.List;
import java.util.Optional;

import org.openmrs.module.addonmarket.error.AddonMarketException;
import org.openmrs.module.addonmarket.catalog.PermissionDiff;

/**
 * Installations of add-ons: installing for an audience, the lifecycle (disable, enable, suspend, resume, the kill
 * switch, uninstall), upgrades with re-approval, rollback, and configuration. Nothing an installation does touches
 * data until an administrator grants it (see {@code GrantService}).
 */
public interface InstallationService {

	/**
	 * Installs an add-on version for an audience; it waits for approval. Needs Install Add-ons; an audience wider
	 * than the caller also needs Manage Add-ons.
	 *
	 * @param addonId the add-on's manifest id
	 * @param version the version, or null for the latest published one
	 * @param audience who it is for, or null for the caller alone
	 * @return the new installation, PENDING_APPROVAL
	 * @throws AddonMarketException ADDON_NOT_FOUND, VERSION_NOT_FOUND, VERSION_NOT_INSTALLABLE (withdrawn or
	 *             blocked), PLATFORM_MISMATCH, INSTALLATION_EXISTS
	 */
	Installation install(String addonId, String version, Audience audience);

	/** Needs Browse Add-ons. */
	Optional<Installation> getInstallation(String uuid);

	/**
	 * Needs Browse Add-ons.
	 *
	 * @param state a state, or null for all
	 * @param addonId an add-on, or null for all
	 * @return matching installations, oldest first
	 */
	List<Installation> getInstallations(InstallationState state, String addonId);

	/** ACTIVE to DISABLED. Needs to be the owner (with Install Add-ons) or Manage Add-ons. */
	Installation disable(String uuid);

	/** DISABLED to ACTIVE, or to PENDING_APPROVAL when its grant lapsed meanwhile. Owner or Manage Add-ons. */
	Installation enable(String uuid);

	/** The kill switch for one installation: to SUSPENDED at once. Needs Manage Add-ons. */
	Installation suspend(String uuid, String reason);

	/** The kill switch for an add-on: every live installation of it SUSPENDED at once. Needs Manage Add-ons. */
	List<Installation> suspendAll(String addonId, String reason);

	/** SUSPENDED to ACTIVE, or to PENDING_APPROVAL when its grant is no longer in force. Needs Manage Add-ons. */
	Installation resume(String uuid);

	/** To UNINSTALLED: its grant is revoked, its history stays. Owner or Manage Add-ons. */
	Installation uninstall(String uuid);

	/**
	 * @return what the version asks for beyond the installation's current grant
	 */
	PermissionDiff diff(String uuid, String toVersion);

	/**
	 * Upgrades to a newer version. A narrowing-only upgrade applies at once with the grant narrowed; one that adds
	 * or widens anything waits for approval while the installation keeps its version. Owner or Manage Add-ons.
	 *
	 * @throws AddonMarketException UPGRADE_NOT_NEWER, VERSION_NOT_INSTALLABLE, PLATFORM_MISMATCH,
	 *             CONFIGURATION_INVALID (the new schema rejects the current configuration)
	 */
	Installation upgrade(String uuid, String version);

	/**
	 * Returns to the last version that had an approved grant, with that grant. Needs Manage Add-ons.
	 *
	 * @throws AddonMarketException NOTHING_TO_ROLL_BACK
	 */
	Installation rollback(String uuid);

	/**
	 * Saves a new configuration version after validating it against the running version's schema. Owner or Manage
	 * Add-ons.
	 *
	 * @throws AddonMarketException CONFIGURATION_INVALID with every error at its JSON pointer
	 */
	ConfigurationVersion configure(String uuid, String configurationJson);

	/** Needs Browse Add-ons. @return the current configuration, or empty when none was saved */
	Optional<ConfigurationVersion> getConfiguration(String uuid);

	/** Needs Browse Add-ons. @return every configuration version, oldest first */
	List<ConfigurationVersion> getConfigurationHistory(String uuid);
}
