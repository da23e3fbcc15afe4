package org.openmrs.module.addonmarket.catalog.manifest;

/**
 * A handler the add-on runs in the background at set times.
 *
 * @param cron when, as six fields: second minute hour day-of-month month day-of-week, e.g. {@code 0 0 6 * * *}
 * @param handler the name of the entry script's function it runs
 */
public record Schedule(String cron, String handler) {
}
