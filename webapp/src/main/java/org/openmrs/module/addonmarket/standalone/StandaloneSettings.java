package org.openmrs.module.addonmarket.standalone;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.openmrs.module.addonmarket.host.HostSettings;

/**
 * The standalone server's settings. Until administrators can edit them, every setting takes its default.
 */
public class StandaloneSettings implements HostSettings {

	private final Map<String, String> values = new ConcurrentHashMap<>();

	@Override
	public Optional<String> get(String name) {
		return Optional.ofNullable(values.get(name));
	}
}
