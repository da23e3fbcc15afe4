package org.openmrs.module.addonmarket.host;

import java.util.Optional;

/**
 * Named settings an administrator can change: OpenMRS keeps them as global properties, the standalone server in
 * its settings table. Defaults live with each {@link Setting}, so a host only answers what was set.
 */
public interface HostSettings {

	/**
	 * @param name a setting's name, e.g. {@code addonmarket.package.maxBytes}
	 * @return the value an administrator set, or empty when it was never set (the setting's default applies)
	 */
	Optional<String> get(String name);
}
