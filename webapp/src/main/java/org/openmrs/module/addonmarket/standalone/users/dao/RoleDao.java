package org.openmrs.module.addonmarket.standalone.users.dao;

import java.util.List;
import java.util.Optional;

import org.openmrs.module.addonmarket.standalone.users.Role;

/**
 * Storage of the standalone server's roles. Names are compared ignoring case, as MariaDB's collation would anyway,
 * so that every database gives the same answers.
 */
public interface RoleDao {

	Role save(Role role);

	Optional<Role> getByName(String name);

	/** @return roles ordered by name */
	List<Role> getAll();
}
