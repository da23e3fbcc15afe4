package org.openmrs.module.addonmarket.catalog.dao;

import java.util.List;
import java.util.Optional;

import org.openmrs.module.addonmarket.catalog.Publisher;
import org.openmrs.module.addonmarket.catalog.PublisherKey;

/**
 * Storage of publishers.
 */
public interface PublisherDao {

	Publisher save(Publisher publisher);

	Optional<Publisher> getByUuid(String uuid);

	Optional<Publisher> getByName(String name);

	/** @return publishers ordered by name */
	List<Publisher> getAll();

	PublisherKey save(PublisherKey key);

	Optional<PublisherKey> getKeyByFingerprint(String fingerprint);

	/** @return the publisher's keys, revoked ones too, oldest first */
	List<PublisherKey> getKeys(Publisher publisher);
}
