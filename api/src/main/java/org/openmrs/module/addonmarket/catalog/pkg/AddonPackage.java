package org.openmrs.module.addonmarket.catalog.pkg;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

import org.openmrs.module.addonmarket.catalog.manifest.Manifest;

/**
 * An add-on package that passed every check, with what the catalog keeps of it. Immutable: the byte arrays are
 * copied in and out.
 *
 * @param sha256 the SHA-256 of the zip's bytes, lower-case hex; what a signature signs
 * @param size the zip's size in bytes
 * @param manifest its addon.json
 * @param manifestJson the text of its addon.json, exactly as published
 * @param entrySource the text of the script the manifest names as its entry
 * @param readme the text of README.md at the package's root, or null
 * @param icon the bytes of icon.png at the package's root, or null
 * @param files the names of the package's files, in the zip's order (folders left out)
 * @param bytes the zip, exactly as uploaded
 */
public record AddonPackage(String sha256, long size, Manifest manifest, String manifestJson, String entrySource, String readme, byte[] icon,
        List<String> files, byte[] bytes) {

	public AddonPackage {
		icon = icon == null ? null : icon.clone();
		files = List.copyOf(files);
		bytes = bytes.clone();
	}

	/** @return a copy of the icon's bytes, or null */
	@Override
	public byte[] icon() {
		return icon == null ? null : icon.clone();
	}

	/** @return a copy of the zip's bytes */
	@Override
	public byte[] bytes() {
		return bytes.clone();
	}

	@Override
	public boolean equals(Object other) {
		if (this == other) {
			return true;
		}
		if (!(other instanceof AddonPackage)) {
			return false;
		}
		AddonPackage that = (AddonPackage) other;
		return sha256.equals(that.sha256) && Arrays.equals(bytes, that.bytes);
	}

	@Override
	public int hashCode() {
		return Objects.hash(sha256, size);
	}

	@Override
	public String toString() {
		return "AddonPackage[" + manifest.id() + " " + manifest.version() + ", sha256=" + sha256 + ", size=" + size
		        + ", files=" + files + "]";
	}
}
