package org.openmrs.module.addonmarket.catalog.pkg;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.openmrs.module.addonmarket.catalog.manifest.TestScopes;
import org.openmrs.module.addonmarket.host.HostSettings;

/**
 * Add-on packages for tests, valid and hostile. The valid one is a frozen copy of an early
 * {@code examples/bp-crisis-alert} (on the test class path as {@code /fixture-addon/}): the catalog, grant and runtime
 * tests rely on its exact manifest, so it does not follow the example as that evolves (the examples have their own
 * tests, {@code org.openmrs.module.addonmarket.examples}). The builder writes zips byte by byte, so a test can make any zip a
 * hostile publisher could: names with {@code ../}, symbolic links, duplicate names, entries whose local header and
 * central directory record disagree, lying sizes, encrypted flags, data before or after the zip.
 *
 * <pre>
 * byte[] zip = TestPackages.example().file("../evil.js", "x").build();
 * byte[] zip = TestPackages.example().file("link.js", "/etc/passwd").unixMode(0120777).build();
 * byte[] zip = TestPackages.example().editManifest(m -&gt; m.put("version", "1.0")).build();
 * </pre>
 */
public final class TestPackages {

	/** The fixture's folder on the test class path. */
	public static final String EXAMPLE = "/fixture-addon/";

	/** The example's files, in the order they are zipped. */
	public static final List<String> EXAMPLE_FILES = List.of("addon.json", "main.js", "README.md");

	private static final ObjectMapper JSON = new ObjectMapper();

	private TestPackages() {
	}

	/** @return the example add-on, zipped */
	public static byte[] validExample() {
		return example().build();
	}

	/** @return a builder holding the example's files */
	public static Builder example() {
		Builder builder = new Builder();
		EXAMPLE_FILES.forEach(name -> builder.file(name, exampleFile(name)));
		return builder;
	}

	/** @return a builder holding nothing */
	public static Builder builder() {
		return new Builder();
	}

	/** @return the example's addon.json, as text */
	public static String exampleManifest() {
		return new String(exampleFile("addon.json"), StandardCharsets.UTF_8);
	}

	/** @return one of the example's files */
	public static byte[] exampleFile(String name) {
		return resource(EXAMPLE + name);
	}

	/** @return a file on the test class path, e.g. {@code /examples/cha2ds2-vasc/main.js} */
	public static byte[] resource(String path) {
		try (InputStream in = TestPackages.class.getResourceAsStream(path)) {
			if (in == null) {
				throw new IllegalStateException(path + " is not on the test class path");
			}
			return in.readAllBytes();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** @return a package reader with these settings and the stand-in scope syntax */
	public static AddonPackageReader reader(HostSettings settings) {
		return new AddonPackageReader(settings, TestScopes.manifestReader());
	}

	/** One entry as the builder will write it. */
	private static final class Entry {

		private byte[] name;

		private byte[] localName;

		private byte[] content;

		private int unixMode;

		private int method = Deflater.DEFLATED;

		private int flags;

		private Long declaredSize;

		private Long crc;

		private boolean inDirectory = true;
	}

	/** Builds a zip entry by entry; the methods after {@link #file} change the entry added last. */
	public static final class Builder {

		private static final int FLAG_UTF8 = 0x0800;

		private final List<Entry> entries = new ArrayList<>();

		private byte[] before = new byte[0];

		private byte[] after = new byte[0];

		private Builder() {
		}

		public Builder file(String name, byte[] content) {
			Entry entry = new Entry();
			entry.name = name.getBytes(StandardCharsets.UTF_8);
			entry.content = content.clone();
			entry.unixMode = name.endsWith("/") ? 040755 : 0100644;
			entries.add(entry);
			return this;
		}

		public Builder file(String name, String text) {
			return file(name, text.getBytes(StandardCharsets.UTF_8));
		}

		public Builder directory(String name) {
			return file(name.endsWith("/") ? name : name + "/", new byte[0]);
		}

		/** Replaces a file's content where it is, or adds the file when there is none of that name. */
		public Builder replace(String name, byte[] content) {
			byte[] bytes = name.getBytes(StandardCharsets.UTF_8);
			for (Entry entry : entries) {
				if (Arrays.equals(entry.name, bytes)) {
					entry.content = content.clone();
					return this;
				}
			}
			return file(name, content);
		}

		public Builder replace(String name, String text) {
			return replace(name, text.getBytes(StandardCharsets.UTF_8));
		}

		public Builder remove(String name) {
			byte[] bytes = name.getBytes(StandardCharsets.UTF_8);
			entries.removeIf(entry -> Arrays.equals(entry.name, bytes));
			return this;
		}

		/** Replaces addon.json with this text. */
		public Builder manifest(String json) {
			return replace("addon.json", json);
		}

		/** Edits the example's addon.json as a JSON object. */
		public Builder editManifest(Consumer<ObjectNode> edit) {
			try {
				ObjectNode manifest = (ObjectNode) JSON.readTree(exampleManifest());
				edit.accept(manifest);
				return manifest(JSON.writerWithDefaultPrettyPrinter().writeValueAsString(manifest));
			}
			catch (JsonProcessingException e) {
				throw new IllegalStateException(e);
			}
		}

		/** Gives the last entry this name's bytes, in its local header and its directory record. */
		public Builder rawName(byte[] name) {
			last().name = name.clone();
			return this;
		}

		/** Gives the last entry a different name in its local header only. */
		public Builder localName(String name) {
			last().localName = name.getBytes(StandardCharsets.UTF_8);
			return this;
		}

		/** Sets the last entry's Unix mode, e.g. {@code 0120777} for a symbolic link. */
		public Builder unixMode(int mode) {
			last().unixMode = mode;
			return this;
		}

		/** Stores the last entry without compression. */
		public Builder stored() {
			return method(0);
		}

		/** Marks the last entry with this compression method; its data stays deflated unless it is 0. */
		public Builder method(int method) {
			last().method = method;
			return this;
		}

		/** Marks the last entry as encrypted (its data is not). */
		public Builder encrypted() {
			last().flags |= 0x0001;
			return this;
		}

		/** Makes the last entry claim this size once inflated, in its local header and its directory record. */
		public Builder declaredSize(long size) {
			last().declaredSize = size;
			return this;
		}

		/** Makes the last entry claim this CRC-32. */
		public Builder crc(long crc) {
			last().crc = crc;
			return this;
		}

		/** Leaves the last entry out of the central directory (its local header and data stay). */
		public Builder hiddenFromDirectory() {
			last().inDirectory = false;
			return this;
		}

		/** Writes these bytes before the first entry. */
		public Builder before(byte[] bytes) {
			before = bytes.clone();
			return this;
		}

		/** Writes these bytes after the end record. */
		public Builder after(byte[] bytes) {
			after = bytes.clone();
			return this;
		}

		public byte[] build() {
			ByteArrayOutputStream zip = new ByteArrayOutputStream();
			zip.writeBytes(before);
			List<long[]> written = new ArrayList<>();
			for (Entry entry : entries) {
				byte[] data = entry.method == 0 ? entry.content : deflate(entry.content);
				long crc = entry.crc != null ? entry.crc : checksum(entry.content);
				long size = entry.declaredSize != null ? entry.declaredSize : entry.content.length;
				written.add(new long[] { zip.size(), crc, data.length, size });
				byte[] localName = entry.localName != null ? entry.localName : entry.name;
				int32(zip, 0x04034b50);
				int16(zip, 20);
				int16(zip, entry.flags | FLAG_UTF8);
				int16(zip, entry.method);
				int16(zip, 0);
				int16(zip, 0x21);
				int32(zip, crc);
				int32(zip, data.length);
				int32(zip, size);
				int16(zip, localName.length);
				int16(zip, 0);
				zip.writeBytes(localName);
				zip.writeBytes(data);
			}
			writeDirectory(zip, written);
			zip.writeBytes(after);
			return zip.toByteArray();
		}

		private void writeDirectory(ByteArrayOutputStream zip, List<long[]> written) {
			long start = zip.size();
			int count = 0;
			for (int i = 0; i < entries.size(); i++) {
				Entry entry = entries.get(i);
				if (!entry.inDirectory) {
					continue;
				}
				long[] at = written.get(i);
				int32(zip, 0x02014b50);
				int16(zip, 3 << 8 | 20);
				int16(zip, 20);
				int16(zip, entry.flags | FLAG_UTF8);
				int16(zip, entry.method);
				int16(zip, 0);
				int16(zip, 0x21);
				int32(zip, at[1]);
				int32(zip, at[2]);
				int32(zip, at[3]);
				int16(zip, entry.name.length);
				int16(zip, 0);
				int16(zip, 0);
				int16(zip, 0);
				int16(zip, 0);
				int32(zip, (long) entry.unixMode << 16);
				int32(zip, at[0]);
				zip.writeBytes(entry.name);
				count++;
			}
			long size = zip.size() - start;
			int32(zip, 0x06054b50);
			int16(zip, 0);
			int16(zip, 0);
			int16(zip, count);
			int16(zip, count);
			int32(zip, size);
			int32(zip, start);
			int16(zip, 0);
		}

		private Entry last() {
			if (entries.isEmpty()) {
				throw new IllegalStateException("Add an entry first");
			}
			return entries.get(entries.size() - 1);
		}
	}

	/** @return the files of a zip, read with java.util.zip, for tests that check what a builder wrote */
	public static Map<String, byte[]> unzip(byte[] zip) throws IOException {
		Map<String, byte[]> files = new LinkedHashMap<>();
		try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
			for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
				files.put(entry.getName(), in.readAllBytes());
			}
		}
		return files;
	}

	private static byte[] deflate(byte[] content) {
		Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION, true);
		deflater.setInput(content);
		deflater.finish();
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		byte[] buffer = new byte[8192];
		while (!deflater.finished()) {
			out.write(buffer, 0, deflater.deflate(buffer));
		}
		deflater.end();
		return out.toByteArray();
	}

	private static long checksum(byte[] content) {
		CRC32 crc = new CRC32();
		crc.update(content);
		return crc.getValue();
	}

	private static void int16(ByteArrayOutputStream out, int value) {
		out.write(value & 0xFF);
		out.write(value >>> 8 & 0xFF);
	}

	private static void int32(ByteArrayOutputStream out, long value) {
		int16(out, (int) (value & 0xFFFF));
		int16(out, (int) (value >>> 16 & 0xFFFF));
	}
}
