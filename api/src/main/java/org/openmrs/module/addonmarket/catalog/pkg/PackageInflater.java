package org.openmrs.module.addonmarket.catalog.pkg;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.openmrs.module.addonmarket.error.AddonMarketException;
import org.openmrs.module.addonmarket.error.ErrorCode;

/**
 * Inflates a package's entries in memory, walking the local headers with {@link ZipInputStream} and holding each
 * entry to its central directory record. It counts the bytes it actually inflates and stops at the first byte over
 * a limit: declared sizes are only claims.
 */
final class PackageInflater {

	private final PackageLimits limits;

	private long inflated;

	private long compressed;

	private PackageInflater(PackageLimits limits) {
		this.limits = limits;
	}

	/**
	 * @param zip the package
	 * @param directory its central directory, already checked against its local headers
	 * @param limits the limits in force
	 * @return each file's name and content, in the zip's order; folders are left out
	 * @throws AddonMarketException when an entry breaks a limit, differs from its record, or is not what its name says
	 */
	static Map<String, byte[]> inflate(byte[] zip, CentralDirectory directory, PackageLimits limits) {
		PackageInflater inflater = new PackageInflater(limits);
		Map<String, byte[]> files = new LinkedHashMap<>();
		try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
			for (CentralDirectory.Entry expected : directory.entries()) {
				ZipEntry entry = in.getNextEntry();
				if (entry == null || !entry.getName().equals(expected.name())) {
					throw mismatch(expected, "it is not the next entry when the zip is read in order");
				}
				byte[] content = inflater.inflateEntry(in, expected);
				inflater.checkRecord(entry, expected, content.length);
				if (expected.isDirectory() && content.length > 0) {
					throw mismatch(expected, "it is a folder with content");
				}
				if (!expected.isDirectory()) {
					FileKinds.checkContent(expected.name(), content);
					files.put(expected.name(), content);
				}
			}
			if (in.getNextEntry() != null) {
				throw new AddonMarketException(ErrorCode.PACKAGE_DIRECTORY_MISMATCH, "The package has entries its zip "
				        + "central directory does not list; expected a zip written by a standard tool");
			}
		}
		catch (IOException e) {
			throw new AddonMarketException(ErrorCode.PACKAGE_NOT_A_ZIP,
			        "The package is not a valid zip: " + e.getMessage() + "; expected an undamaged zip file", null, e);
		}
		return files;
	}

	private byte[] inflateEntry(ZipInputStream in, CentralDirectory.Entry expected) throws IOException {
		ByteArrayOutputStream content = new ByteArrayOutputStream();
		byte[] buffer = new byte[8192];
		long entryCompressed = Math.max(1, expected.compressedSize());
		boolean manifest = AddonPackageReader.MANIFEST.equals(expected.name());
		for (int read = in.read(buffer); read != -1; read = in.read(buffer)) {
			content.write(buffer, 0, read);
			long size = content.size();
			if (size > expected.size()) {
				throw mismatch(expected, "it declares " + expected.size() + " bytes but inflates to more");
			}
			if (inflated + size > limits.maxUncompressedBytes()) {
				throw new AddonMarketException(ErrorCode.PACKAGE_UNCOMPRESSED_TOO_LARGE, "Entry \"" + expected.name()
				        + "\" takes the unpacked package over " + limits.maxUncompressedBytes()
				        + " bytes; expected a smaller package", expected.name());
			}
			if (manifest && size > limits.maxManifestBytes()) {
				throw AddonPackageReader.manifestTooLarge(limits);
			}
			if (size > PackageLimits.RATIO_EXEMPT_BYTES && size > PackageLimits.MAX_COMPRESSION_RATIO * entryCompressed) {
				throw ratio(expected.name(), "Entry \"" + expected.name() + "\" inflates");
			}
		}
		return content.toByteArray();
	}

	private void checkRecord(ZipEntry entry, CentralDirectory.Entry expected, long size) {
		if (size != expected.size() || entry.getCrc() != expected.crc()
		        || entry.getCompressedSize() != expected.compressedSize()) {
			throw mismatch(expected, "its size, compressed size or checksum differs from its record");
		}
		inflated += size;
		compressed += expected.compressedSize();
		if (inflated > PackageLimits.RATIO_EXEMPT_BYTES
		        && inflated > PackageLimits.MAX_COMPRESSION_RATIO * Math.max(1, compressed)) {
			throw ratio(expected.name(), "The package, up to entry \"" + expected.name() + "\", inflates");
		}
	}

	private static AddonMarketException ratio(String name, String what) {
		return new AddonMarketException(ErrorCode.PACKAGE_COMPRESSION_RATIO, what + " to more than "
		        + PackageLimits.MAX_COMPRESSION_RATIO + " times its compressed size, as zip bombs do; expected "
		        + "ordinary compression", name);
	}

	private static AddonMarketException mismatch(CentralDirectory.Entry entry, String why) {
		return new AddonMarketException(ErrorCode.PACKAGE_DIRECTORY_MISMATCH, "Entry \"" + entry.name()
		        + "\" does not match the zip's central directory: " + why + "; expected a zip written by a standard tool",
		        entry.name());
	}
}
