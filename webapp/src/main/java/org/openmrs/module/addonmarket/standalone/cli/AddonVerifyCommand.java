package org.openmrs.module.addonmarket.standalone.cli;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.openmrs.module.addonmarket.catalog.manifest.Egress;
import org.openmrs.module.addonmarket.catalog.manifest.Manifest;
import org.openmrs.module.addonmarket.catalog.manifest.Permission;
import org.openmrs.module.addonmarket.catalog.pkg.AddonPackage;
import org.openmrs.module.addonmarket.catalog.scope.Scope;
import org.openmrs.module.addonmarket.catalog.signing.PackageSignature;
import org.openmrs.module.addonmarket.catalog.signing.TrustedKey;
import org.openmrs.module.addonmarket.error.AddonMarketException;
import org.openmrs.module.addonmarket.error.ErrorCode;

/**
 * {@code addon verify}: checks a package as the catalog would, and its signature, and says what it asks for.
 */
final class AddonVerifyCommand implements AddonCommand {

	private static final CommandSyntax SYNTAX = new CommandSyntax("verify", List.of("<zip>"), Set.of("--sig", "--pub"),
	        Set.of(), "check a package as the catalog would, and its signature", """
	                Usage: addon verify <zip> [--pub FILE.pub [--sig FILE.sig]]

	                Reads the package with the catalog's own reader and default limits (size, entries, safe
	                names, file types, addon.json) and, given a public key, checks its signature. Prints the
	                add-on's id and version, the package's SHA-256, the fingerprint of the key that signed it
	                (or "unsigned"), and the permissions it asks for, in the words an administrator reads.

	                Options:
	                  --pub FILE.pub  the publisher's public key: check the signature with it
	                  --sig FILE.sig  the signature (default with --pub: <zip>.sig)""");

	private final CatalogRules rules;

	/**
	 * @param rules the catalog's readers
	 */
	AddonVerifyCommand(CatalogRules rules) {
		this.rules = rules;
	}

	@Override
	public CommandSyntax syntax() {
		return SYNTAX;
	}

	@Override
	public void run(Arguments arguments, Console console) {
		Optional<Path> publicKeyFile = arguments.value("--pub").map(console::path);
		Optional<Path> signatureFile = arguments.value("--sig").map(console::path);
		if (signatureFile.isPresent() && publicKeyFile.isEmpty()) {
			throw new UsageException("--sig needs --pub, the publisher's public key to check the signature with");
		}
		Path zip = console.path(arguments.operand(0));
		AddonPackage addon = rules.read(zip, console);
		String signedBy = "unsigned";
		if (publicKeyFile.isPresent()) {
			Path signature = signatureFile.orElse(AddonSignCommand.signatureBeside(zip));
			signedBy = checkSignature(addon, zip, signature, publicKeyFile.get(), console);
		} else if (Files.exists(AddonSignCommand.signatureBeside(zip))) {
			signedBy = "unsigned (not checked: give --pub to check " + console.shown(AddonSignCommand.signatureBeside(zip))
			        + ")";
		}
		print(addon, signedBy, console);
	}

	/** @return the fingerprint of the key, when the signature is its signature of the package */
	private static String checkSignature(AddonPackage addon, Path zip, Path signatureFile, Path publicKeyFile,
	        Console console) {
		String keyShown = console.shown(publicKeyFile);
		String signatureShown = console.shown(signatureFile);
		TrustedKey key;
		PackageSignature signature;
		try {
			key = TrustedKey.parse(new String(LocalFiles.read(publicKeyFile, console), StandardCharsets.UTF_8));
		}
		catch (AddonMarketException e) {
			throw new CommandFailedException(List.of(Problem.in(keyShown, e).line()));
		}
		try {
			signature = PackageSignature.decode(LocalFiles.read(signatureFile, console));
		}
		catch (AddonMarketException e) {
			throw new CommandFailedException(List.of(Problem.in(signatureShown, e).line()));
		}
		if (!signature.verifies(addon.sha256(), key.key())) {
			throw new CommandFailedException(List.of(new Problem(signatureShown, "", "is not a signature of "
			        + console.shown(zip) + " (SHA-256 " + addon.sha256() + ") by the key " + keyShown + " ("
			        + key.fingerprint() + "): the package changed after it was signed, or another key signed it",
			        ErrorCode.SIGNATURE_INVALID).line()));
		}
		return key.fingerprint();
	}

	private static void print(AddonPackage addon, String signedBy, Console console) {
		Manifest manifest = addon.manifest();
		console.out().println("Add-on:    " + manifest.id() + " " + manifest.version() + " \"" + manifest.name()
		        + "\" by " + manifest.publisher());
		console.out().println("SHA-256:   " + addon.sha256());
		console.out().println("Size:      " + addon.size() + " bytes, " + addon.files().size() + " files");
		console.out().println("Signed by: " + signedBy);
		console.out().println("Permissions:" + (manifest.permissions().isEmpty() ? " none" : ""));
		for (Permission permission : manifest.permissions()) {
			String only = permission.elements().isEmpty() ? "" : " (only " + String.join(", ", permission.elements()) + ")";
			String optional = permission.optional() ? " [optional]" : "";
			console.out().println("  - " + Scope.parse(permission.scope()).describe() + only + optional + ": "
			        + permission.why());
		}
		console.out().println("Sends data to:" + (manifest.egress().isEmpty() ? " nowhere outside the EHR" : ""));
		for (Egress egress : manifest.egress()) {
			String sends = egress.sends().isEmpty() ? "no clinical records" : String.join(", ", egress.sends());
			console.out().println("  - " + egress.url() + " (" + sends + "): " + egress.why());
		}
	}
}
