package org.openmrs.module.addonmarket.catalog;

import java.util.List;
import java.util.Optional;

import org.openmrs.module.addonmarket.error.AddonMarketException;

/**
 * The catalog of add-ons and the publishers who publish them.
 */
public interface CatalogService {

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
}
