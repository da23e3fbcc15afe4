package org.openmrs.module.addonmarket.catalog.pkg;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import org.openmrs.module.addonmarket.error.AddonMarketException;
import org.openmrs.module.addonmarket.error.ErrorCode;

/**
 * What each entry of a package's central directory may be, before any of it is inflated: a plain relative name,
 * not encrypted, stored or deflated, a regular file or a folder, of an allowed kind, and no name twice, even ignoring
 * case (the file systems of Windows and macOS do).
 */
final class EntryRules {

	static final int MAX_NAME_LENGTH = 255;

	static final int MAX_DEPTH = 10;

	private static final Pattern SEGMENT = Pattern.compile("[A-Za-z0-9_][A-Za-z0-9_.-]{0,99}");

	private static final Pattern DRIVE = Pattern.compile("^[A-Za-z]:.*");

	private static final String EXPECTED_NAME = "expected a relative path of folders and files named with ASCII "
	        + "letters, digits, '.', '_' and '-', not starting with '.' or '-'";

	private static final int TYPE_MASK = 0170000;

	private static final int REGULAR = 0100000;

	private static final int DIRECTORY = 0040000;

	private static final int SYMLINK = 0120000;

	private EntryRules() {
	}

	/**
	 * @param entries the central directory's entries
	 * @throws AddonMarketException naming the first entry that breaks a rule
	 */
	static void check(List<CentralDirectory.Entry> entries) {
		Map<String, String> names = new HashMap<>();
		for (CentralDirectory.Entry entry : entries) {
			checkName(entry.name());
			checkStorage(entry);
			checkKind(entry);
			String path = path(entry.name());
			String previous = names.putIfAbsent(path.toLowerCase(Locale.ROOT), entry.name());
			if (previous != null) {
				String how = previous.equals(entry.name()) ? "twice" : "twice, as \"" + previous + "\" too";
				throw duplicate(entry.name(), "is in the package " + how);
			}
		}
		checkFoldersAreNotFiles(entries, names);
	}

	/** @throws AddonMarketException PACKAGE_ENTRY_PATH_UNSAFE when the name could reach outside the package */
	static void checkName(String name) {
		String path = path(name);
		if (path.isEmpty()) {
			throw unsafe(name, "has an empty name");
		}
		if (name.indexOf('\\') >= 0) {
			throw unsafe(name, "has a backslash, which some systems read as a folder separator");
		}
		if (name.startsWith("/")) {
			throw unsafe(name, "is an absolute path");
		}
		if (DRIVE.matcher(name).matches()) {
			throw unsafe(name, "starts with a drive letter");
		}
		if (name.chars().anyMatch(c -> c < 0x20 || c == 0x7F)) {
			throw unsafe(name, "has a control character in its name");
		}
		if (name.length() > MAX_NAME_LENGTH || path.split("/", -1).length > MAX_DEPTH) {
			throw unsafe(name, "is longer than " + MAX_NAME_LENGTH + " characters or deeper than " + MAX_DEPTH
			        + " folders");
		}
		for (String segment : path.split("/", -1)) {
			if ("..".equals(segment)) {
				throw unsafe(name, "leaves the package's root folder (zip slip)");
			}
			if (!SEGMENT.matcher(segment).matches()) {
				throw unsafe(name, "has the name part \"" + segment + "\"");
			}
		}
	}

	private static void checkStorage(CentralDirectory.Entry entry) {
		if ((entry.flags() & CentralDirectory.ENCRYPTION_FLAGS) != 0) {
			throw new AddonMarketException(ErrorCode.PACKAGE_ENTRY_ENCRYPTED, "Entry \"" + entry.name()
			        + "\" is encrypted; expected a zip without a password",
			        entry.name());
		}
		if (entry.method() != 0 && entry.method() != 8) {
			throw new AddonMarketException(ErrorCode.PACKAGE_NOT_A_ZIP, "Entry \"" + entry.name()
			        + "\" uses compression method " + entry.method() + "; expected stored or deflated entries",
			        entry.name());
		}
	}

	private static void checkKind(CentralDirectory.Entry entry) {
		int type = entry.unixMode() & TYPE_MASK;
		if (type == SYMLINK) {
			throw new AddonMarketException(ErrorCode.PACKAGE_ENTRY_LINK, "Entry \"" + entry.name()
			        + "\" is a symbolic link; expected regular files only", entry.name());
		}
		if (type != 0 && type != REGULAR && type != DIRECTORY) {
			throw new AddonMarketException(ErrorCode.PACKAGE_ENTRY_LINK, "Entry \"" + entry.name()
			        + "\" is a special file (device, pipe or socket); expected regular files only", entry.name());
		}
		if (type == DIRECTORY && !entry.isDirectory() || type == REGULAR && entry.isDirectory()) {
			throw new AddonMarketException(ErrorCode.PACKAGE_DIRECTORY_MISMATCH, "Entry \"" + entry.name()
			        + "\" is named as a " + (entry.isDirectory() ? "folder" : "file") + " but marked as the other; "
			        + "expected a zip written by a standard tool", entry.name());
		}
		if (!entry.isDirectory()) {
			FileKinds.checkName(entry.name());
		}
	}

	/** A file "lib" beside a file "lib/x.js" would be a file and a folder at once once unpacked. */
	private static void checkFoldersAreNotFiles(List<CentralDirectory.Entry> entries, Map<String, String> names) {
		for (CentralDirectory.Entry entry : entries) {
			String path = path(entry.name()).toLowerCase(Locale.ROOT);
			for (int slash = path.indexOf('/'); slash >= 0; slash = path.indexOf('/', slash + 1)) {
				String folder = names.get(path.substring(0, slash));
				if (folder != null && !folder.endsWith("/")) {
					throw duplicate(entry.name(), "is inside \"" + folder + "\", which is a file");
				}
			}
		}
	}

	/** @return the name without a folder's trailing slash */
	private static String path(String name) {
		return name.endsWith("/") ? name.substring(0, name.length() - 1) : name;
	}

	private static AddonMarketException unsafe(String name, String why) {
		return new AddonMarketException(ErrorCode.PACKAGE_ENTRY_PATH_UNSAFE,
		        "Entry \"" + name + "\" " + why + "; " + EXPECTED_NAME, name);
	}

	private static AddonMarketException duplicate(String name, String why) {
		return new AddonMarketException(ErrorCode.PACKAGE_ENTRY_DUPLICATE,
		        "Entry \"" + name + "\" " + why + "; expected each file and folder once (names are compared ignoring "
		                + "case)", name);
	}
}
