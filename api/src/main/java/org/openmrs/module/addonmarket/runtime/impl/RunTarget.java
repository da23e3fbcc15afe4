package org.openmrs.module.addonmarket.runtime.impl;

import org.openmrs.module.addonmarket.runtime.InvocationSubject;
import org.openmrs.module.addonmarket.runtime.sandbox.EntryScript;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * What one run needs, loaded in one short read-only transaction before the script runs.
 *
 * @param subject what runs, for whom
 * @param script the running version's entry script
 * @param configuration the installation's current configuration, or null
 */
record RunTarget(InvocationSubject subject, EntryScript script, JsonNode configuration) {
}
