package org.openmrs.module.addonmarket.inventory;

import java.time.Instant;

import org.openmrs.module.addonmarket.grant.Grant;
import org.openmrs.module.addonmarket.install.Installation;

/**
 * One installation as the organisation's inventory shows it: what runs, for whom, under which grant, and when it
 * last touched data.
 *
 * @param installation the installation
 * @param grant its newest grant, or null
 * @param lastActivity the time of its newest audit event, or null
 */
public record InventoryEntry(Installation installation, Grant grant, Instant lastActivity) {
}
