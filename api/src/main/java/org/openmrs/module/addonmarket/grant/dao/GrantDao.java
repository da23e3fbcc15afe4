package org.openmrs.module.addonmarket.grant.dao;

import java.util.List;
import java.util.Optional;

import org.openmrs.module.addonmarket.grant.Grant;
import org.openmrs.module.addonmarket.install.Installation;

/**
 * Storage of grants. Grants are only ever added: there is no update and no delete.
 */
public interface GrantDao {

	/** Adds a grant; its installation's lock version moves in the same transaction. */
	Grant save(Grant grant);

	/** @return the newest grant of the installation: the one in force, or a revocation */
	Optional<Grant> getCurrent(Installation installation);

	/** @return every grant of the installation, newest first */
	List<Grant> getHistory(Installation installation);

	Optional<Grant> getByUuid(String uuid);
}
