package org.openmrs.module.addonmarket.standalone.users.dao;

import java.util.List;
import java.util.Optional;

import org.openmrs.module.addonmarket.standalone.users.User;

/**
 * Storage of the standalone server's users.
 */
public interface UserDao {

	User save(User user);

	Optional<User> getByUuid(String uuid);

	/** @param username a normalised (lower-case) username */
	Optional<User> getByUsername(String username);

	/**
	 * Reads the user and locks the row until the transaction ends, so that concurrent sign-ins of one user are
	 * counted one after the other and cannot together exceed the lockout limit.
	 *
	 * @param username a normalised (lower-case) username
	 */
	Optional<User> getByUsernameForUpdate(String username);

	/** @return users ordered by username, from the first result on, at most max of them */
	List<User> getPage(int first, int max);

	long count();
}
