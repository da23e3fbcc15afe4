package org.openmrs.module.addonmarket.standalone.cli;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.util.List;
import java.util.Set;

import org.openmrs.module.addonmarket.catalog.pkg.AddonPackage;
import org.openmrs.module.addonmarket.catalog.signing.PackageSignature;
import org.openmrs.module.addonmarket.catalog.signing.TrustedKey;

/**
 * {@code addon sign}: signs a package with the publisher's private key.
 */
final class AddonSignCommand implements AddonCommand {

	private static final CommandSyntax SYNTAX = new CommandSyntax("sign", List.of("<zip>"), Set.of("--key", "--out"),
	        Set.of(), "sign a package with your private key", """
	                Usage: addon sign <zip> --key FILE.key [--out FILE.sig]

	                Checks the package as the catalog would, then signs it: writes the Ed25519 signature of the
	                package's SHA-256, as base64 text, to a file beside it. Upload that file with the package.
	                Prints the fingerprint of the signing key, which the catalog shows for the package.

	                Options:
	                  --key FILE.key  the private key that addon keygen wrote (required)
	                  --out FILE.sig  where to write the signature (default: <zip>.sig)""");

	private final CatalogRules rules;

	/**
	 * @param rules the catalog's readers
	 */
	AddonSignCommand(CatalogRules rules) {
		this.rules = rules;
	}

	@Override
	public CommandSyntax syntax() {
		return SYNTAX;
	}

	@Override
	public void run(Arguments arguments, Console console) {
		Path keyFile = console.path(arguments.value("--key")
		        .orElseThrow(() -> new UsageException("missing --key FILE.key, the private key addon keygen wrote")));
		Path zip = console.path(arguments.operand(0));
		AddonPackage addon = rules.read(zip, console);
		String keyText = new String(LocalFiles.read(keyFile, console), StandardCharsets.UTF_8);
		PrivateKey key = KeyFiles.privateKey(keyText, console.shown(keyFile));
		PublicKey publicKey = KeyFiles.publicKeyOf(key);
		PackageSignature signature = PackageSignature.sign(addon.sha256(), key);
		if (!signature.verifies(addon.sha256(), publicKey)) {
			throw new IllegalStateException("The signature does not verify under the signing key's own public key");
		}
		Path signatureFile = arguments.value("--out").map(console::path).orElse(signatureBeside(zip));
		LocalFiles.write(signatureFile, (signature.base64() + "\n").getBytes(StandardCharsets.US_ASCII), console);
		console.out().println("Signature: " + console.shown(signatureFile));
		console.out().println("Signed by: " + TrustedKey.fingerprintOf(publicKey));
		console.out().println("SHA-256:   " + addon.sha256() + " (" + console.shown(zip) + ")");
	}

	/** @return where a package's signature is by default: {@code <zip>.sig} beside it */
	static Path signatureBeside(Path zip) {
		return zip.resolveSibling(zip.getFileName() + ".sig");
	}
}
