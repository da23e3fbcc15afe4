package org.openmrs.module.addonmarket.standalone.users;

import java.util.List;
import java.util.Optional;

import org.openmrs.module.addonmarket.error.AddonMarketException;

/**
 * How an administrator manages the standalone server's users and roles. Every method needs Manage Add-ons.
 */
public interface UserService {

	/** @return users ordered by username, from the first result on, at most max of them */
	List<User> getUsers(int first, int max);

	/** @return how many users there are */
	long countUsers();

	/** @return the user with that uuid, or empty */
	Optional<User> getUserByUuid(String uuid);

	/**
	 * @return the stored user
	 * @throws AddonMarketException USERNAME_INVALID, USERNAME_TAKEN, DISPLAY_NAME_INVALID, PASSWORD_INVALID or
	 *             ROLE_UNKNOWN, with the field at fault
	 */
	User createUser(NewUser user);

	/**
	 * @return the changed user
	 * @throws AddonMarketException USER_NOT_FOUND, DISPLAY_NAME_INVALID, PASSWORD_INVALID or ROLE_UNKNOWN
	 */
	User updateUser(String uuid, UserChange change);

	/**
	 * Lifts a lock from too many wrong passwords and forgets the failed attempts.
	 *
	 * @return the unlocked user
	 * @throws AddonMarketException USER_NOT_FOUND
	 */
	User unlockUser(String uuid);

	/** @return every role, ordered by name */
	List<Role> getRoles();

	/** @return the role with that name (case does not matter), or empty */
	Optional<Role> getRoleByName(String name);

	/**
	 * @return the stored role
	 * @throws AddonMarketException ROLE_NAME_INVALID, ROLE_EXISTS, ROLE_DESCRIPTION_INVALID or PRIVILEGE_UNKNOWN
	 */
	Role createRole(NewRole role);

	/**
	 * @return the changed role
	 * @throws AddonMarketException ROLE_NOT_FOUND, ROLE_DESCRIPTION_INVALID or PRIVILEGE_UNKNOWN
	 */
	Role updateRole(String name, RoleChange change);
}
