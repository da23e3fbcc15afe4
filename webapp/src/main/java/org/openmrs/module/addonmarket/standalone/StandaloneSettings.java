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

	/**
	 * Sets a setting until the server stops (tests that need another limit), or back to its default with null.
	 *
	 * @param name the setting's name, e.g. {@code addonmarket.runtime.timeoutMillis}
	 * @param value its value, or null for the default
	 */
	public void set(String name, String value) {
		if (value == null) {
			values.remove(name);
		}
		else {
			values.put(name, value);
		}
	}
}
