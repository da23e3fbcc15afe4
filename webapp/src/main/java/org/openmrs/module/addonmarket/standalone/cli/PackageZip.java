package org.openmrs.module.addonmarket.standalone.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDateTime;
import java.util.Map;
import java.util.SortedMap;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Zips an add-on's files the same way every time: entries in name order, every timestamp the same, no file
 * attributes, no extra fields, so the same files give the same bytes and the same SHA-256 (on the same Java
 * runtime: another zlib may deflate the same bytes differently). The developer CLI packs with it, and demo mode packs
 * the example add-ons with it.
 */
public final class PackageZip {

	/** The first moment a zip's DOS timestamp can hold; it has no time zone, so none can shift it. */
	static final LocalDateTime TIMESTAMP = LocalDateTime.of(1980, 1, 1, 0, 0);

	private PackageZip() {
	}

	/**
	 * @param files each file's path in the package (folders separated by {@code /}) and content
	 * @return the zip
	 */
	public static byte[] of(SortedMap<String, byte[]> files) {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
			zip.setLevel(Deflater.BEST_COMPRESSION);
			for (Map.Entry<String, byte[]> file : files.entrySet()) {
				ZipEntry entry = new ZipEntry(file.getKey());
				entry.setTimeLocal(TIMESTAMP);
				zip.putNextEntry(entry);
				zip.write(file.getValue());
				zip.closeEntry();
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException("Writing to memory cannot fail", e);
		}
		return bytes.toByteArray();
	}
}
