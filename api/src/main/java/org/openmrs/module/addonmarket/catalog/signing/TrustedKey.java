package org.openmrs.module.addonmarket.catalog.signing;

import java.nio.charset.StandardCharsets;
import java.security.KeyFactory;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.PublicKey;
import java.security.spec.InvalidKeySpecException;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.HexFormat;

import org.openmrs.module.addonmarket.error.AddonMarketException;
import org.openmrs.module.addonmarket.error.ErrorCode;

/**
 * An Ed25519 public key as administrators paste it (PEM, or the base64 of its X.509 SubjectPublicKeyInfo), with
 * the fingerprint people compare: the SHA-256 of the encoded key in lower-case hex.
 *
 * @param key the key
 * @param encoded the X.509 SubjectPublicKeyInfo bytes, base64
 * @param fingerprint SHA-256 of those bytes, lower-case hex
 */
public record TrustedKey(PublicKey key, String encoded, String fingerprint) {

	private static final String PEM_BEGIN = "-----BEGIN PUBLIC KEY-----";

	private static final String PEM_END = "-----END PUBLIC KEY-----";

	/**
	 * @param text a PEM block or bare base64 of an Ed25519 X.509 SubjectPublicKeyInfo
	 * @return the key
	 * @throws AddonMarketException KEY_INVALID naming what is wrong
	 */
	public static TrustedKey parse(String text) {
		if (text == null || text.isBlank()) {
			throw invalid("the public key is empty");
		}
		String base64 = text.trim();
		if (base64.startsWith(PEM_BEGIN)) {
			int end = base64.indexOf(PEM_END);
			if (end < 0) {
				throw invalid("the PEM block has no " + PEM_END + " line");
			}
			base64 = base64.substring(PEM_BEGIN.length(), end);
		}
		byte[] der;
		try {
			der = Base64.getMimeDecoder().decode(base64.replaceAll("\\s", "").getBytes(StandardCharsets.US_ASCII));
		}
		catch (IllegalArgumentException e) {
			throw invalid("it is not base64: " + e.getMessage());
		}
		try {
			PublicKey key = KeyFactory.getInstance("Ed25519").generatePublic(new X509EncodedKeySpec(der));
			return new TrustedKey(key, Base64.getEncoder().encodeToString(key.getEncoded()), fingerprintOf(key));
		}
		catch (InvalidKeySpecException e) {
			throw invalid("it is not an Ed25519 X.509 SubjectPublicKeyInfo (" + e.getMessage() + ")");
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("This Java runtime has no Ed25519", e);
		}
	}

	/** @return the SHA-256 of the key's X.509 encoding, lower-case hex */
	public static String fingerprintOf(PublicKey key) {
		return HexFormat.of().formatHex(sha256(key.getEncoded()));
	}

	static byte[] sha256(byte[] bytes) {
		try {
			return MessageDigest.getInstance("SHA-256").digest(bytes);
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("This Java runtime has no SHA-256", e);
		}
	}

	private static AddonMarketException invalid(String why) {
		return new AddonMarketException(ErrorCode.KEY_INVALID,
		        "Not a usable Ed25519 public key: " + why + ". Expected a PEM block (-----BEGIN PUBLIC KEY-----) or "
		                + "the base64 of an Ed25519 X.509 SubjectPublicKeyInfo.",
		        "/publicKey");
	}
}
