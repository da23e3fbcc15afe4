package org.openmrs.module.addonmarket.test;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.openmrs.module.addonmarket.host.HostSettings;

/**
 * Settings the tests set and clear; everything unset takes its default.
 */
public class TestSettings implements HostSettings {

	private final Map<String, String> values = new ConcurrentHashMap<>();

	public void set(String name, String value) {
		values.put(name, value);
	}

	public void clear() {
		values.clear();
	}

	@Override
	public Optional<String> get(String name) {
		return Optional.ofNullable(values.get(name));
	}
}
