package org.openmrs.module.addonmarket.openmrs;

import java.util.Optional;

import org.openmrs.api.context.Context;
import org.openmrs.module.addonmarket.host.HostSettings;
import org.springframework.stereotype.Component;

/**
 * The module's settings as OpenMRS global properties ({@code config.xml} declares each with its default).
 * <p>
 * Since OpenMRS 2.7 reading a global property needs the privilege "Get Global Properties", which clinicians
 * usually lack; the module's limits apply to every user, so the read runs with that privilege proxied for its
 * duration, as the platform's own web layer does for the login page. A thread without an OpenMRS session has no
 * user context to proxy the privilege in, so there the read is attempted as it is (2.6 answers it; 2.7 and later
 * refuse it, as they refuse any platform call without a session).
 */
@Component
public class OpenmrsSettings implements HostSettings {

	/** The platform's name of the privilege (a literal: the platform's constant would be inlined unseen). */
	static final String GET_GLOBAL_PROPERTIES = "Get Global Properties";

	/**
	 * @see HostSettings#get(String)
	 */
	@Override
	public Optional<String> get(String name) {
		String value = Context.isSessionOpen() ? readWithProxiedPrivilege(name) : read(name);
		return Optional.ofNullable(value).filter(v -> !v.isBlank());
	}

	private static String readWithProxiedPrivilege(String name) {
		Context.addProxyPrivilege(GET_GLOBAL_PROPERTIES);
		try {
			return read(name);
		}
		finally {
			Context.removeProxyPrivilege(GET_GLOBAL_PROPERTIES);
		}
	}

	private static String read(String name) {
		return Context.getAdministrationService().getGlobalProperty(name);
	}
}
