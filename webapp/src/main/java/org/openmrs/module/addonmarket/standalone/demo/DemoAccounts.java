package org.openmrs.module.addonmarket.standalone.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.openmrs.module.addonmarket.Privileges;
import org.openmrs.module.addonmarket.host.ModuleClock;
import org.openmrs.module.addonmarket.standalone.users.Passwords;
import org.openmrs.module.addonmarket.standalone.users.Role;
import org.openmrs.module.addonmarket.standalone.users.User;
import org.openmrs.module.addonmarket.standalone.users.dao.RoleDao;
import org.openmrs.module.addonmarket.standalone.users.dao.UserDao;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The demo roles and the users admin, clinician, auditor and publisher, all with the well-known password
 * {@value #PASSWORD}. Each is added only when absent, so a restart duplicates nothing and an administrator's
 * changes (a new password, other privileges) stay.
 */
@Component
@Order(DemoAccounts.ORDER)
public class DemoAccounts implements DemoStep {

	public static final int ORDER = 100;

	public static final String PASSWORD = "Admin123";

	/** A demo role. */
	record DemoRole(String name, String description, Set<String> privileges) {
	}

	/** A demo user and the role they hold. */
	record DemoUser(String username, String displayName, DemoRole role) {
	}

	static final DemoRole CLINICIAN = new DemoRole("Clinician", "Browses, installs and uses add-ons at the bedside",
	        Set.of(Privileges.BROWSE_ADDONS, Privileges.INSTALL_ADDONS, Privileges.USE_ADDONS, Privileges.GET_PATIENTS,
	            Privileges.GET_OBSERVATIONS, Privileges.GET_ENCOUNTERS, Privileges.GET_CONDITIONS,
	            Privileges.ADD_OBSERVATIONS));

	static final DemoRole PUBLISHER = new DemoRole("Add-on Publisher", "Publishes add-ons to the catalog",
	        Set.of(Privileges.BROWSE_ADDONS, Privileges.PUBLISH_ADDONS));

	static final DemoRole ADMINISTRATOR = new DemoRole("Add-on Administrator",
	        "Manages add-ons, grants their data access, and manages users and roles",
	        Set.of(Privileges.BROWSE_ADDONS, Privileges.INSTALL_ADDONS, Privileges.USE_ADDONS, Privileges.MANAGE_ADDONS,
	            Privileges.GRANT_ADDON_ACCESS, Privileges.GET_PATIENTS, Privileges.GET_OBSERVATIONS,
	            Privileges.GET_ENCOUNTERS, Privileges.GET_CONDITIONS, Privileges.ADD_OBSERVATIONS));

	/** Get Patients so that the auditor can find the chart whose accesses they review (the patient picker). */
	static final DemoRole AUDITOR = new DemoRole("Auditor", "Reviews, verifies and exports the access log",
	        Set.of(Privileges.BROWSE_ADDONS, Privileges.VIEW_ADDON_ACCESS_LOG, Privileges.GET_PATIENTS));

	static final List<DemoRole> ROLES = List.of(CLINICIAN, PUBLISHER, ADMINISTRATOR, AUDITOR);

	static final List<DemoUser> USERS = List.of(new DemoUser("admin", "Demo Administrator", ADMINISTRATOR),
	    new DemoUser("clinician", "Demo Clinician", CLINICIAN), new DemoUser("auditor", "Demo Auditor", AUDITOR),
	    new DemoUser("publisher", "Demo Publisher", PUBLISHER));

	private final UserDao users;

	private final RoleDao roles;

	private final Passwords passwords;

	private final ModuleClock clock;

	public DemoAccounts(UserDao users, RoleDao roles, Passwords passwords, ModuleClock clock) {
		this.users = users;
		this.roles = roles;
		this.passwords = passwords;
		this.clock = clock;
	}

	@Override
	public List<String> seed() {
		for (DemoRole role : ROLES) {
			if (roles.getByName(role.name()).isEmpty()) {
				roles.save(new Role(role.name(), role.description(), role.privileges()));
			}
		}
		List<String> banner = new ArrayList<>();
		banner.add("Demo accounts, all with the password " + PASSWORD + " (unless changed since):");
		for (DemoUser demo : USERS) {
			if (users.getByUsername(demo.username()).isEmpty()) {
				User user = new User(demo.username(), demo.displayName(), passwords.hash(PASSWORD, demo.username()),
				        clock.now());
				roles.getByName(demo.role().name()).ifPresent(role -> user.setRoles(Set.of(role)));
				users.save(user);
			}
			banner.add(String.format("  %-10s %s", demo.username(), demo.role().name()));
		}
		return banner;
	}
}
