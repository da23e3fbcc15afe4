package org.openmrs.module.addonmarket.notice;

import java.time.Instant;

/**
 * Where a notice came from.
 *
 * @param installationUuid the installation that raised it
 * @param addonId the add-on's manifest id
 * @param invocationId the run that raised it
 * @param createdBy the user behind the run, or {@code system}
 * @param at when
 */
public record NoticeOrigin(String installationUuid, String addonId, String invocationId, String createdBy,
        Instant at) {
}
