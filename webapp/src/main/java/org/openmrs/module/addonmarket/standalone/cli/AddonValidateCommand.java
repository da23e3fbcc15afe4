package org.openmrs.module.addonmarket.standalone.cli;

import java.util.List;
import java.util.Set;

import org.openmrs.module.addonmarket.catalog.manifest.Manifest;
import org.openmrs.module.addonmarket.catalog.pkg.AddonPackage;

/**
 * {@code addon validate}: checks an add-on's folder as the catalog checks its package, and lists every fault.
 */
final class AddonValidateCommand implements AddonCommand {

	private static final CommandSyntax SYNTAX = new CommandSyntax("validate", List.of("<dir>"), Set.of(), Set.of(),
	        "check an add-on's folder and list every error", """
	                Usage: addon validate <dir>

	                Checks the add-on in <dir> as the catalog checks an upload, with the catalog's default
	                limits: every file's name, type and content, then the package the folder makes, then
	                addon.json. Lists every error, one a line, e.g.
	                  addon.json /permissions/0/scope: unknown resource type "Obsrvation"; expected one of ... (ADDON-0203)
	                  .DS_Store: has the name part ".DS_Store"; expected ... (ADDON-0406)
	                docs/manifest.md explains each field and each error code.""");

	private final AddonFolder folders;

	/**
	 * @param folders reads an add-on's folder as the catalog reads its package
	 */
	AddonValidateCommand(AddonFolder folders) {
		this.folders = folders;
	}

	@Override
	public CommandSyntax syntax() {
		return SYNTAX;
	}

	@Override
	public void run(Arguments arguments, Console console) {
		AddonPackage addon = folders.read(arguments.operand(0), console);
		Manifest manifest = addon.manifest();
		console.out().println(arguments.operand(0) + ": valid (" + manifest.id() + " " + manifest.version() + ", "
		        + addon.files().size() + " files, " + addon.size() + " bytes packed)");
	}
}
