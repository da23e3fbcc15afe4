package org.openmrs.module.addonmarket.catalog.signing;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.SignatureException;
import java.util.Base64;
import java.util.HexFormat;

import org.openmrs.module.addonmarket.error.AddonMarketException;
import org.openmrs.module.addonmarket.error.ErrorCode;

/**
 * A detached Ed25519 signature of a package: the signature of the 32 bytes of the package's SHA-256 digest (not
 * of its hex text). Sent as the 64 raw bytes ({@code addon.sig}) or as their base64.
 */
public final class PackageSignature {

	private static final int LENGTH = 64;

	private final byte[] bytes;

	private PackageSignature(byte[] bytes) {
		this.bytes = bytes;
	}

	/**
	 * @param raw the 64 signature bytes, or the base64 text of them
	 * @return the signature
	 * @throws AddonMarketException SIGNATURE_MALFORMED when it is neither
	 */
	public static PackageSignature decode(byte[] raw) {
		if (raw != null && raw.length == LENGTH) {
			return new PackageSignature(raw.clone());
		}
		if (raw != null) {
			String text = new String(raw, StandardCharsets.US_ASCII).trim();
			try {
				byte[] decoded = Base64.getDecoder().decode(text);
				if (decoded.length == LENGTH) {
					return new PackageSignature(decoded);
				}
			}
			catch (IllegalArgumentException notBase64) {
				// falls through to the error below, which says what is expected
			}
		}
		throw new AddonMarketException(ErrorCode.SIGNATURE_MALFORMED, "The signature is not an Ed25519 signature: "
		        + "expected 64 bytes, or their base64 (88 characters), got " + (raw == null ? 0 : raw.length) + " bytes",
		        "/signature");
	}

	/**
	 * @param sha256Hex the package's SHA-256, hex
	 * @param key a public key
	 * @return whether this signature was made by that key's private key over that digest
	 */
	public boolean verifies(String sha256Hex, PublicKey key) {
		try {
			Signature verifier = Signature.getInstance("Ed25519");
			verifier.initVerify(key);
			verifier.update(HexFormat.of().parseHex(sha256Hex));
			return verifier.verify(bytes);
		}
		catch (InvalidKeyException | SignatureException e) {
			return false;
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("This Java runtime has no Ed25519", e);
		}
	}

	/**
	 * Signs a package digest, as the developer tools and tests do.
	 *
	 * @param sha256Hex the package's SHA-256, hex
	 * @param key an Ed25519 private key
	 * @return the signature
	 */
	public static PackageSignature sign(String sha256Hex, PrivateKey key) {
		try {
			Signature signer = Signature.getInstance("Ed25519");
			signer.initSign(key);
			signer.update(HexFormat.of().parseHex(sha256Hex));
			return new PackageSignature(signer.sign());
		}
		catch (NoSuchAlgorithmException | InvalidKeyException | SignatureException e) {
			throw new IllegalArgumentException("Cannot sign with this key: " + e.getMessage(), e);
		}
	}

	/** @return the 64 signature bytes */
	public byte[] bytes() {
		return bytes.clone();
	}

	/** @return the signature as base64 text */
	public String base64() {
		return Base64.getEncoder().encodeToString(bytes);
	}
}
