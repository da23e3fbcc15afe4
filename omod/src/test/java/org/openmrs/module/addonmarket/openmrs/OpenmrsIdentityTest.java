package org.openmrs.module.addonmarket.openmrs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.mockStatic;
import static org.mockito.Mockito.when;

import org.junit.After;
import org.junit.Before;
import org.junit.Test;
import org.mockito.MockedStatic;
import org.openmrs.User;
import org.openmrs.api.context.Context;
import org.openmrs.api.context.Daemon;
import org.openmrs.module.addonmarket.host.Actor;

public class OpenmrsIdentityTest {

	private static final String UUID = "5b3c7a3e-1f0e-4c1a-9a57-2f6b8c0d4e11";

	private MockedStatic<Context> context;

	private MockedStatic<Daemon> daemon;

	private final OpenmrsIdentity identity = new OpenmrsIdentity();

	@Before
	public void mockThePlatform() {
		context = mockStatic(Context.class);
		daemon = mockStatic(Daemon.class);
		context.when(Context::isSessionOpen).thenReturn(true);
	}

	@After
	public void releaseThePlatform() {
		daemon.close();
		context.close();
	}

	@Test
	public void currentUser_shouldDescribeTheSignedInUserByUuidUsernameAndPersonName() {
		signIn(user("nkemi", "3-4", "Nkemi", "Okafor"));

		assertThat(identity.currentUser()).contains(new Actor(UUID, "nkemi", "Nkemi Okafor"));
	}

	@Test
	public void currentUser_shouldFallBackToTheSystemIdWhenTheUserHasNoUsername() {
		signIn(user(null, "3-4", "Nkemi", "Okafor"));
		assertThat(identity.currentUser()).map(Actor::username).contains("3-4");

		signIn(user("  ", "5-6", "Nkemi", "Okafor"));
		assertThat(identity.currentUser()).map(Actor::username).contains("5-6");
	}

	@Test
	public void currentUser_shouldShowTheUsernameWhenThePersonHasNoName() {
		signIn(user("nkemi", "3-4", null, ""));

		assertThat(identity.currentUser()).map(Actor::displayName).contains("nkemi");
	}

	@Test
	public void currentUser_shouldShowWhicheverPartOfThePersonNameIsThere() {
		signIn(user("nkemi", "3-4", "Nkemi", null));
		assertThat(identity.currentUser()).map(Actor::displayName).contains("Nkemi");

		signIn(user("okafor", "3-4", " ", "Okafor "));
		assertThat(identity.currentUser()).map(Actor::displayName).contains("Okafor");
	}

	@Test
	public void currentUser_shouldBeEmptyForAnAnonymousRequest() {
		context.when(Context::getAuthenticatedUser).thenReturn(null);

		assertThat(identity.currentUser()).isEmpty();
	}

	@Test
	public void currentUser_shouldBeEmptyOnAThreadWithoutAnOpenmrsSession() {
		context.when(Context::isSessionOpen).thenReturn(false);
		context.when(Context::getAuthenticatedUser).thenThrow(new IllegalStateException("no user context"));

		assertThat(identity.currentUser()).isEmpty();
	}

	@Test
	public void currentUser_shouldBeEmptyWhenThePlatformRunsSystemWorkAsTheDaemonUser() {
		User daemonUser = user("daemon", "daemon", null, null);
		signIn(daemonUser);
		daemon.when(() -> Daemon.isDaemonUser(daemonUser)).thenReturn(true);

		assertThat(identity.currentUser()).isEmpty();
	}

	@Test
	public void hasPrivilege_shouldAskThePlatformForTheSignedInUser() {
		signIn(user("nkemi", "3-4", "Nkemi", "Okafor"));
		context.when(() -> Context.hasPrivilege("Use Add-ons")).thenReturn(true);
		context.when(() -> Context.hasPrivilege("Manage Add-ons")).thenReturn(false);

		assertThat(identity.hasPrivilege("Use Add-ons")).isTrue();
		assertThat(identity.hasPrivilege("Manage Add-ons")).isFalse();
	}

	@Test
	public void hasPrivilege_shouldRefuseAnAnonymousRequestEvenWhenTheAnonymousRoleHoldsThePrivilege() {
		context.when(Context::getAuthenticatedUser).thenReturn(null);
		context.when(() -> Context.hasPrivilege(anyString())).thenReturn(true);

		assertThat(identity.hasPrivilege("Browse Add-ons")).isFalse();
	}

	@Test
	public void hasPrivilege_shouldRefuseSystemWorkThoughThePlatformGrantsTheDaemonEverything() {
		User daemonUser = user("daemon", "daemon", null, null);
		signIn(daemonUser);
		daemon.when(() -> Daemon.isDaemonUser(daemonUser)).thenReturn(true);
		context.when(() -> Context.hasPrivilege(anyString())).thenReturn(true);

		assertThat(identity.hasPrivilege("Grant Add-on Access")).isFalse();
	}

	private void signIn(User user) {
		context.when(Context::getAuthenticatedUser).thenReturn(user);
	}

	private static User user(String username, String systemId, String givenName, String familyName) {
		User user = mock(User.class);
		when(user.getUuid()).thenReturn(UUID);
		when(user.getUsername()).thenReturn(username);
		when(user.getSystemId()).thenReturn(systemId);
		when(user.getGivenName()).thenReturn(givenName);
		when(user.getFamilyName()).thenReturn(familyName);
		return user;
	}
}
