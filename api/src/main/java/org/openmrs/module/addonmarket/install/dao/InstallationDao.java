package org.openmrs.module.addonmarket.install.dao;

import java.util.List;
import java.util.Optional;

import org.openmrs.module.addonmarket.install.ConfigurationVersion;
import org.openmrs.module.addonmarket.install.Installation;
import org.openmrs.module.addonmarket.install.InstallationState;

/**
 * Storage of installations and their configuration versions.
 */
public interface InstallationDao {

	Installation save(Installation installation);

	Optional<Installation> getByUuid(String uuid);

	/** @return the live installation with that key, if any */
	Optional<Installation> getByLiveKey(String liveKey);

	/**
	 * @param state a state, or null for any
	 * @param addonId an add-on's manifest id, or null for any
	 * @return matching installations, oldest first
	 */
	List<Installation> find(InstallationState state, String addonId);

	/** @return installations awaiting approval or with an upgrade awaiting approval, oldest first */
	List<Installation> awaitingApproval();

	/** Raises the installation's optimistic-lock version, so that a concurrent decision on it fails. */
	void lock(Installation installation);

	ConfigurationVersion save(ConfigurationVersion configuration);

	/**
	 * A cheap fingerprint of every installation, for caches of installations: the number of installations and the
	 * sum of their optimistic-lock versions. Every change to an installation raises its lock version by one, and
	 * installations are never deleted, so the stamp differs after any installation is added or changed.
	 *
	 * @return e.g. {@code 12:57}
	 */
	String changeStamp();

	/** @return the configuration versions, oldest first */
	List<ConfigurationVersion> getConfigurations(Installation installation);
}
