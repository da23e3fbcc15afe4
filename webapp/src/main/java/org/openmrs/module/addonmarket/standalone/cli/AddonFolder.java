package org.openmrs.module.addonmarket.standalone.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.openmrs.module.addonmarket.catalog.manifest.InvalidManifestException;
import org.openmrs.module.addonmarket.catalog.pkg.AddonPackage;
import org.openmrs.module.addonmarket.catalog.pkg.AddonPackageReader;
import org.openmrs.module.addonmarket.error.AddonMarketException;
import org.openmrs.module.addonmarket.error.ErrorCode;
import org.openmrs.module.addonmarket.host.Setting;

/**
 * An add-on's folder read as the catalog reads the package made of it. Each file is held to the package rules, the
 * accepted files are zipped as {@link PackageZip} zips them, and the catalog's reader reads that zip. Where the
 * reader stops at the first fault, this goes on: every file that breaks a rule and every fault of addon.json is
 * reported. Nothing is skipped: a file the catalog would refuse is a problem, never left out.
 */
final class AddonFolder {

	private final CatalogRules rules;

	/**
	 * @param rules the catalog's readers and limits
	 */
	AddonFolder(CatalogRules rules) {
		this.rules = rules;
	}

	/**
	 * @param given the add-on's folder, as given on the command line
	 * @param console where relative paths start
	 * @return the package the folder's files make, as the catalog read it
	 * @throws CommandFailedException when it is not a folder or cannot be listed, or with every fault found, one
	 *             line each: the folder's files in name order, then addon.json's in document order
	 */
	AddonPackage read(String given, Console console) {
		Path folder = folder(given, console);
		Listing listing = new Listing(rules.limits().maxEntries(), given);
		try {
			listing.walk(folder);
		}
		catch (IOException e) {
			throw new CommandFailedException(given, "cannot be read (" + LocalFiles.reason(e) + ")");
		}
		List<Problem> problems = listing.problems;
		if (listing.size > rules.limits().maxUncompressedBytes()) {
			problems.add(new Problem(given, "", "its files add up to " + listing.size + " bytes; a package holds at "
			        + "most " + rules.limits().maxUncompressedBytes() + " ("
			        + Setting.PACKAGE_MAX_UNCOMPRESSED_BYTES.name() + ")", ErrorCode.PACKAGE_UNCOMPRESSED_TOO_LARGE));
			throw failure(problems);
		}
		SortedMap<String, byte[]> contents = listing.read();
		if (!listing.found.containsKey(AddonPackageReader.MANIFEST)) {
			problems.add(manifestMissing(listing.found.keySet()));
		}
		if (problems.isEmpty()) {
			try {
				return rules.packages().read(PackageZip.of(contents));
			}
			catch (InvalidManifestException e) {
				throw failure(Problem.of(e));
			}
			catch (AddonMarketException e) {
				problems.add(Problem.inFolder(e, given));
			}
		}
		byte[] manifest = contents.get(AddonPackageReader.MANIFEST);
		if (manifest != null) {
			// The reader stopped before addon.json, or was not asked: its faults are reported all the same.
			problems.addAll(manifestProblems(manifest));
		}
		throw failure(problems);
	}

	/**
	 * @param given an add-on's folder, as given on the command line
	 * @return the folder
	 * @throws CommandFailedException when it is not a folder
	 */
	private static Path folder(String given, Console console) {
		Path folder = console.path(given);
		if (!Files.exists(folder)) {
			throw new CommandFailedException(given, "no such folder; expected the add-on's folder, with addon.json in it");
		}
		if (!Files.isDirectory(folder)) {
			throw new CommandFailedException(given, "is a file; expected the add-on's folder, with addon.json in it "
			        + "(addon verify checks a zip)");
		}
		return folder;
	}

	private static CommandFailedException failure(List<Problem> problems) {
		return new CommandFailedException(problems.stream().map(Problem::line).toList());
	}

	private List<Problem> manifestProblems(byte[] manifest) {
		try {
			rules.manifests().read(manifest);
			return List.of();
		}
		catch (InvalidManifestException e) {
			return Problem.of(e);
		}
	}

	private static Problem manifestMissing(Iterable<String> names) {
		String elsewhere = "";
		for (String name : names) {
			if (name.endsWith("/" + AddonPackageReader.MANIFEST)) {
				elsewhere = " (found " + name + ": is its folder the add-on?)";
				break;
			}
		}
		return new Problem(AddonPackageReader.MANIFEST, "", "is missing; expected the manifest at the top of the "
		        + "add-on's folder" + elsewhere, ErrorCode.PACKAGE_MANIFEST_MISSING);
	}

	/** A folder's files that the package rules accept, and the problems of the others. */
	private static final class Listing {

		final SortedMap<String, Path> found = new TreeMap<>();

		final List<Problem> problems = new ArrayList<>();

		private final long maxEntries;

		private final String shown;

		private boolean full;

		long size;

		Listing(long maxEntries, String shown) {
			this.maxEntries = maxEntries;
			this.shown = shown;
		}

		/** Lists a folder and the folders within it that the rules accept, in name order. */
		void walk(Path root) throws IOException {
			walk(root, root);
		}

		private void walk(Path root, Path folder) throws IOException {
			List<Path> children;
			try (Stream<Path> listing = Files.list(folder)) {
				children = listing.sorted().toList();
			}
			for (Path child : children) {
				if (full) {
					return;
				}
				visit(root, child);
				if (!full && found.size() + problems.size() > maxEntries) {
					// A folder this large is not an add-on (the home folder, node_modules): stop reading it.
					full = true;
					problems.add(new Problem(shown, "", "holds more than " + maxEntries + " files; a package holds at "
					        + "most " + maxEntries + " (" + Setting.PACKAGE_MAX_ENTRIES.name() + ")",
					        ErrorCode.PACKAGE_TOO_MANY_ENTRIES));
				}
			}
		}

		private void visit(Path root, Path child) throws IOException {
			String name = nameOf(root, child);
			BasicFileAttributes attributes = Files.readAttributes(child, BasicFileAttributes.class,
			    LinkOption.NOFOLLOW_LINKS);
			if (attributes.isSymbolicLink()) {
				problems.add(new Problem(name, "", "is a symbolic link; expected regular files only (copy the file "
				        + "in instead)", ErrorCode.PACKAGE_ENTRY_LINK));
			} else if (attributes.isDirectory()) {
				if (accepts(() -> AddonPackageReader.checkFolderName(name))) {
					walk(root, child);
				}
			} else if (!attributes.isRegularFile()) {
				problems.add(new Problem(name, "", "is a special file (device, pipe or socket); expected regular "
				        + "files only", ErrorCode.PACKAGE_ENTRY_LINK));
			} else if (accepts(() -> AddonPackageReader.checkFileName(name))) {
				found.put(name, child);
				size += attributes.size();
			}
		}

		/** @return the content of each file whose content the rules accept */
		SortedMap<String, byte[]> read() {
			SortedMap<String, byte[]> contents = new TreeMap<>();
			found.forEach((name, file) -> {
				byte[] content;
				try {
					content = Files.readAllBytes(file);
				}
				catch (IOException e) {
					problems.add(new Problem(name, "", "cannot be read (" + LocalFiles.reason(e) + ")",
					        ErrorCode.PACKAGE_UNREADABLE));
					return;
				}
				if (accepts(() -> AddonPackageReader.checkFileContent(name, content))) {
					contents.put(name, content);
				}
			});
			return contents;
		}

		private boolean accepts(Runnable check) {
			try {
				check.run();
				return true;
			}
			catch (AddonMarketException e) {
				problems.add(Problem.inFolder(e, shown));
				return false;
			}
		}

		/** @return a file's path in the package: relative to the add-on's folder, folders separated by / */
		private static String nameOf(Path root, Path file) {
			Path relative = root.relativize(file);
			return Stream.iterate(0, i -> i < relative.getNameCount(), i -> i + 1)
			        .map(i -> relative.getName(i).toString()).collect(Collectors.joining("/"));
		}
	}
}
