package org.openmrs.module.addonmarket.catalog.impl;

import java.util.List;
import java.util.Optional;

import org.openmrs.module.addonmarket.catalog.Publisher;
import org.openmrs.module.addonmarket.catalog.PublisherKey;
import org.openmrs.module.addonmarket.catalog.dao.PublisherDao;
import org.openmrs.module.addonmarket.catalog.signing.PackageSignature;
import org.openmrs.module.addonmarket.catalog.signing.TrustedKey;
import org.openmrs.module.addonmarket.error.AddonMarketException;
import org.openmrs.module.addonmarket.error.ErrorCode;
import org.openmrs.module.addonmarket.host.HostSettings;
import org.openmrs.module.addonmarket.host.Setting;
import org.springframework.stereotype.Component;

/**
 * Decides whether a package's signature is acceptable: made by a trusted, unrevoked key of the package's
 * publisher. A bad signature or a revoked key is always refused; an unsigned package only when the
 * {@code addonmarket.catalog.requireSignature} setting is true.
 */
@Component
public class SignatureCheck {

	private final PublisherDao publishers;

	private final HostSettings settings;

	public SignatureCheck(PublisherDao publishers, HostSettings settings) {
		this.publishers = publishers;
		this.settings = settings;
	}

	/**
	 * @param publisher the manifest's publisher
	 * @param sha256 the package's SHA-256, hex
	 * @param signature the signature as uploaded, or null
	 * @return the fingerprint of the key that signed it, or empty for an accepted unsigned package
	 * @throws AddonMarketException SIGNATURE_REQUIRED, SIGNATURE_MALFORMED, SIGNATURE_NO_TRUSTED_KEY,
	 *             SIGNATURE_KEY_REVOKED, SIGNATURE_INVALID
	 */
	public Optional<String> check(Publisher publisher, String sha256, byte[] signature) {
		if (signature == null || signature.length == 0) {
			if (Setting.REQUIRE_SIGNATURE.booleanValue(settings)) {
				throw new AddonMarketException(ErrorCode.SIGNATURE_REQUIRED,
				        "This server accepts only signed packages: send the package's Ed25519 signature too",
				        "/signature");
			}
			return Optional.empty();
		}
		PackageSignature decoded = PackageSignature.decode(signature);
		List<PublisherKey> keys = publishers.getKeys(publisher);
		if (keys.isEmpty()) {
			throw new AddonMarketException(ErrorCode.SIGNATURE_NO_TRUSTED_KEY, "Publisher " + publisher.getName()
			        + " has no trusted key: an administrator adds the publisher's public key first", "/signature");
		}
		for (PublisherKey key : keys) {
			if (decoded.verifies(sha256, TrustedKey.parse(key.getPublicKey()).key())) {
				if (key.isRevoked()) {
					throw new AddonMarketException(ErrorCode.SIGNATURE_KEY_REVOKED, "The package was signed with key "
					        + key.getFingerprint() + ", revoked on " + key.getRevokedAt() + ": " + key.getRevokeReason(),
					        "/signature");
				}
				return Optional.of(key.getFingerprint());
			}
		}
		throw new AddonMarketException(ErrorCode.SIGNATURE_INVALID, "The signature does not match package "
		        + sha256 + " under any trusted key of " + publisher.getName(), "/signature");
	}
}
