package org.openmrs.module.addonmarket.standalone.users.impl;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.openmrs.module.addonmarket.Privileges;
import org.openmrs.module.addonmarket.error.AddonMarketException;
import org.openmrs.module.addonmarket.error.ErrorCode;
import org.openmrs.module.addonmarket.host.ModuleClock;
import org.openmrs.module.addonmarket.host.UserPrivileges;
import org.openmrs.module.addonmarket.standalone.users.NewRole;
import org.openmrs.module.addonmarket.standalone.users.NewUser;
import org.openmrs.module.addonmarket.standalone.users.Passwords;
import org.openmrs.module.addonmarket.standalone.users.Role;
import org.openmrs.module.addonmarket.standalone.users.RoleChange;
import org.openmrs.module.addonmarket.standalone.users.User;
import org.openmrs.module.addonmarket.standalone.users.UserChange;
import org.openmrs.module.addonmarket.standalone.users.UserService;
import org.openmrs.module.addonmarket.standalone.users.dao.RoleDao;
import org.openmrs.module.addonmarket.standalone.users.dao.UserDao;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * @see UserService
 */
@Service
@Transactional
public class UserServiceImpl implements UserService {

	private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._@-]{0,49}");

	private static final Pattern ROLE_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9 ._-]{0,49}");

	private static final int DISPLAY_NAME_MAX = 255;

	private static final int DESCRIPTION_MAX = 1000;

	private final UserDao users;

	private final RoleDao roles;

	private final Passwords passwords;

	private final UserPrivileges privileges;

	private final ModuleClock clock;

	public UserServiceImpl(UserDao users, RoleDao roles, Passwords passwords, UserPrivileges privileges,
	    ModuleClock clock) {
		this.users = users;
		this.roles = roles;
		this.passwords = passwords;
		this.privileges = privileges;
		this.clock = clock;
	}

	@Override
	@Transactional(readOnly = true)
	public List<User> getUsers(int first, int max) {
		privileges.require(Privileges.MANAGE_ADDONS);
		return users.getPage(first, max);
	}

	@Override
	@Transactional(readOnly = true)
	public long countUsers() {
		privileges.require(Privileges.MANAGE_ADDONS);
		return users.count();
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<User> getUserByUuid(String uuid) {
		privileges.require(Privileges.MANAGE_ADDONS);
		return users.getByUuid(uuid);
	}

	@Override
	public User createUser(NewUser request) {
		privileges.require(Privileges.MANAGE_ADDONS);
		String username = User.normaliseUsername(request.username());
		if (username == null || !USERNAME.matcher(username).matches()) {
			throw new AddonMarketException(ErrorCode.USERNAME_INVALID, "Username \"" + request.username()
			        + "\" is not valid: use 1 to 50 letters, digits, dots, hyphens, underscores or @, e.g. jane.doe",
			        "/username");
		}
		if (users.getByUsername(username).isPresent()) {
			throw new AddonMarketException(ErrorCode.USERNAME_TAKEN, "A user named " + username + " exists already",
			        "/username");
		}
		String displayName = displayName(request.displayName(), username);
		User user = new User(username, displayName, passwords.hash(request.password(), username), clock.now());
		user.setRoles(rolesNamed(request.roles()));
		user.setEnabled(request.enabled() == null || request.enabled());
		return users.save(user);
	}

	@Override
	public User updateUser(String uuid, UserChange change) {
		privileges.require(Privileges.MANAGE_ADDONS);
		User user = userByUuid(uuid);
		if (change.displayName() != null) {
			user.setDisplayName(displayName(change.displayName(), user.getUsername()));
		}
		if (change.password() != null) {
			user.setPasswordHash(passwords.hash(change.password(), user.getUsername()));
		}
		if (change.roles() != null) {
			user.setRoles(rolesNamed(change.roles()));
		}
		if (change.enabled() != null) {
			user.setEnabled(change.enabled());
		}
		return users.save(user);
	}

	@Override
	public User unlockUser(String uuid) {
		privileges.require(Privileges.MANAGE_ADDONS);
		User user = userByUuid(uuid);
		user.clearFailedSignIns();
		return users.save(user);
	}

	@Override
	@Transactional(readOnly = true)
	public List<Role> getRoles() {
		privileges.require(Privileges.MANAGE_ADDONS);
		return roles.getAll();
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<Role> getRoleByName(String name) {
		privileges.require(Privileges.MANAGE_ADDONS);
		return roles.getByName(name);
	}

	@Override
	public Role createRole(NewRole request) {
		privileges.require(Privileges.MANAGE_ADDONS);
		String name = request.name() == null ? null : request.name().trim();
		if (name == null || !ROLE_NAME.matcher(name).matches()) {
			throw new AddonMarketException(ErrorCode.ROLE_NAME_INVALID, "Role name \"" + request.name()
			        + "\" is not valid: use 1 to 50 letters, digits, spaces, dots, hyphens or underscores, e.g. Ward Nurse",
			        "/name");
		}
		if (roles.getByName(name).isPresent()) {
			throw new AddonMarketException(ErrorCode.ROLE_EXISTS, "A role named " + name + " exists already", "/name");
		}
		return roles.save(new Role(name, description(request.description()), knownPrivileges(request.privileges())));
	}

	@Override
	public Role updateRole(String name, RoleChange change) {
		privileges.require(Privileges.MANAGE_ADDONS);
		Role role = roles.getByName(name).orElseThrow(
		    () -> new AddonMarketException(ErrorCode.ROLE_NOT_FOUND, "There is no role named " + name));
		if (change.description() != null) {
			role.setDescription(description(change.description()));
		}
		if (change.privileges() != null) {
			role.setPrivileges(knownPrivileges(change.privileges()));
		}
		return roles.save(role);
	}

	private User userByUuid(String uuid) {
		return users.getByUuid(uuid)
		        .orElseThrow(() -> new AddonMarketException(ErrorCode.USER_NOT_FOUND, "There is no user " + uuid));
	}

	private static String displayName(String requested, String username) {
		String name = requested == null || requested.isBlank() ? username : requested.trim();
		if (name.length() > DISPLAY_NAME_MAX) {
			throw new AddonMarketException(ErrorCode.DISPLAY_NAME_INVALID,
			        "The display name must not be longer than " + DISPLAY_NAME_MAX + " characters", "/displayName");
		}
		return name;
	}

	private static String description(String requested) {
		if (requested != null && requested.length() > DESCRIPTION_MAX) {
			throw new AddonMarketException(ErrorCode.ROLE_DESCRIPTION_INVALID,
			        "The description must not be longer than " + DESCRIPTION_MAX + " characters", "/description");
		}
		return requested == null || requested.isBlank() ? null : requested.trim();
	}

	private Set<Role> rolesNamed(List<String> names) {
		Set<Role> found = new LinkedHashSet<>();
		for (int i = 0; names != null && i < names.size(); i++) {
			String name = names.get(i);
			Optional<Role> role = name == null ? Optional.empty() : roles.getByName(name);
			if (role.isEmpty()) {
				throw new AddonMarketException(ErrorCode.ROLE_UNKNOWN, "There is no role named \"" + name + "\"",
				        "/roles/" + i);
			}
			found.add(role.get());
		}
		return found;
	}

	private static Set<String> knownPrivileges(List<String> requested) {
		Set<String> known = new LinkedHashSet<>();
		for (int i = 0; requested != null && i < requested.size(); i++) {
			String privilege = requested.get(i);
			if (!Privileges.MODULE_PRIVILEGES.contains(privilege) && !Privileges.CLINICAL_PRIVILEGES.contains(privilege)) {
				throw new AddonMarketException(ErrorCode.PRIVILEGE_UNKNOWN, "There is no privilege \"" + privilege
				        + "\"; the privileges are " + String.join(", ", Privileges.MODULE_PRIVILEGES) + ", "
				        + String.join(", ", Privileges.CLINICAL_PRIVILEGES), "/privileges/" + i);
			}
			known.add(privilege);
		}
		return known;
	}
}
