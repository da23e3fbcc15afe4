package org.openmrs.module.addonmarket.catalog.pkg;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.openmrs.module.addonmarket.error.AddonMarketException;
import org.openmrs.module.addonmarket.error.ErrorCode;

/**
 * A zip's central directory, read from the bytes by hand: java.util.zip does not expose the entries' external
 * attributes (where a symbolic link shows), and a zip that means different things to different readers is the
 * start of many attacks. So the layout is held to what standard tools write: the entries' local headers one after
 * another from the first byte, each matching its directory record, then the directory, then its end record. ZIP64,
 * split archives and data before, between or after the entries are refused.
 */
final class CentralDirectory {

	private static final int END_SIGNATURE = 0x06054b50;

	private static final int ENTRY_SIGNATURE = 0x02014b50;

	private static final int LOCAL_SIGNATURE = 0x04034b50;

	private static final int DESCRIPTOR_SIGNATURE = 0x08074b50;

	private static final int END_SIZE = 22;

	private static final int ENTRY_SIZE = 46;

	private static final int LOCAL_SIZE = 30;

	private static final long ZIP64_MARK = 0xFFFFFFFFL;

	/** General purpose flag bits: encrypted, strongly encrypted, directory encrypted. */
	static final int ENCRYPTION_FLAGS = 0x0001 | 0x0040 | 0x2000;

	private static final int DATA_DESCRIPTOR_FLAG = 0x0008;

	/**
	 * One central directory record.
	 *
	 * @param name the entry's name, as UTF-8
	 * @param nameStart where its name's bytes start in the zip
	 * @param nameLength how many bytes the name has
	 * @param flags its general purpose flags
	 * @param method its compression method: 0 stored, 8 deflated
	 * @param crc the CRC-32 of its content
	 * @param compressedSize its compressed size, as declared
	 * @param size its size once inflated, as declared
	 * @param externalAttributes its external attributes; the upper 16 bits are the Unix mode when there is one
	 * @param localHeaderOffset where its local header starts
	 */
	record Entry(String name, int nameStart, int nameLength, int flags, int method, long crc, long compressedSize,
	        long size, long externalAttributes, long localHeaderOffset) {

		boolean isDirectory() {
			return name.endsWith("/");
		}

		/** @return the Unix file mode, or 0 when the zip records none */
		int unixMode() {
			return (int) (externalAttributes >>> 16) & 0xFFFF;
		}
	}

	private final byte[] zip;

	private final List<Entry> entries;

	private final int offset;

	private CentralDirectory(byte[] zip, List<Entry> entries, int offset) {
		this.zip = zip;
		this.entries = entries;
		this.offset = offset;
	}

	List<Entry> entries() {
		return entries;
	}

	/**
	 * @param zip the package
	 * @return its central directory
	 * @throws AddonMarketException PACKAGE_NOT_A_ZIP when there is none or it is malformed, PACKAGE_ENTRY_PATH_UNSAFE
	 *             when a name is not UTF-8
	 */
	static CentralDirectory read(byte[] zip) {
		int end = findEnd(zip);
		if (u16(zip, end + 4) != 0 || u16(zip, end + 6) != 0 || u16(zip, end + 8) != u16(zip, end + 10)) {
			throw notAZip("it is split over several files; expected one zip file");
		}
		int count = u16(zip, end + 10);
		long size = u32(zip, end + 12);
		long start = u32(zip, end + 16);
		if (count == 0xFFFF || size == ZIP64_MARK || start == ZIP64_MARK) {
			throw notAZip("it is a ZIP64 archive; expected a plain zip");
		}
		if (start + size != end) {
			throw notAZip("its central directory is not where its end record says; expected a zip written by a "
			        + "standard tool");
		}
		List<Entry> entries = new ArrayList<>();
		int at = (int) start;
		for (int i = 0; i < count; i++) {
			Entry entry = readEntry(zip, at, end);
			entries.add(entry);
			at = entry.nameStart() + entry.nameLength() + u16(zip, at + 30) + u16(zip, at + 32);
		}
		if (at != end) {
			throw notAZip("its central directory has " + count + " records but room for a different number");
		}
		return new CentralDirectory(zip, List.copyOf(entries), (int) start);
	}

	private static Entry readEntry(byte[] zip, int at, int end) {
		if (at + ENTRY_SIZE > end || u32(zip, at) != ENTRY_SIGNATURE) {
			throw notAZip("its central directory is damaged at byte " + at);
		}
		int nameLength = u16(zip, at + 28);
		if (at + ENTRY_SIZE + nameLength + u16(zip, at + 30) + u16(zip, at + 32) > end) {
			throw notAZip("its central directory is damaged at byte " + at);
		}
		long compressedSize = u32(zip, at + 20);
		long size = u32(zip, at + 24);
		long localOffset = u32(zip, at + 42);
		if (compressedSize == ZIP64_MARK || size == ZIP64_MARK || localOffset == ZIP64_MARK) {
			throw notAZip("it is a ZIP64 archive; expected a plain zip");
		}
		String name = name(zip, at + ENTRY_SIZE, nameLength);
		return new Entry(name, at + ENTRY_SIZE, nameLength, u16(zip, at + 8), u16(zip, at + 10), u32(zip, at + 16),
		        compressedSize, size, u32(zip, at + 38), localOffset);
	}

	/**
	 * Holds each entry's local header to its directory record, and the entries to lying end to end from the first
	 * byte to the directory, so that a reader walking the local headers sees exactly what the directory lists.
	 *
	 * @throws AddonMarketException PACKAGE_DIRECTORY_MISMATCH naming the first entry that differs
	 */
	void checkLocalHeaders() {
		long expected = 0;
		for (Entry entry : entries) {
			long at = entry.localHeaderOffset();
			if (at != expected) {
				throw mismatch(entry, expected == 0 ? "the zip has data before its first entry"
				        : "the zip has data between entries, or entries that overlap");
			}
			if (at + LOCAL_SIZE > offset || u32(zip, (int) at) != LOCAL_SIGNATURE) {
				throw mismatch(entry, "its local header is missing");
			}
			int local = (int) at;
			int nameLength = u16(zip, local + 26);
			long dataStart = at + LOCAL_SIZE + nameLength + u16(zip, local + 28);
			if (dataStart + entry.compressedSize() > offset || nameLength != entry.nameLength() || !Arrays.equals(zip,
			    local + LOCAL_SIZE, local + LOCAL_SIZE + nameLength, zip, entry.nameStart(), entry.nameStart() + nameLength)) {
				throw mismatch(entry, "its local header names a different file");
			}
			int flags = u16(zip, local + 6);
			if ((flags & ENCRYPTION_FLAGS) != (entry.flags() & ENCRYPTION_FLAGS) || u16(zip, local + 8) != entry.method()) {
				throw mismatch(entry, "its local header gives a different encryption or compression method");
			}
			expected = dataStart + entry.compressedSize() + descriptorSize(flags, dataStart + entry.compressedSize());
		}
		if (expected != offset) {
			throw mismatch(entries.get(entries.size() - 1), "the zip has data after its last entry");
		}
	}

	private long descriptorSize(int flags, long at) {
		if ((flags & DATA_DESCRIPTOR_FLAG) == 0) {
			return 0;
		}
		return at + 4 <= offset && u32(zip, (int) at) == DESCRIPTOR_SIGNATURE ? 16 : 12;
	}

	private static int findEnd(byte[] zip) {
		int lowest = Math.max(0, zip.length - END_SIZE - 0xFFFF);
		for (int at = zip.length - END_SIZE; at >= lowest; at--) {
			if (u32(zip, at) == END_SIGNATURE && at + END_SIZE + u16(zip, at + 20) == zip.length) {
				return at;
			}
		}
		throw notAZip("it has no zip end record; expected a zip file");
	}

	private static String name(byte[] zip, int start, int length) {
		return FileKinds.utf8(zip, start, length).orElseThrow(() -> {
			String shown = new String(zip, start, length, StandardCharsets.ISO_8859_1);
			return new AddonMarketException(ErrorCode.PACKAGE_ENTRY_PATH_UNSAFE, "Entry \"" + shown
			        + "\" has a name that is not UTF-8; expected a name of ASCII letters, digits, '.', '_' and '-'", shown);
		});
	}

	private static AddonMarketException notAZip(String why) {
		return new AddonMarketException(ErrorCode.PACKAGE_NOT_A_ZIP, "The package is not a valid zip: " + why);
	}

	private static AddonMarketException mismatch(Entry entry, String why) {
		return new AddonMarketException(ErrorCode.PACKAGE_DIRECTORY_MISMATCH, "Entry \"" + entry.name()
		        + "\" does not match the zip's central directory: " + why + "; expected a zip written by a standard tool",
		        entry.name());
	}

	static int u16(byte[] bytes, int at) {
		return (bytes[at] & 0xFF) | (bytes[at + 1] & 0xFF) << 8;
	}

	static long u32(byte[] bytes, int at) {
		return (u16(bytes, at) | (long) u16(bytes, at + 2) << 16) & 0xFFFFFFFFL;
	}
}
