package org.openmrs.module.addonmarket.catalog.impl;

import org.openmrs.module.addonmarket.audit.AuditOperation;
import org.openmrs.module.addonmarket.audit.GovernanceEvents;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import org.openmrs.module.addonmarket.Privileges;
import org.openmrs.module.addonmarket.catalog.Publisher;
import org.openmrs.module.addonmarket.catalog.PublisherKey;
import org.openmrs.module.addonmarket.catalog.PublisherService;
import org.openmrs.module.addonmarket.catalog.dao.PublisherDao;
import org.openmrs.module.addonmarket.catalog.signing.TrustedKey;
import org.openmrs.module.addonmarket.error.AddonMarketException;
import org.openmrs.module.addonmarket.error.ErrorCode;
import org.openmrs.module.addonmarket.host.Actor;
import org.openmrs.module.addonmarket.host.ModuleClock;
import org.openmrs.module.addonmarket.host.UserPrivileges;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * @see PublisherService
 */
@Service
@Transactional
public class PublisherServiceImpl implements PublisherService {

	private static final Pattern PUBLISHER_NAME = Pattern.compile("[a-z0-9](?:[a-z0-9-]{0,98}[a-z0-9])?");

	private final PublisherDao publishers;

	private final UserPrivileges privileges;

	private final ModuleClock clock;

	private final GovernanceEvents governance;

	public PublisherServiceImpl(PublisherDao publishers, UserPrivileges privileges, ModuleClock clock,
	    GovernanceEvents governance) {
		this.publishers = publishers;
		this.privileges = privileges;
		this.clock = clock;
		this.governance = governance;
	}

	@Override
	public Publisher createPublisher(String name, String displayName, String description) {
		Actor actor = privileges.require(Privileges.MANAGE_ADDONS);
		if (name == null || !PUBLISHER_NAME.matcher(name).matches()) {
			throw new AddonMarketException(ErrorCode.PUBLISHER_NAME_INVALID, "Publisher name \"" + name
			        + "\" is not valid: use 1 to 100 lower-case letters, digits and inner hyphens, e.g. cardiology-unit",
			        "/name");
		}
		if (publishers.getByName(name).isPresent()) {
			throw new AddonMarketException(ErrorCode.PUBLISHER_EXISTS, "A publisher named " + name + " exists already",
			        "/name");
		}
		Publisher publisher = new Publisher(name, displayName == null || displayName.isBlank() ? name : displayName,
		        description);
		publisher.markCreated(actor.uuid(), clock.now());
		publishers.save(publisher);
		governance.act(AuditOperation.PUBLISHER_CREATED, actor.uuid()).with("publisher", name).record();
		return publisher;
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<Publisher> getPublisherByUuid(String uuid) {
		privileges.require(Privileges.BROWSE_ADDONS);
		return publishers.getByUuid(uuid);
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<Publisher> getPublisherByName(String name) {
		privileges.require(Privileges.BROWSE_ADDONS);
		return publishers.getByName(name);
	}

	@Override
	@Transactional(readOnly = true)
	public List<Publisher> getPublishers() {
		privileges.require(Privileges.BROWSE_ADDONS);
		return publishers.getAll();
	}

	@Override
	public Publisher addMember(String publisherName, String userUuid) {
		Actor actor = privileges.require(Privileges.MANAGE_ADDONS);
		if (userUuid == null || userUuid.isBlank()) {
			throw new AddonMarketException(ErrorCode.BAD_PARAMETER, "userUuid is required", "/userUuid");
		}
		Publisher publisher = publisher(publisherName);
		if (publisher.addMember(userUuid.trim())) {
			governance.act(AuditOperation.MEMBER_ADDED, actor.uuid()).with("publisher", publisherName)
			        .with("member", userUuid.trim()).record();
		}
		return publisher;
	}

	@Override
	public Publisher removeMember(String publisherName, String userUuid) {
		Actor actor = privileges.require(Privileges.MANAGE_ADDONS);
		Publisher publisher = publisher(publisherName);
		if (publisher.removeMember(userUuid)) {
			governance.act(AuditOperation.MEMBER_REMOVED, actor.uuid()).with("publisher", publisherName)
			        .with("member", userUuid).record();
		}
		return publisher;
	}

	@Override
	public PublisherKey addKey(String publisherName, String publicKey, String label) {
		Actor actor = privileges.require(Privileges.MANAGE_ADDONS);
		Publisher publisher = publisher(publisherName);
		TrustedKey key = TrustedKey.parse(publicKey);
		if (publishers.getKeyByFingerprint(key.fingerprint()).isPresent()) {
			throw new AddonMarketException(ErrorCode.KEY_EXISTS,
			        "The key " + key.fingerprint() + " is registered already", "/publicKey");
		}
		PublisherKey stored = new PublisherKey(publisher, key.fingerprint(), key.encoded(), label);
		stored.markAdded(actor.uuid(), clock.now());
		publishers.save(stored);
		governance.act(AuditOperation.KEY_ADDED, actor.uuid()).with("publisher", publisherName)
		        .with("fingerprint", key.fingerprint()).with("label", label).record();
		return stored;
	}

	@Override
	public PublisherKey revokeKey(String publisherName, String fingerprint, String reason) {
		Actor actor = privileges.require(Privileges.MANAGE_ADDONS);
		Publisher publisher = publisher(publisherName);
		if (reason == null || reason.isBlank()) {
			throw new AddonMarketException(ErrorCode.REASON_REQUIRED, "Say why the key is revoked", "/reason");
		}
		PublisherKey key = publishers.getKeyByFingerprint(fingerprint)
		        .filter(k -> k.getPublisher().getId().equals(publisher.getId()))
		        .orElseThrow(() -> new AddonMarketException(ErrorCode.KEY_NOT_FOUND,
		                "Publisher " + publisherName + " has no key " + fingerprint, "fingerprint"));
		if (key.isRevoked()) {
			throw new AddonMarketException(ErrorCode.KEY_REVOKED, "The key " + fingerprint + " was revoked on "
			        + key.getRevokedAt(), "fingerprint");
		}
		key.revoke(actor.uuid(), clock.now(), reason.trim());
		governance.act(AuditOperation.KEY_REVOKED, actor.uuid()).why(reason.trim()).with("publisher", publisherName)
		        .with("fingerprint", fingerprint).record();
		return key;
	}

	@Override
	@Transactional(readOnly = true)
	public List<PublisherKey> getKeys(String publisherName) {
		privileges.require(Privileges.BROWSE_ADDONS);
		return publishers.getKeys(publisher(publisherName));
	}

	private Publisher publisher(String name) {
		return publishers.getByName(name).orElseThrow(() -> new AddonMarketException(ErrorCode.PUBLISHER_NOT_FOUND,
		        "No publisher named " + name, "publisher"));
	}
}
