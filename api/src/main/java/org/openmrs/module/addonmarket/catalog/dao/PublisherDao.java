package org.openmrs.module.addonmarket.catalog.dao;

import java.util.List;
import java.util.Optional;

import org.openmrs.module.addonmarket.catalog.Publisher;

/**
 * Storage of publishers.
 */
public interface PublisherDao {

	Publisher save(Publisher publisher);

	Optional<Publisher> getByUuid(String uuid);

	Optional<Publisher> getByName(String name);

	/** @return publishers ordered by name */
	List<Publisher> getAll();
}
