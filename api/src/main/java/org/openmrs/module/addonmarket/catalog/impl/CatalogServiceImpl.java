package org.openmrs.module.addonmarket.catalog.impl;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import org.openmrs.module.addonmarket.Privileges;
import org.openmrs.module.addonmarket.catalog.CatalogService;
import org.openmrs.module.addonmarket.catalog.Publisher;
import org.openmrs.module.addonmarket.catalog.dao.PublisherDao;
import org.openmrs.module.addonmarket.error.AddonMarketException;
import org.openmrs.module.addonmarket.error.ErrorCode;
import org.openmrs.module.addonmarket.host.Actor;
import org.openmrs.module.addonmarket.host.ModuleClock;
import org.openmrs.module.addonmarket.host.UserPrivileges;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * @see CatalogService
 */
@Service
@Transactional
public class CatalogServiceImpl implements CatalogService {

	private static final Pattern PUBLISHER_NAME = Pattern.compile("[a-z0-9](?:[a-z0-9-]{0,98}[a-z0-9])?");

	private final PublisherDao publishers;

	private final UserPrivileges privileges;

	private final ModuleClock clock;

	public CatalogServiceImpl(PublisherDao publishers, UserPrivileges privileges, ModuleClock clock) {
		this.publishers = publishers;
		this.privileges = privileges;
		this.clock = clock;
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
		return publishers.save(publisher);
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
}
