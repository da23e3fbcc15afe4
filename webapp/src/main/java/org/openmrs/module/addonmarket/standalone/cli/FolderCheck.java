package org.openmrs.module.addonmarket.standalone.cli;

import java.util.List;

import org.openmrs.module.addonmarket.catalog.pkg.AddonPackage;

/**
 * What checking an add-on's folder found: the package its files make, or everything wrong with it.
 *
 * @param addonPackage the package, as the catalog read it, or null when there are problems
 * @param problems every fault found, in the order of the folder's files and then of addon.json; empty when valid
 */
record FolderCheck(AddonPackage addonPackage, List<Problem> problems) {

	FolderCheck {
		problems = List.copyOf(problems);
	}

	/** @return whether the catalog accepts the folder's package */
	boolean valid() {
		return problems.isEmpty();
	}

	/** @return the problems as lines to print */
	List<String> lines() {
		return problems.stream().map(Problem::line).toList();
	}
}
