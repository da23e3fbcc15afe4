package org.openmrs.module.addonmarket.standalone.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.openmrs.module.addonmarket.catalog.manifest.Manifest;
import org.openmrs.module.addonmarket.catalog.pkg.AddonPackage;

/**
 * {@code addon pack}: checks an add-on's folder and zips it as the catalog expects.
 */
final class AddonPackCommand implements AddonCommand {

	private static final CommandSyntax SYNTAX = new CommandSyntax("pack", List.of("<dir>"), Set.of("--out"), Set.of(),
	        "check an add-on's folder and zip it as the catalog expects", """
	                Usage: addon pack <dir> [--out FILE.zip]

	                Checks the add-on in <dir> as "addon validate" does and, when the catalog would accept it,
	                zips it: every file of the folder, none left out (a file the catalog refuses, such as
	                .DS_Store, is an error that names it), entries in name order with fixed timestamps, so the
	                same folder gives the same bytes and the same SHA-256 every time.
	                Prints the zip's path, size and SHA-256.

	                Options:
	                  --out FILE.zip  where to write the package, outside <dir>
	                                  (default: <id>-<version>.zip in the current folder)""");

	private final AddonFolder folders;

	/**
	 * @param folders reads an add-on's folder as the catalog reads its package
	 */
	AddonPackCommand(AddonFolder folders) {
		this.folders = folders;
	}

	@Override
	public CommandSyntax syntax() {
		return SYNTAX;
	}

	@Override
	public void run(Arguments arguments, Console console) {
		Path folder = console.path(arguments.operand(0));
		Optional<Path> out = arguments.value("--out").map(console::path);
		out.ifPresent(file -> refuseInside(file, folder, console));
		AddonPackage addon = folders.read(arguments.operand(0), console);
		Manifest manifest = addon.manifest();
		Path zip = out.orElseGet(() -> console.path(manifest.id() + "-" + manifest.version() + ".zip"));
		refuseInside(zip, folder, console);
		LocalFiles.write(zip, addon.bytes(), console);
		console.out().println("Package: " + console.shown(zip) + " (" + manifest.id() + " " + manifest.version() + ", "
		        + addon.files().size() + " files)");
		console.out().println("Size:    " + addon.size() + " bytes");
		console.out().println("SHA-256: " + addon.sha256());
	}

	/**
	 * A zip written inside the folder would be in the next package made of it, which the catalog refuses. Both paths
	 * come from {@link Console#path(String)}: absolute and normalized.
	 */
	private static void refuseInside(Path zip, Path folder, Console console) {
		if (zip.startsWith(folder)) {
			throw new UsageException("the package " + console.shown(zip) + " would be written inside the add-on's "
			        + "folder, where the next pack would refuse it; give --out a path outside it");
		}
	}
}
