package org.openmrs.module.addonmarket.catalog.pkg;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import org.openmrs.module.addonmarket.catalog.manifest.InvalidManifestException;
import org.openmrs.module.addonmarket.catalog.manifest.Manifest;
import org.openmrs.module.addonmarket.catalog.manifest.ManifestReader;
import org.openmrs.module.addonmarket.error.AddonMarketException;
import org.springframework.stereotype.Component;
import org.openmrs.module.addonmarket.error.ErrorCode;
import org.openmrs.module.addonmarket.host.HostSettings;

/**
 * Reads an add-on package: a zip with {@code addon.json} at its root, the script it names as its entry, and
 * optionally {@code README.md}, {@code icon.png} and other {@code .js}, {@code .json}, {@code .md}, {@code .txt} and
 * {@code .png} files. A package that breaks any rule is refused whole, with the first fault found; nothing of it
 * is written anywhere. The limits are the settings in force at each read. Thread-safe.
 */
@Component
public class AddonPackageReader {

	/** The manifest's name, at the package's root. */
	public static final String MANIFEST = "addon.json";

	/** The optional readme's name, at the package's root. */
	public static final String README = "README.md";

	/** The optional icon's name, at the package's root. */
	public static final String ICON = "icon.png";

	private final HostSettings settings;

	private final ManifestReader manifests;

	/**
	 * @param settings where the package limits are set
	 * @param manifests reads the package's addon.json
	 */
	public AddonPackageReader(HostSettings settings, ManifestReader manifests) {
		this.settings = settings;
		this.manifests = manifests;
	}

	/**
	 * Reads a package from a stream, reading no more than one byte past the size limit. The stream is left open.
	 *
	 * @param in the zip, e.g. an upload
	 * @return the package
	 * @throws AddonMarketException PACKAGE_TOO_LARGE when the stream holds more bytes than
	 *             {@code addonmarket.package.maxBytes}, PACKAGE_UNREADABLE when the stream fails, and otherwise as
	 *             {@link #read(byte[])}
	 */
	public AddonPackage read(InputStream in) {
		PackageLimits limits = PackageLimits.from(settings);
		return inspect(readAtMost(in, limits.maxBytes()), limits);
	}

	/**
	 * @param zip the package's bytes
	 * @return the package
	 * @throws AddonMarketException PACKAGE_TOO_LARGE when it is too large; another PACKAGE_ code, with the offending
	 *             entry as its field, when the zip is malformed or hostile; an {@link InvalidManifestException} when
	 *             its addon.json is not valid
	 */
	public AddonPackage read(byte[] zip) {
		PackageLimits limits = PackageLimits.from(settings);
		if (zip.length > limits.maxBytes()) {
			throw tooLarge(limits);
		}
		return inspect(zip, limits);
	}

	/**
	 * Checks a file's name as {@link #read(byte[])} checks each entry's, for tools that build a package from a
	 * folder and want every fault at once rather than the first.
	 *
	 * @param name the file's path in the package, folders separated by {@code /}, e.g. {@code lib/chart.js}
	 * @throws AddonMarketException with the code and message a package holding that file would be refused with
	 */
	public static void checkFileName(String name) {
		EntryRules.checkName(name);
		FileKinds.checkName(name);
	}

	/**
	 * @param name a folder's path in the package, without a trailing {@code /}, e.g. {@code lib}
	 * @throws AddonMarketException with the code and message a package holding that folder would be refused with
	 * @see #checkFileName(String)
	 */
	public static void checkFolderName(String name) {
		EntryRules.checkName(name + "/");
	}

	/**
	 * @param name the file's path in the package, already accepted by {@link #checkFileName(String)}
	 * @param content the file's bytes
	 * @throws AddonMarketException when the content is not what the name says (an archive, text that is not UTF-8,
	 *             a .png that is not a PNG image), as {@link #read(byte[])} would refuse it
	 * @see #checkFileName(String)
	 */
	public static void checkFileContent(String name, byte[] content) {
		FileKinds.checkContent(name, content);
	}

	private AddonPackage inspect(byte[] zip, PackageLimits limits) {
		if (zip.length == 0) {
			throw empty();
		}
		CentralDirectory directory = CentralDirectory.read(zip);
		if (directory.entries().isEmpty()) {
			throw empty();
		}
		if (directory.entries().size() > limits.maxEntries()) {
			throw new AddonMarketException(ErrorCode.PACKAGE_TOO_MANY_ENTRIES, "The package has "
			        + directory.entries().size() + " entries; expected at most " + limits.maxEntries());
		}
		EntryRules.check(directory.entries());
		checkDeclaredSizes(directory, limits);
		directory.checkLocalHeaders();
		Map<String, byte[]> files = PackageInflater.inflate(zip, directory, limits);
		Manifest manifest = manifests.read(files.get(MANIFEST));
		byte[] entry = files.get(manifest.entry());
		if (entry == null) {
			throw new AddonMarketException(ErrorCode.PACKAGE_ENTRY_FILE_MISSING, "addon.json names \"" + manifest.entry()
			        + "\" as its entry, but the package has no such file; expected it among " + files.keySet(),
			        manifest.entry());
		}
		String readme = files.containsKey(README) ? FileKinds.text(README, files.get(README)) : null;
		return new AddonPackage(sha256(zip), zip.length, manifest, FileKinds.text(MANIFEST, files.get(MANIFEST)),
		        FileKinds.text(manifest.entry(), entry), readme,
		        files.get(ICON), new ArrayList<>(files.keySet()), zip);
	}

	/** Refuses early, before inflating anything, what the directory itself says is too large or missing. */
	private static void checkDeclaredSizes(CentralDirectory directory, PackageLimits limits) {
		long total = 0;
		CentralDirectory.Entry manifest = null;
		for (CentralDirectory.Entry entry : directory.entries()) {
			total += entry.size();
			if (total > limits.maxUncompressedBytes()) {
				throw new AddonMarketException(ErrorCode.PACKAGE_UNCOMPRESSED_TOO_LARGE, "Entry \"" + entry.name()
				        + "\" takes the unpacked package over " + limits.maxUncompressedBytes()
				        + " bytes; expected a smaller package", entry.name());
			}
			if (MANIFEST.equals(entry.name())) {
				manifest = entry;
			}
		}
		if (manifest == null) {
			throw manifestMissing(directory.entries());
		}
		if (manifest.size() > limits.maxManifestBytes()) {
			throw manifestTooLarge(limits);
		}
	}

	private static AddonMarketException manifestMissing(List<CentralDirectory.Entry> entries) {
		String hint = entries.stream().map(CentralDirectory.Entry::name).filter(n -> n.endsWith("/" + MANIFEST))
		        .findFirst().map(n -> " (found \"" + n + "\": zip the folder's contents, not the folder)").orElse("");
		return new AddonMarketException(ErrorCode.PACKAGE_MANIFEST_MISSING,
		        "The package has no addon.json at its root" + hint + "; expected the manifest there", MANIFEST);
	}

	static AddonMarketException manifestTooLarge(PackageLimits limits) {
		return new AddonMarketException(ErrorCode.PACKAGE_MANIFEST_TOO_LARGE,
		        "addon.json is larger than " + limits.maxManifestBytes() + " bytes; expected a smaller manifest", MANIFEST);
	}

	private static byte[] readAtMost(InputStream in, long maxBytes) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		byte[] buffer = new byte[8192];
		try {
			long total = 0;
			int read;
			while ((read = in.read(buffer, 0, chunk(buffer, maxBytes + 1 - total))) != -1) {
				out.write(buffer, 0, read);
				total += read;
				if (total > maxBytes) {
					throw tooLarge(maxBytes);
				}
			}
		}
		catch (IOException e) {
			throw new AddonMarketException(ErrorCode.PACKAGE_UNREADABLE,
			        "The package could not be read (" + e.getMessage() + "); expected a complete upload", null, e);
		}
		return out.toByteArray();
	}

	private static int chunk(byte[] buffer, long remaining) {
		return (int) Math.min(buffer.length, remaining);
	}

	private static AddonMarketException tooLarge(PackageLimits limits) {
		return tooLarge(limits.maxBytes());
	}

	private static AddonMarketException tooLarge(long maxBytes) {
		return new AddonMarketException(ErrorCode.PACKAGE_TOO_LARGE,
		        "The package is larger than " + maxBytes + " bytes; expected a smaller zip");
	}

	private static AddonMarketException empty() {
		return new AddonMarketException(ErrorCode.PACKAGE_EMPTY,
		        "The package is empty; expected a zip with addon.json and the script it names");
	}

	private static String sha256(byte[] zip) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(zip));
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("Every Java runtime has SHA-256", e);
		}
	}
}
