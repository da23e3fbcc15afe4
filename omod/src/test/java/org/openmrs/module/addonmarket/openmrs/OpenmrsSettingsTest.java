package org.openmrs.module.addonmarket.openmrs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.mockStatic;
import static org.mockito.Mockito.when;

import java.util.ArrayList;
import java.util.List;

import org.junit.After;
import org.junit.Before;
import org.junit.Test;
import org.mockito.MockedStatic;
import org.mockito.stubbing.Answer;
import org.openmrs.api.AdministrationService;
import org.openmrs.api.context.Context;

public class OpenmrsSettingsTest {

	private static final String MAX_BYTES = "addonmarket.package.maxBytes";

	private static final String GET_GLOBAL_PROPERTIES = "Get Global Properties";

	private MockedStatic<Context> context;

	private final AdministrationService administration = mock(AdministrationService.class);

	private final OpenmrsSettings settings = new OpenmrsSettings();

	@Before
	public void mockThePlatform() {
		context = mockStatic(Context.class);
		context.when(Context::isSessionOpen).thenReturn(true);
		context.when(Context::getAdministrationService).thenReturn(administration);
	}

	@After
	public void releaseThePlatform() {
		context.close();
	}

	@Test
	public void get_shouldAnswerTheValueAnAdministratorSet() {
		when(administration.getGlobalProperty(MAX_BYTES)).thenReturn("1048576");

		assertThat(settings.get(MAX_BYTES)).contains("1048576");
	}

	@Test
	public void get_shouldBeEmptyWhenTheGlobalPropertyIsAbsent() {
		when(administration.getGlobalProperty(MAX_BYTES)).thenReturn(null);

		assertThat(settings.get(MAX_BYTES)).isEmpty();
	}

	@Test
	public void get_shouldBeEmptyWhenTheGlobalPropertyIsBlank() {
		when(administration.getGlobalProperty(MAX_BYTES)).thenReturn(" \t");

		assertThat(settings.get(MAX_BYTES)).isEmpty();
	}

	@Test
	public void get_shouldReadWithGetGlobalPropertiesProxiedSoThatEveryUserGetsTheModulesLimits() {
		List<String> events = new ArrayList<>();
		context.when(() -> Context.addProxyPrivilege(GET_GLOBAL_PROPERTIES)).thenAnswer(record(events, "proxy"));
		context.when(() -> Context.removeProxyPrivilege(GET_GLOBAL_PROPERTIES)).thenAnswer(record(events, "withdraw"));
		when(administration.getGlobalProperty(MAX_BYTES)).thenAnswer(record(events, "read"));

		settings.get(MAX_BYTES);

		assertThat(events).containsExactly("proxy", "read", "withdraw");
	}

	@Test
	public void get_shouldWithdrawTheProxiedPrivilegeWhenTheReadFails() {
		when(administration.getGlobalProperty(MAX_BYTES)).thenThrow(new IllegalStateException("database down"));

		assertThatThrownBy(() -> settings.get(MAX_BYTES)).hasMessage("database down");

		context.verify(() -> Context.removeProxyPrivilege(GET_GLOBAL_PROPERTIES));
	}

	@Test
	public void get_shouldReadWithoutProxyingOnAThreadWithoutAnOpenmrsSession() {
		context.when(Context::isSessionOpen).thenReturn(false);
		context.when(() -> Context.addProxyPrivilege(GET_GLOBAL_PROPERTIES))
		        .thenThrow(new IllegalStateException("no user context"));
		when(administration.getGlobalProperty(MAX_BYTES)).thenReturn("1048576");

		assertThat(settings.get(MAX_BYTES)).contains("1048576");
	}

	private static Answer<Object> record(List<String> events, String event) {
		return invocation -> {
			events.add(event);
			return null;
		};
	}
}
