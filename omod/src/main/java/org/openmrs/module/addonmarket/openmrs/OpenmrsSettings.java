package org.openmrs.module.addonmarket.openmrs;

import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicLong;

import org.openmrs.GlobalProperty;
import org.openmrs.api.AdministrationService;
import org.openmrs.api.GlobalPropertyListener;
import org.openmrs.api.context.Context;
import org.openmrs.module.addonmarket.host.HostSettings;
import org.openmrs.module.addonmarket.host.Setting;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The module's settings as OpenMRS global properties ({@code config.xml} declares each with its default).
 * <p>
 * Since OpenMRS 2.7 reading a global property needs the privilege "Get Global Properties", which clinicians
 * usually lack; the module's limits apply to every user, so the read runs with that privilege proxied for its
 * duration, as the platform's own web layer does for the login page. A thread without an OpenMRS session has no
 * user context to proxy the privilege in, so there the read is attempted as it is (2.6 answers it; 2.7 and later
 * refuse it, as they refuse any platform call without a session).
 * <p>
 * The platform answers every read with a query, and the access gateway reads a setting on every add-on data access,
 * so the values of the module's own global properties ({@link Setting#NAME_PREFIX}) are kept in memory, absent ones
 * too (decision 0016). They are kept only while the platform tells this object of every change, as a
 * {@link GlobalPropertyListener} that the module's activator registers through {@link #listen}; until then, and
 * for every other name, each read goes to the platform. A change forgets the value twice: when the platform
 * announces it, which is inside the saving transaction, and again when that transaction completes, since a read in
 * between still finds the old value committed.
 */
@Component
public class OpenmrsSettings implements HostSettings, GlobalPropertyListener {

	/** The platform's name of the privilege (a literal: the platform's constant would be inlined unseen). */
	static final String GET_GLOBAL_PROPERTIES = "Get Global Properties";

	/** Values as last read, by the name in lower case (the platform matches names ignoring case). */
	private final ConcurrentMap<String, Kept> values = new ConcurrentHashMap<>();

	/** Moved by every forgetting: a read from the platform begun before it keeps nothing. */
	private final AtomicLong generation = new AtomicLong();

	/** Whether the platform tells this object of changes; values are kept only then. */
	private volatile boolean listening;

	/**
	 * @see HostSettings#get(String)
	 */
	@Override
	public Optional<String> get(String name) {
		String value = listening && supportsPropertyName(name) ? keptOrRead(name) : readFromPlatform(name);
		return Optional.ofNullable(value).filter(v -> !v.isBlank());
	}

	/**
	 * @return whether the name is one of the module's global properties (ignoring case, as the platform does)
	 */
	@Override
	public boolean supportsPropertyName(String propertyName) {
		return propertyName != null
		        && propertyName.regionMatches(true, 0, Setting.NAME_PREFIX, 0, Setting.NAME_PREFIX.length());
	}

	/**
	 * Forgets the value rather than keeping the new one: the platform announces the change before its transaction
	 * commits, and a rollback would leave a kept new value that the database never held.
	 */
	@Override
	public void globalPropertyChanged(GlobalProperty newValue) {
		forget(newValue.getProperty());
	}

	@Override
	public void globalPropertyDeleted(String propertyName) {
		forget(propertyName);
	}

	/**
	 * Registers with the platform as a listener and from then on keeps values. Does nothing when already listening.
	 *
	 * @param administration the platform's administration service
	 */
	synchronized void listen(AdministrationService administration) {
		if (!listening) {
			// Registered first: a change made before values are kept cannot go unheard.
			administration.addGlobalPropertyListener(this);
			forgetAll();
			listening = true;
		}
	}

	/**
	 * Stops keeping values, forgets them and unregisters from the platform. Does nothing when not listening.
	 *
	 * @param administration the platform's administration service
	 */
	synchronized void stopListening(AdministrationService administration) {
		if (listening) {
			listening = false;
			forgetAll();
			administration.removeGlobalPropertyListener(this);
		}
	}

	private String keptOrRead(String name) {
		String key = key(name);
		Kept kept = values.get(key);
		if (kept != null) {
			return kept.value();
		}
		long readUnder = generation.get();
		Kept read = new Kept(readFromPlatform(name));
		// Under the map's lock for the key: a forgetting that moved the generation meanwhile wins, and one that moves
		// it after this check removes the key after this store (it moves the generation before it removes).
		values.compute(key, (k, current) -> listening && generation.get() == readUnder ? read : current);
		return read.value();
	}

	private void forget(String name) {
		if (name == null) {
			forgetAll();
			return;
		}
		String key = key(name);
		forgetNow(key);
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {

				@Override
				public void afterCompletion(int status) {
					forgetNow(key);
				}
			});
		}
	}

	private void forgetNow(String key) {
		generation.incrementAndGet();
		values.remove(key);
	}

	private void forgetAll() {
		generation.incrementAndGet();
		values.clear();
	}

	private static String key(String name) {
		return name.toLowerCase(Locale.ROOT);
	}

	private static String readFromPlatform(String name) {
		return Context.isSessionOpen() ? readWithProxiedPrivilege(name) : read(name);
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

	/** A value as read from the platform: null when the global property is absent. */
	private record Kept(String value) {
	}
}
