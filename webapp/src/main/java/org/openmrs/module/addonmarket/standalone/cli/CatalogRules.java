package org.openmrs.module.addonmarket.standalone.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.openmrs.module.addonmarket.catalog.manifest.InvalidManifestException;
import org.openmrs.module.addonmarket.catalog.manifest.ManifestReader;
import org.openmrs.module.addonmarket.catalog.pkg.AddonPackage;
import org.openmrs.module.addonmarket.catalog.pkg.AddonPackageReader;
import org.openmrs.module.addonmarket.catalog.pkg.PackageLimits;
import org.openmrs.module.addonmarket.catalog.scope.ScopeSyntaxCheck;
import org.openmrs.module.addonmarket.error.AddonMarketException;
import org.openmrs.module.addonmarket.host.HostSettings;

/**
 * The catalog's own readers, with every limit at its default: what a server whose administrator changed nothing
 * accepts. The commands check with these, so a package they pass is one such a catalog takes.
 *
 * @param packages reads a package as an upload is read
 * @param manifests reads an addon.json
 * @param limits the default package limits
 */
record CatalogRules(AddonPackageReader packages, ManifestReader manifests, PackageLimits limits) {

	/** @return the readers with the default limits */
	static CatalogRules defaults() {
		HostSettings nothingSet = name -> Optional.empty();
		ManifestReader manifests = new ManifestReader(new ScopeSyntaxCheck());
		return new CatalogRules(new AddonPackageReader(nothingSet, manifests), manifests, PackageLimits.from(nothingSet));
	}

	/**
	 * Reads a package file as the catalog reads an upload.
	 *
	 * @param zip the package file
	 * @param console where relative paths start
	 * @return the package
	 * @throws CommandFailedException when it cannot be read or the catalog would refuse it, naming the file and, for
	 *             a manifest, every fault
	 */
	AddonPackage read(Path zip, Console console) {
		String shown = console.shown(zip);
		if (Files.isDirectory(zip)) {
			throw new CommandFailedException(shown, "is a folder; expected a package (addon validate checks a folder)");
		}
		try (InputStream in = Files.newInputStream(zip)) {
			return packages.read(in);
		}
		catch (IOException e) {
			throw new CommandFailedException(shown, "cannot be read (" + LocalFiles.reason(e) + ")");
		}
		catch (InvalidManifestException e) {
			throw new CommandFailedException(Problem.of(e).stream().map(p -> shown + ": " + p.line()).toList());
		}
		catch (AddonMarketException e) {
			throw new CommandFailedException(List.of(Problem.in(shown, e).line()));
		}
	}
}
