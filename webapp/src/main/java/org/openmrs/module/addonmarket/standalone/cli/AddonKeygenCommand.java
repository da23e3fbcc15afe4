package org.openmrs.module.addonmarket.standalone.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.KeyPair;
import java.util.List;
import java.util.Set;

import org.openmrs.module.addonmarket.catalog.signing.TrustedKey;

/**
 * {@code addon keygen}: makes the Ed25519 key pair a publisher signs packages with.
 */
final class AddonKeygenCommand implements AddonCommand {

	/** The files' name when --out is not given: addon-signing.key and addon-signing.pub. */
	static final String DEFAULT_NAME = "addon-signing";

	private static final CommandSyntax SYNTAX = new CommandSyntax("keygen", List.of(), Set.of("--out"),
	        Set.of("--force"), "make an Ed25519 key pair for signing packages", """
	                Usage: addon keygen [--out NAME] [--force]

	                Makes an Ed25519 key pair for signing add-on packages and writes it as two PEM files:
	                  NAME.key  the private key (PKCS#8), readable by you alone. Keep it secret and keep a
	                            backup: whoever holds it can sign packages in your publisher's name.
	                  NAME.pub  the public key (X.509 SubjectPublicKeyInfo). Give it to the administrator,
	                            who adds it to your publisher's trusted keys.
	                Prints the public key's fingerprint, as the catalog shows it.

	                Options:
	                  --out NAME  the files' name, with a folder if you like (default: addon-signing)
	                  --force     replace NAME.key and NAME.pub when they exist""");

	@Override
	public CommandSyntax syntax() {
		return SYNTAX;
	}

	@Override
	public void run(Arguments arguments, Console console) {
		String name = arguments.value("--out").orElse(DEFAULT_NAME);
		if (name.endsWith(".key") || name.endsWith(".pub")) {
			name = name.substring(0, name.length() - ".key".length());
		}
		Path privateFile = console.path(name + ".key");
		Path publicFile = console.path(name + ".pub");
		boolean force = arguments.flag("--force");
		for (Path file : List.of(privateFile, publicFile)) {
			if (!force && Files.exists(file)) {
				throw new CommandFailedException(console.shown(file), "already exists; expected a new name (--out NAME), "
				        + "or --force to replace it and lose the key it holds");
			}
		}
		KeyPair pair = KeyFiles.generate();
		write(privateFile, console, () -> {
			Files.deleteIfExists(privateFile);
			KeyFiles.writeOwnerOnly(privateFile, KeyFiles.pem(KeyFiles.PRIVATE_LABEL, pair.getPrivate().getEncoded()));
		});
		write(publicFile, console, () -> Files.writeString(publicFile,
		    KeyFiles.pem(KeyFiles.PUBLIC_LABEL, pair.getPublic().getEncoded()), StandardCharsets.US_ASCII,
		    force ? StandardOpenOption.CREATE : StandardOpenOption.CREATE_NEW, StandardOpenOption.TRUNCATE_EXISTING,
		    StandardOpenOption.WRITE));
		console.out().println("Private key: " + console.shown(privateFile) + " (keep it secret; only you can read it)");
		console.out().println("Public key:  " + console.shown(publicFile)
		        + " (give it to the administrator for your publisher's trusted keys)");
		console.out().println("Fingerprint: " + TrustedKey.fingerprintOf(pair.getPublic()));
	}

	private static void write(Path file, Console console, FileWrite write) {
		try {
			write.run();
		}
		catch (IOException e) {
			throw new CommandFailedException(console.shown(file), "cannot be written (" + LocalFiles.reason(e) + ")");
		}
	}

	/** Writing one of the key files. */
	@FunctionalInterface
	private interface FileWrite {

		void run() throws IOException;
	}
}
