package org.openmrs.module.addonmarket.host;

import java.util.List;
import java.util.Optional;

import org.openmrs.module.addonmarket.error.AddonMarketException;
import org.openmrs.module.addonmarket.error.ErrorCode;

/**
 * One limit or policy of the module, with its default and the description administrators read. The OpenMRS
 * {@code config.xml} declares each as a global property; a test keeps the two in step.
 *
 * @param name the global property name
 * @param defaultValue the value used while none is set
 * @param description what it controls, for administrators
 */
public record Setting(String name, String defaultValue, String description) {

	/** How every setting's name starts: the module's id and a dot, as OpenMRS names a module's global properties. */
	public static final String NAME_PREFIX = "addonmarket.";

	public static final Setting PACKAGE_MAX_BYTES = new Setting("addonmarket.package.maxBytes", "5242880",
	        "Largest add-on package (zip) accepted, in bytes.");

	public static final Setting PACKAGE_MAX_ENTRIES = new Setting("addonmarket.package.maxEntries", "200",
	        "Most files an add-on package may contain.");

	public static final Setting PACKAGE_MAX_UNCOMPRESSED_BYTES = new Setting("addonmarket.package.maxUncompressedBytes",
	        "20971520", "Largest total size of an add-on package's files once unpacked, in bytes.");

	public static final Setting MANIFEST_MAX_BYTES = new Setting("addonmarket.package.maxManifestBytes", "262144",
	        "Largest addon.json manifest accepted, in bytes.");

	public static final Setting REQUIRE_SIGNATURE = new Setting("addonmarket.catalog.requireSignature", "false",
	        "true: refuse packages that are not signed by a trusted key of their publisher. false: accept them, marked unsigned.");

	public static final Setting EXPIRY_SWEEP_SECONDS = new Setting("addonmarket.grant.expirySweepSeconds", "60",
	        "How often, in seconds, installations whose grant expired are moved back to awaiting approval.");

	public static final Setting SENSITIVE_CODES = new Setting("addonmarket.access.sensitiveCodes", "",
	        "Codes of sensitive data, comma-separated system|code tokens (e.g. http://snomed.info/sct|86406008). Records "
	                + "with one of these codes are withheld from add-ons unless their grant marks the scope as covering "
	                + "sensitive data.");

	public static final Setting RUNTIME_MAX_STATEMENTS = new Setting("addonmarket.runtime.maxStatements", "1000000",
	        "Most JavaScript statements one run of an add-on (an action, a trigger or a schedule) may execute before it is stopped.");

	public static final Setting RUNTIME_TIMEOUT_MILLIS = new Setting("addonmarket.runtime.timeoutMillis", "5000",
	        "Longest one run of an add-on may take, in milliseconds, before it is stopped.");

	public static final Setting RUNTIME_MAX_RESULT_BYTES = new Setting("addonmarket.runtime.maxResultBytes", "262144",
	        "Largest value, in bytes of JSON, that may cross between an add-on and the EHR at once: a handler's result, a resource it creates, a request it sends.");

	public static final Setting RUNTIME_MAX_LOG_LINES = new Setting("addonmarket.runtime.maxLogLines", "100",
	        "Most lines one run of an add-on may log; a run that logs more is stopped.");

	public static final Setting RUNTIME_MAX_EGRESS_RESPONSE_BYTES = new Setting(
	        "addonmarket.runtime.maxEgressResponseBytes", "1048576",
	        "Largest response, in bytes, an add-on may receive from a server outside the EHR; a larger one stops the run.");

	public static final Setting RUNTIME_MAX_ALLOCATED_BYTES = new Setting("addonmarket.runtime.maxAllocatedBytes",
	        "268435456",
	        "Most memory, in bytes, one run of an add-on may allocate (garbage included) before it is stopped; 0 turns the check off.");

	public static final Setting RUNTIME_BACKGROUND_THREADS = new Setting("addonmarket.runtime.backgroundThreads", "4",
	        "How many runs of add-on triggers and schedules may run at once; read when the module starts.");

	public static final Setting RUNTIME_BACKGROUND_QUEUE = new Setting("addonmarket.runtime.backgroundQueue", "1000",
	        "How many trigger and schedule runs may wait for a free thread; a run beyond that is dropped (logged and "
	                + "recorded with ADDON-0843), never waited for. Read when the module starts.");

	public static final Setting RUNTIME_SCHEDULE_POLL_SECONDS = new Setting("addonmarket.runtime.schedulePollSeconds",
	        "15", "How often, in seconds, the scheduler looks for add-on schedules that came due; read when the module starts.");

	/** Every setting the module reads, in the order config.xml lists them. */
	public static final List<Setting> ALL = List.of(PACKAGE_MAX_BYTES, PACKAGE_MAX_ENTRIES,
	    PACKAGE_MAX_UNCOMPRESSED_BYTES, MANIFEST_MAX_BYTES, REQUIRE_SIGNATURE, SENSITIVE_CODES, EXPIRY_SWEEP_SECONDS,
	    RUNTIME_MAX_STATEMENTS, RUNTIME_TIMEOUT_MILLIS, RUNTIME_MAX_RESULT_BYTES, RUNTIME_MAX_LOG_LINES,
	    RUNTIME_MAX_EGRESS_RESPONSE_BYTES, RUNTIME_MAX_ALLOCATED_BYTES, RUNTIME_BACKGROUND_THREADS,
	    RUNTIME_BACKGROUND_QUEUE, RUNTIME_SCHEDULE_POLL_SECONDS);

	/**
	 * @param settings where administrators' values are kept
	 * @return the value set, or the default, as a whole number
	 * @throws AddonMarketException when the value set is not a whole number, naming the setting
	 */
	public long longValue(HostSettings settings) {
		String value = settings.get(name).map(String::trim).filter(v -> !v.isEmpty()).orElse(defaultValue);
		try {
			return Long.parseLong(value);
		}
		catch (NumberFormatException e) {
			throw new AddonMarketException(ErrorCode.BAD_PARAMETER,
			        "Setting " + name + " must be a whole number, but is \"" + value + "\"", name, e);
		}
	}

	/**
	 * @param settings where administrators' values are kept
	 * @return whether the value set, or the default, is {@code true} (any case)
	 */
	public boolean booleanValue(HostSettings settings) {
		return Boolean.parseBoolean(value(settings));
	}

	/**
	 * @param settings where administrators' values are kept
	 * @return the value set, or the default
	 */
	public String value(HostSettings settings) {
		Optional<String> set = settings.get(name).map(String::trim).filter(v -> !v.isEmpty());
		return set.orElse(defaultValue);
	}
}
