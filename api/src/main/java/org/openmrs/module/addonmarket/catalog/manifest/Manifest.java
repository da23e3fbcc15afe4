package org.openmrs.module.addonmarket.catalog.manifest;

import java.util.ArrayList;
import java.util.List;

/**
 * An add-on's manifest, {@code addon.json}, once read and found valid. {@code docs/manifest.md} describes each
 * field and its limits.
 *
 * @param manifestVersion the manifest format, always 1
 * @param id reverse-DNS, e.g. {@code org.example.bp-crisis-alert}
 * @param name the name people read
 * @param version a semantic version, e.g. {@code 1.2.0}
 * @param publisher the publisher's name, e.g. {@code cardiology-unit}
 * @param description what the add-on does
 * @param categories where the catalog lists it, e.g. {@code cardiology}; may be empty
 * @param platform the module versions it runs on, an npm-style range, e.g. {@code >=1.0.0 <2.0.0}
 * @param entry the path of the script in the package, e.g. {@code main.js}
 * @param permissions the data it asks to use
 * @param egress where it sends requests outside the EHR
 * @param triggers what it does when clinical events happen
 * @param actions what users can run
 * @param schedules what it runs in the background
 * @param configuration the JSON Schema (draft 2020-12) of its settings, as JSON text, or null when it has none
 */
public record Manifest(int manifestVersion, String id, String name, String version, String publisher,
        String description, List<String> categories, String platform, String entry, List<Permission> permissions,
        List<Egress> egress, List<Trigger> triggers, List<Action> actions, List<Schedule> schedules,
        String configuration) {

	public Manifest {
		categories = List.copyOf(categories);
		permissions = List.copyOf(permissions);
		egress = List.copyOf(egress);
		triggers = List.copyOf(triggers);
		actions = List.copyOf(actions);
		schedules = List.copyOf(schedules);
	}

	/** @return the name of every function the manifest names: triggers', then actions', then schedules' */
	public List<String> handlers() {
		List<String> handlers = new ArrayList<>();
		triggers.forEach(t -> handlers.add(t.handler()));
		actions.forEach(a -> handlers.add(a.handler()));
		schedules.forEach(s -> handlers.add(s.handler()));
		return List.copyOf(handlers);
	}
}
