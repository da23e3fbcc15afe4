package org.openmrs.module.addonmarket.standalone.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.AclEntry;
import java.nio.file.attribute.AclEntryPermission;
import java.nio.file.attribute.AclEntryType;
import java.nio.file.attribute.AclFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.interfaces.EdECPrivateKey;
import java.security.spec.InvalidKeySpecException;
import java.security.spec.NamedParameterSpec;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Base64;
import java.util.EnumSet;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Ed25519 keys in PEM files, as OpenSSL writes them: the private key as PKCS#8 ({@code -----BEGIN PRIVATE KEY-----}),
 * the public key as X.509 SubjectPublicKeyInfo ({@code -----BEGIN PUBLIC KEY-----}, what administrators paste into
 * a publisher's trusted keys).
 */
final class KeyFiles {

	static final String PRIVATE_LABEL = "PRIVATE KEY";

	static final String PUBLIC_LABEL = "PUBLIC KEY";

	private static final Pattern PEM = Pattern.compile("-----BEGIN ([A-Z0-9 ]+)-----([A-Za-z0-9+/=\\s]*)-----END \\1-----");

	private static final String ALGORITHM = "Ed25519";

	private KeyFiles() {
	}

	/** @return a new Ed25519 key pair */
	static KeyPair generate() {
		try {
			return KeyPairGenerator.getInstance(ALGORITHM).generateKeyPair();
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("This Java runtime has no Ed25519", e);
		}
	}

	/** @return the key as a PEM block, lines of 64 characters, each ending with a line feed */
	static String pem(String label, byte[] der) {
		String base64 = Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(der);
		return "-----BEGIN " + label + "-----\n" + base64 + "\n-----END " + label + "-----\n";
	}

	/**
	 * Writes a new file that only its owner can read, where the file system allows: created so on POSIX systems,
	 * restricted to its owner by ACL on Windows. An existing file is not replaced.
	 *
	 * @throws IOException when it exists or cannot be written
	 */
	static void writeOwnerOnly(Path file, String text) throws IOException {
		LocalFiles.createParent(file);
		if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
			Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
		} else {
			Files.createFile(file);
			restrictToOwner(file);
		}
		try (OutputStream out = Files.newOutputStream(file, StandardOpenOption.WRITE)) {
			out.write(text.getBytes(StandardCharsets.US_ASCII));
		}
	}

	private static void restrictToOwner(Path file) throws IOException {
		AclFileAttributeView acl = Files.getFileAttributeView(file, AclFileAttributeView.class);
		if (acl != null) {
			acl.setAcl(List.of(AclEntry.newBuilder().setType(AclEntryType.ALLOW).setPrincipal(Files.getOwner(file))
			        .setPermissions(EnumSet.allOf(AclEntryPermission.class)).build()));
		}
	}

	/**
	 * @param text a PEM file's content
	 * @param file the file, as the user reads it
	 * @return the private key it holds
	 * @throws CommandFailedException when it is not an Ed25519 private key in PKCS#8 PEM
	 */
	static PrivateKey privateKey(String text, String file) {
		Matcher pem = PEM.matcher(text);
		if (!pem.find()) {
			throw new CommandFailedException(file, "is not a PEM key file; expected the .key file addon keygen wrote "
			        + "(-----BEGIN PRIVATE KEY-----)");
		}
		if (!PRIVATE_LABEL.equals(pem.group(1))) {
			String what = PUBLIC_LABEL.equals(pem.group(1)) ? "a public key" : "a " + pem.group(1);
			throw new CommandFailedException(file, "is " + what + "; expected the private key, the .key file addon "
			        + "keygen wrote (-----BEGIN PRIVATE KEY-----)");
		}
		try {
			byte[] der = Base64.getMimeDecoder().decode(pem.group(2));
			return KeyFactory.getInstance(ALGORITHM).generatePrivate(new PKCS8EncodedKeySpec(der));
		}
		catch (InvalidKeySpecException | IllegalArgumentException e) {
			throw new CommandFailedException(file, "is not an Ed25519 private key (" + e.getMessage() + "); expected "
			        + "the .key file addon keygen wrote");
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("This Java runtime has no Ed25519", e);
		}
	}

	/**
	 * Java has no call that derives an Ed25519 public key from its private key, but its generator computes the
	 * public key from 32 random bytes, which are the private key: given those bytes as its randomness, it derives
	 * the key pair again.
	 *
	 * @param key an Ed25519 private key
	 * @return its public key
	 */
	static PublicKey publicKeyOf(PrivateKey key) {
		byte[] seed = ((EdECPrivateKey) key).getBytes()
		        .orElseThrow(() -> new IllegalStateException("The private key's bytes are not available"));
		try {
			KeyPairGenerator generator = KeyPairGenerator.getInstance(ALGORITHM);
			generator.initialize(NamedParameterSpec.ED25519, new Seed(seed));
			return generator.generateKeyPair().getPublic();
		}
		catch (GeneralSecurityException e) {
			throw new IllegalStateException("This Java runtime cannot derive an Ed25519 public key", e);
		}
	}

	/** Randomness that is a private key's bytes, once. */
	private static final class Seed extends SecureRandom {

		private static final long serialVersionUID = 1L;

		private final byte[] bytes;

		private boolean used;

		Seed(byte[] bytes) {
			this.bytes = bytes.clone();
		}

		@Override
		public void nextBytes(byte[] into) {
			if (used || into.length != bytes.length) {
				throw new IllegalStateException("The key generator asked for other randomness than a private key");
			}
			System.arraycopy(bytes, 0, into, 0, bytes.length);
			used = true;
		}
	}
}
