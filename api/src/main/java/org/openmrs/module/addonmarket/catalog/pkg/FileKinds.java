package org.openmrs.module.addonmarket.catalog.pkg;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.openmrs.module.addonmarket.error.AddonMarketException;
import org.openmrs.module.addonmarket.error.ErrorCode;

/**
 * The kinds of file a package may hold, told by extension and held to it by content. A package holds the manifest,
 * scripts, documentation and images: {@code .js}, {@code .json}, {@code .md}, {@code .txt} (UTF-8 text) and
 * {@code .png} (a PNG image). Nothing else: no archive inside the archive, no binaries, no hidden files.
 */
final class FileKinds {

	/** The extensions a package's files may have, lower case. */
	static final Set<String> ALLOWED = Set.of("js", "json", "md", "png", "txt");

	private static final Set<String> TEXT = Set.of("js", "json", "md", "txt");

	private static final Set<String> ARCHIVES = Set.of("zip", "jar", "war", "ear", "omod", "tar", "gz", "tgz", "bz2",
	    "xz", "zst", "7z", "rar");

	private static final byte[][] ARCHIVE_MAGIC = { { 'P', 'K', 3, 4 }, { 'P', 'K', 5, 6 }, { 'P', 'K', 7, 8 },
	        { 0x1F, (byte) 0x8B }, { '7', 'z', (byte) 0xBC, (byte) 0xAF, 0x27, 0x1C }, { 'R', 'a', 'r', '!', 0x1A, 7 } };

	private static final byte[] PNG_MAGIC = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n' };

	static final String EXPECTED = "expected only .js, .json, .md, .txt and .png files";

	private FileKinds() {
	}

	/** @return the extension of a file's name, lower case, or "" when it has none */
	static String extension(String name) {
		String file = name.substring(name.lastIndexOf('/') + 1);
		int dot = file.lastIndexOf('.');
		return dot < 0 ? "" : file.substring(dot + 1).toLowerCase(Locale.ROOT);
	}

	/**
	 * @throws AddonMarketException PACKAGE_NESTED_ARCHIVE for an archive's extension, PACKAGE_FILE_TYPE_NOT_ALLOWED
	 *             for any other extension not allowed
	 */
	static void checkName(String name) {
		String extension = extension(name);
		if (ARCHIVES.contains(extension)) {
			throw new AddonMarketException(ErrorCode.PACKAGE_NESTED_ARCHIVE,
			        "Entry \"" + name + "\" is an archive (." + extension + "); " + EXPECTED + ", not packed", name);
		}
		if (!ALLOWED.contains(extension)) {
			String kind = extension.isEmpty() ? "has no extension" : "is a ." + extension + " file";
			throw new AddonMarketException(ErrorCode.PACKAGE_FILE_TYPE_NOT_ALLOWED,
			        "Entry \"" + name + "\" " + kind + "; " + EXPECTED, name);
		}
	}

	/**
	 * @throws AddonMarketException PACKAGE_NESTED_ARCHIVE when the content is an archive, PACKAGE_TEXT_NOT_UTF8 when
	 *             a text file is not UTF-8, PACKAGE_FILE_TYPE_NOT_ALLOWED when a .png is not a PNG image
	 */
	static void checkContent(String name, byte[] content) {
		for (byte[] magic : ARCHIVE_MAGIC) {
			if (startsWith(content, magic)) {
				throw new AddonMarketException(ErrorCode.PACKAGE_NESTED_ARCHIVE,
				        "Entry \"" + name + "\" holds an archive; " + EXPECTED + ", not packed", name);
			}
		}
		String extension = extension(name);
		if (TEXT.contains(extension)) {
			text(name, content);
		} else if ("png".equals(extension) && !startsWith(content, PNG_MAGIC)) {
			throw new AddonMarketException(ErrorCode.PACKAGE_FILE_TYPE_NOT_ALLOWED,
			        "Entry \"" + name + "\" is not a PNG image; expected .png files to be PNG images", name);
		}
	}

	/**
	 * @return the content as text, without a leading byte order mark
	 * @throws AddonMarketException PACKAGE_TEXT_NOT_UTF8 when it is not UTF-8
	 */
	static String text(String name, byte[] content) {
		String text = utf8(content, 0, content.length).orElseThrow(() -> new AddonMarketException(
		    ErrorCode.PACKAGE_TEXT_NOT_UTF8, "Entry \"" + name + "\" is not UTF-8 text; expected text files saved as UTF-8",
		    name));
		return text.startsWith("\uFEFF") ? text.substring(1) : text;
	}

	/** @return the bytes decoded as UTF-8, or empty when they are not UTF-8 (nothing is replaced) */
	static Optional<String> utf8(byte[] bytes, int offset, int length) {
		try {
			return Optional.of(StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
			        .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes, offset, length))
			        .toString());
		}
		catch (CharacterCodingException e) {
			return Optional.empty();
		}
	}

	private static boolean startsWith(byte[] content, byte[] prefix) {
		return content.length >= prefix.length && Arrays.equals(content, 0, prefix.length, prefix, 0, prefix.length);
	}
}
