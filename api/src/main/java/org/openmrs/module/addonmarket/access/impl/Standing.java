package org.openmrs.module.addonmarket.access.impl;

import org.openmrs.module.addonmarket.access.decision.GrantTerms;
import org.openmrs.module.addonmarket.audit.DecidedAt;
import org.openmrs.module.addonmarket.install.Audience;
import org.openmrs.module.addonmarket.install.Installation;
import org.openmrs.module.addonmarket.install.InstallationState;

/**
 * An installation as the gateway decides on it, and its newest grant: an immutable copy, safe to keep between calls
 * and threads, tagged with the installation's lock version (which every change to the installation or its grants
 * moves, so that the audit log can check, when it commits the call's event, that the copy was still current).
 *
 * @param installationUuid the installation asked for
 * @param state its state, or null when no installation has that uuid
 * @param addonId the add-on's id ({@link #UNKNOWN_ADDON} when there is no installation)
 * @param addonVersion the version it runs, or null
 * @param audience whom it is installed for, or null
 * @param lockVersion its optimistic-lock version
 * @param grant its newest grant's terms, or null when it has none
 */
record Standing(String installationUuid, InstallationState state, String addonId, String addonVersion,
        Audience audience, int lockVersion, GrantTerms grant) {

	/** The add-on id the audit log records for a call through an installation that does not exist. */
	static final String UNKNOWN_ADDON = "unknown";

	static Standing of(Installation installation, GrantTerms grant) {
		return new Standing(installation.getUuid(), installation.getState(), installation.getAddon().getAddonId(),
		        installation.getAddonVersion(), installation.getAudience(), installation.getLockVersion(), grant);
	}

	static Standing notFound(String installationUuid) {
		return new Standing(installationUuid, null, UNKNOWN_ADDON, null, null, -1, null);
	}

	boolean found() {
		return state != null;
	}

	/** @return what a decision on this standing was made on, for the audit log to check; null when not found */
	DecidedAt decidedAt() {
		return found() ? new DecidedAt(installationUuid, lockVersion) : null;
	}
}
