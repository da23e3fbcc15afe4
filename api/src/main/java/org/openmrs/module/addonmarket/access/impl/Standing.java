package org.openmrs.module.addonmarket.access.impl;

import org.openmrs.module.addonmarket.access.decision.GrantTerms;
import org.openmrs.module.addonmarket.install.Installation;
import org.openmrs.module.addonmarket.install.InstallationState;

/**
 * An installation as the gateway finds it at the start of a call, and its newest grant.
 *
 * @param installation the installation, or null when no installation has the uuid given
 * @param grant its newest grant's terms, or null when it has none
 */
record Standing(Installation installation, GrantTerms grant) {

	/** The add-on id the audit log records for a call through an installation that does not exist. */
	static final String UNKNOWN_ADDON = "unknown";

	InstallationState state() {
		return installation == null ? null : installation.getState();
	}

	String addonId() {
		return installation == null ? UNKNOWN_ADDON : installation.getAddon().getAddonId();
	}

	String addonVersion() {
		return installation == null ? null : installation.getAddonVersion();
	}
}
