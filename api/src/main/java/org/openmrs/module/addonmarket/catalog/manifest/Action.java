package org.openmrs.module.addonmarket.catalog.manifest;

/**
 * Something a user runs from the EHR's screens.
 *
 * @param id unique in the manifest, e.g. {@code trend}
 * @param title what the user sees, e.g. {@code Blood pressure trend}
 * @param context what the action runs for
 * @param handler the name of the entry script's function that runs it
 */
public record Action(String id, String title, ActionContext context, String handler) {
}
