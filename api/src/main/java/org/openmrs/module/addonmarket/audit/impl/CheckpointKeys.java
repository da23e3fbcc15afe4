package org.openmrs.module.addonmarket.audit.impl;

import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Properties;

import org.openmrs.module.addonmarket.audit.AuditCheckpoint;
import org.openmrs.module.addonmarket.audit.AuditUnavailableException;
import org.springframework.stereotype.Component;

/**
 * The module's Ed25519 checkpoint key pair, kept in a file outside the database: whoever can rewrite the audit
 * tables cannot also re-sign checkpoints, unless they hold this file too. Generated on first use. The file is the
 * system property {@value #KEY_FILE_PROPERTY}, by default {@code ~/.addonmarket/audit-checkpoint-ed25519.key} in
 * the home of the user the server runs as (see docs/decisions/0003-audit-log.md).
 */
@Component
public class CheckpointKeys {

	/** The system property naming the key file. */
	public static final String KEY_FILE_PROPERTY = "addonmarket.audit.checkpointKeyFile";

	private KeyPair pair;

	private String fingerprint;

	/** @return where the key file is */
	public Path location() {
		String configured = System.getProperty(KEY_FILE_PROPERTY);
		if (configured != null && !configured.isBlank()) {
			return Paths.get(configured.trim());
		}
		return Paths.get(System.getProperty("user.home"), ".addonmarket", "audit-checkpoint-ed25519.key");
	}

	/**
	 * @return a checkpoint of that event signed now, generating the key pair on first use
	 * @throws AuditUnavailableException when the key file cannot be read or written
	 */
	public AuditCheckpoint sign(long sequence, String hash, Instant at) {
		KeyPair keys = keyPair(true);
		try {
			Signature signer = Signature.getInstance("Ed25519");
			signer.initSign(keys.getPrivate());
			signer.update(AuditCheckpoint.signedBytes(sequence, hash));
			return new AuditCheckpoint(sequence, hash, at, fingerprint, Base64.getEncoder().encodeToString(signer.sign()));
		}
		catch (GeneralSecurityException e) {
			throw new AuditUnavailableException("The checkpoint could not be signed: " + e.getMessage(), e);
		}
	}

	/**
	 * @return null when the checkpoint was signed by this module's key, else why not
	 * @throws AuditUnavailableException when the key file cannot be read
	 */
	public String problemWith(AuditCheckpoint checkpoint) {
		KeyPair keys = keyPair(false);
		if (keys == null) {
			return "the module's checkpoint key file " + location() + " is missing, so checkpoint "
			        + checkpoint.sequence() + " cannot be checked";
		}
		if (!fingerprint.equals(checkpoint.keyFingerprint())) {
			return "checkpoint " + checkpoint.sequence() + " is signed by an unknown key " + checkpoint.keyFingerprint();
		}
		try {
			Signature verifier = Signature.getInstance("Ed25519");
			verifier.initVerify(keys.getPublic());
			verifier.update(checkpoint.signedBytes());
			return verifier.verify(Base64.getDecoder().decode(checkpoint.signature())) ? null
			        : "the signature of checkpoint " + checkpoint.sequence() + " does not match its sequence and hash";
		}
		catch (GeneralSecurityException | IllegalArgumentException e) {
			return "the signature of checkpoint " + checkpoint.sequence() + " is malformed: " + e.getMessage();
		}
	}

	/** @return the SHA-256 of the public key's X.509 encoding, lower-case hex (generating the key if need be) */
	public String fingerprint() {
		keyPair(true);
		return fingerprint;
	}

	private synchronized KeyPair keyPair(boolean create) {
		if (pair != null) {
			return pair;
		}
		Path file = location();
		try {
			if (!Files.exists(file)) {
				if (!create) {
					return null;
				}
				generate(file);
			}
			pair = read(file);
			fingerprint = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(pair.getPublic().getEncoded()));
			return pair;
		}
		catch (IOException | GeneralSecurityException | IllegalArgumentException e) {
			throw new AuditUnavailableException("The audit checkpoint key " + file + " cannot be used: " + e.getMessage(),
			        e);
		}
	}

	private static void generate(Path file) throws IOException, GeneralSecurityException {
		KeyPair generated = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
		Properties properties = new Properties();
		properties.setProperty("private", Base64.getEncoder().encodeToString(generated.getPrivate().getEncoded()));
		properties.setProperty("public", Base64.getEncoder().encodeToString(generated.getPublic().getEncoded()));
		Writer text = new StringWriter();
		properties.store(text, "Add-on Marketplace audit checkpoint key (Ed25519). Keep it secret, outside the database.");
		if (file.getParent() != null) {
			Files.createDirectories(file.getParent());
		}
		try {
			Files.writeString(file, text.toString(), StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW);
		}
		catch (FileAlreadyExistsException another) {
			return;
		}
		try {
			Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
		}
		catch (UnsupportedOperationException notPosix) {
			// Windows: the file keeps the directory's access rules
		}
	}

	private static KeyPair read(Path file) throws IOException, GeneralSecurityException {
		Properties properties = new Properties();
		try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
			properties.load(in);
		}
		KeyFactory factory = KeyFactory.getInstance("Ed25519");
		return new KeyPair(
		        factory.generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(properties.getProperty("public")))),
		        factory.generatePrivate(
		            new PKCS8EncodedKeySpec(Base64.getDecoder().decode(properties.getProperty("private")))));
	}
}
