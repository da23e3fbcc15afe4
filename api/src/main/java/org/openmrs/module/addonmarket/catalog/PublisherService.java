package org.openmrs.module.addonmarket.catalog;

import java.util.List;
import java.util.Optional;

import org.openmrs.module.addonmarket.error.AddonMarketException;

/**
 * Publishers, the users who may publish for them, and the public keys administrators trust to sign their
 * packages.
 */
public interface PublisherService {

	/**
	 * Registers a new publisher. Needs Manage Add-ons.
	 *
	 * @param name the publisher's name as manifests write it: lower case letters, digits and hyphens
	 * @param displayName the name people read
	 * @param description what the publisher is, or null
	 * @return the stored publisher
	 * @throws AddonMarketException PUBLISHER_NAME_INVALID when the name is not of that form, PUBLISHER_EXISTS when
	 *             the name is taken
	 */
	Publisher createPublisher(String name, String displayName, String description);

	/**
	 * Needs Browse Add-ons.
	 *
	 * @return the publisher with that uuid, or empty
	 */
	Optional<Publisher> getPublisherByUuid(String uuid);

	/**
	 * Needs Browse Add-ons.
	 *
	 * @return the publisher with that name, or empty
	 */
	Optional<Publisher> getPublisherByName(String name);

	/**
	 * Needs Browse Add-ons.
	 *
	 * @return every publisher, ordered by name
	 */
	List<Publisher> getPublishers();

	/**
	 * Lets a user publish for a publisher. Needs Manage Add-ons.
	 *
	 * @param publisherName the publisher
	 * @param userUuid the user
	 * @return the publisher
	 * @throws AddonMarketException PUBLISHER_NOT_FOUND
	 */
	Publisher addMember(String publisherName, String userUuid);

	/**
	 * Stops a user publishing for a publisher. Needs Manage Add-ons.
	 *
	 * @return the publisher
	 * @throws AddonMarketException PUBLISHER_NOT_FOUND
	 */
	Publisher removeMember(String publisherName, String userUuid);

	/**
	 * Trusts an Ed25519 public key to sign a publisher's packages. Needs Manage Add-ons.
	 *
	 * @param publisherName the publisher
	 * @param publicKey PEM, or base64 of the X.509 SubjectPublicKeyInfo
	 * @param label what the key is, e.g. "release key 2026", or null
	 * @return the stored key with its fingerprint
	 * @throws AddonMarketException PUBLISHER_NOT_FOUND, KEY_INVALID, KEY_EXISTS
	 */
	PublisherKey addKey(String publisherName, String publicKey, String label);

	/**
	 * Ends the trust in a key: packages signed with it are refused from now on. Needs Manage Add-ons.
	 *
	 * @param publisherName the publisher
	 * @param fingerprint the key's fingerprint
	 * @param reason why, for the record
	 * @return the revoked key
	 * @throws AddonMarketException KEY_NOT_FOUND, KEY_REVOKED, REASON_REQUIRED
	 */
	PublisherKey revokeKey(String publisherName, String fingerprint, String reason);

	/**
	 * Needs Browse Add-ons.
	 *
	 * @return the publisher's keys, revoked ones included, oldest first
	 * @throws AddonMarketException PUBLISHER_NOT_FOUND
	 */
	List<PublisherKey> getKeys(String publisherName);
}
