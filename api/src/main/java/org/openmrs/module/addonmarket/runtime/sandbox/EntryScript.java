package org.openmrs.module.addonmarket.runtime.sandbox;

import java.util.function.Supplier;

/**
 * The entry script of one published add-on version. Its text is read only when the sandbox has no parsed copy yet:
 * a version's package never changes, so its SHA-256 names the script for good.
 *
 * @param addonId the add-on's manifest id
 * @param version the version
 * @param sha256 the package's SHA-256
 * @param fileName the entry's path in the package, e.g. {@code main.js}, for error locations
 * @param text reads the script's text
 */
public record EntryScript(String addonId, String version, String sha256, String fileName, Supplier<String> text) {

	/** @return what the sandbox caches the parsed script under */
	public String key() {
		return addonId + "@" + version + "#" + sha256;
	}

	/** @return the name error locations show, e.g. {@code org.example.bp@1.2.0/main.js} */
	public String displayName() {
		return addonId + "@" + version + "/" + fileName;
	}
}
