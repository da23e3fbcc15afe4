package org.openmrs.module.addonmarket.openmrs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.Test;
import org.openmrs.Person;
import org.openmrs.PersonName;
import org.openmrs.User;
import org.openmrs.api.APIAuthenticationException;
import org.openmrs.api.context.Context;
import org.openmrs.module.addonmarket.Privileges;
import org.openmrs.module.addonmarket.host.Actor;
import org.openmrs.test.BaseModuleContextSensitiveTest;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The identity adapter and the clinical data adapter on the real platform, over its standard test dataset: the
 * administrator the test signs in as, and a user the test creates with no role.
 */
public class OpenmrsIdentityPlatformTest extends BaseModuleContextSensitiveTest {

	/** Patient 7 of the platform's standard test dataset. */
	private static final String PATIENT_7 = "5946f880-b197-400b-9caa-a3c661d23041";

	@Autowired
	private OpenmrsIdentity identity;

	@Autowired
	private OpenmrsClinicalData clinicalData;

	@Test
	public void currentUser_shouldBeTheAdministratorWhoHoldsEveryPrivilege() {
		User admin = Context.getAuthenticatedUser();

		assertThat(identity.currentUser()).map(Actor::uuid).contains(admin.getUuid());
		assertThat(identity.currentUser()).map(Actor::username).contains(admin.getUsername());
		assertThat(identity.hasPrivilege(Privileges.GET_PATIENTS)).isTrue();
		assertThat(identity.hasPrivilege(Privileges.MANAGE_ADDONS)).isTrue();
	}

	@Test
	public void aUserWithoutPrivileges_shouldHoldNoneOfTheModulesAndReadNoPatient() {
		signInAsANewUserWithoutRoles();

		assertThat(identity.currentUser()).map(Actor::username).contains("noprivileges");
		assertThat(identity.hasPrivilege(Privileges.MANAGE_ADDONS)).isFalse();
		// The adapter answers exactly as the platform does (the dataset's Authenticated role may grant Get Patients),
		// and the platform's own check, not the adapter, decides whether the read goes through.
		boolean platformAllows = Context.hasPrivilege("Get Patients");
		assertThat(identity.hasPrivilege(Privileges.GET_PATIENTS)).isEqualTo(platformAllows);
		if (platformAllows) {
			assertThat(clinicalData.read("Patient", PATIENT_7)).isPresent();
		}
		else {
			assertThatThrownBy(() -> clinicalData.read("Patient", PATIENT_7))
			        .isInstanceOf(APIAuthenticationException.class);
		}
	}

	@Test
	public void currentUser_shouldBeEmptyAfterSignOut() {
		Context.logout();

		assertThat(identity.currentUser()).isEmpty();
		assertThat(identity.hasPrivilege(Privileges.GET_PATIENTS)).isFalse();
	}

	private static void signInAsANewUserWithoutRoles() {
		Person person = new Person();
		person.addName(new PersonName("Nobody", null, "Special"));
		person.setGender("F");
		User user = new User(person);
		user.setUsername("noprivileges");
		Context.getUserService().createUser(user, "Unprivileged1");
		Context.logout();
		Context.authenticate("noprivileges", "Unprivileged1");
	}
}
