package org.openmrs.module.addonmarket.catalog.pkg;

import org.openmrs.module.addonmarket.error.AddonMarketException;
import org.openmrs.module.addonmarket.error.ErrorCode;
import org.openmrs.module.addonmarket.host.HostSettings;
import org.openmrs.module.addonmarket.host.Setting;

/**
 * The limits a package must keep, as the administrator set them when it is read.
 *
 * @param maxBytes the largest zip, in bytes
 * @param maxEntries the most entries (files and folders) in the zip
 * @param maxUncompressedBytes the largest total of the entries' sizes once inflated
 * @param maxManifestBytes the largest addon.json
 */
public record PackageLimits(long maxBytes, long maxEntries, long maxUncompressedBytes, long maxManifestBytes) {

	/** No entry, and no package as a whole, may inflate to more than this many times its compressed size. */
	public static final int MAX_COMPRESSION_RATIO = 100;

	/**
	 * Entries and packages smaller than this once inflated are not held to {@link #MAX_COMPRESSION_RATIO}: small
	 * repetitive files compress well without being bombs, and the size limits bound them anyway.
	 */
	public static final long RATIO_EXEMPT_BYTES = 64 * 1024;

	/** A zip cannot be held in memory beyond this, whatever the setting says. */
	private static final long ARRAY_LIMIT = Integer.MAX_VALUE - 16;

	/**
	 * @param settings where administrators' values are kept
	 * @return the limits in force
	 * @throws AddonMarketException BAD_PARAMETER when a setting is not a positive whole number
	 */
	public static PackageLimits from(HostSettings settings) {
		return new PackageLimits(Math.min(positive(Setting.PACKAGE_MAX_BYTES, settings), ARRAY_LIMIT),
		        positive(Setting.PACKAGE_MAX_ENTRIES, settings), positive(Setting.PACKAGE_MAX_UNCOMPRESSED_BYTES, settings),
		        positive(Setting.MANIFEST_MAX_BYTES, settings));
	}

	private static long positive(Setting setting, HostSettings settings) {
		long value = setting.longValue(settings);
		if (value <= 0) {
			throw new AddonMarketException(ErrorCode.BAD_PARAMETER,
			        "Setting " + setting.name() + " must be a positive whole number, but is " + value, setting.name());
		}
		return value;
	}
}
