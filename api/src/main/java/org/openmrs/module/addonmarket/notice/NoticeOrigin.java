package org.openmrs.module.addonmarket.notice;

import java.time.Instant;

/**
 * Where a notice came from.
 *
 * @param installationUuid the installation that raised it
 * @param addonId the add-on's manifest id
 * @param invocationId the run that raised it, or null for the module's own notices
 * @param createdBy the user behind the run, {@code system}, or {@value #MODULE} for the module's own notices
 * @param at when
 */
public record NoticeOrigin(String installationUuid, String addonId, String invocationId, String createdBy,
        Instant at) {

	/** The author of the module's own notices (not an add-on's): {@link ModuleNotices}. */
	public static final String MODULE = "addonmarket";

	/** @return the origin of a notice the module itself raises about an installation, outside any run */
	public static NoticeOrigin module(String installationUuid, String addonId, Instant at) {
		return new NoticeOrigin(installationUuid, addonId, null, MODULE, at);
	}
}
