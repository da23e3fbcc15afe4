package org.openmrs.module.addonmarket.openmrs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.util.List;

import org.junit.After;
import org.junit.Before;
import org.junit.Test;
import org.mockito.MockedStatic;
import org.mockito.Mockito;
import org.openmrs.api.AdministrationService;
import org.openmrs.api.context.Context;
import org.openmrs.module.DaemonToken;
import org.openmrs.module.addonmarket.host.BackgroundWork;
import org.openmrs.module.addonmarket.host.ModuleClock;
import org.openmrs.module.addonmarket.host.Setting;

public class AddonMarketActivatorTest {

	private static final String SENSITIVE_CODES = Setting.SENSITIVE_CODES.name();

	private final AddonMarketActivator activator = new AddonMarketActivator();

	private final BackgroundWork running = mock(BackgroundWork.class);

	private final BackgroundWork idle = mock(BackgroundWork.class);

	private final OpenmrsSettings settings = new OpenmrsSettings();

	private final AdministrationService administration = mock(AdministrationService.class);

	private MockedStatic<Context> context;

	@Before
	public void mockThePlatform() {
		context = Mockito.mockStatic(Context.class);
		context.when(() -> Context.getRegisteredComponents(BackgroundWork.class)).thenReturn(List.of(running, idle));
		context.when(() -> Context.getRegisteredComponents(OpenmrsSettings.class)).thenReturn(List.of(settings));
		context.when(Context::getAdministrationService).thenReturn(administration);
		context.when(Context::isSessionOpen).thenReturn(false);
		when(running.isRunning()).thenReturn(true);
	}

	@After
	public void releaseThePlatform() {
		context.close();
	}

	@Test
	public void setDaemonToken_shouldKeepTheTokenForTheSystemRunner() {
		DaemonToken token = mock(DaemonToken.class);

		activator.setDaemonToken(token);

		assertThat(AddonMarketActivator.daemonToken()).containsSame(token);
	}

	@Test
	public void willStop_shouldStopEveryRunningBackgroundWork() {
		activator.willStop();

		verify(running).stop();
		verify(idle, never()).stop();
	}

	@Test
	public void stopped_shouldStopWhatIsStillRunningAndForgetTheToken() {
		activator.setDaemonToken(mock(DaemonToken.class));

		activator.stopped();

		verify(running).stop();
		assertThat(AddonMarketActivator.daemonToken()).isEmpty();
	}

	@Test
	public void willStop_shouldStopTheClinicalEventDelivery() {
		OpenmrsClinicalEvents events = new OpenmrsClinicalEvents(new ModuleClock());
		events.start();
		context.when(() -> Context.getRegisteredComponents(BackgroundWork.class)).thenReturn(List.of(events));

		activator.willStop();

		assertThat(events.isRunning()).isFalse();
	}

	@Test
	public void started_shouldRegisterTheSettingsAsAGlobalPropertyListenerSoThatTheyAreKept() {
		when(administration.getGlobalProperty(SENSITIVE_CODES)).thenReturn("a|1", "b|2");

		activator.started();

		verify(administration).addGlobalPropertyListener(settings);
		assertThat(settings.get(SENSITIVE_CODES)).contains("a|1");
		assertThat(settings.get(SENSITIVE_CODES)).contains("a|1");
	}

	@Test
	public void contextRefreshedThenStarted_shouldRegisterTheSettingsOnce() {
		activator.contextRefreshed();
		activator.started();

		verify(administration, times(1)).addGlobalPropertyListener(settings);
	}

	@Test
	public void willStop_shouldRemoveTheListenerAndReadSettingsFromThePlatformAgain() {
		when(administration.getGlobalProperty(SENSITIVE_CODES)).thenReturn("a|1", "b|2");
		activator.started();
		settings.get(SENSITIVE_CODES);

		activator.willStop();
		activator.stopped();

		verify(administration, times(1)).removeGlobalPropertyListener(settings);
		assertThat(settings.get(SENSITIVE_CODES)).contains("b|2");
	}

	@Test
	public void willRefreshContext_shouldRemoveTheListenerOfTheBeansThatAreGoingAway() {
		activator.started();

		activator.willRefreshContext();

		verify(administration).removeGlobalPropertyListener(settings);
	}

	@Test
	public void stopped_shouldNotRemoveAListenerThatWasNeverRegistered() {
		activator.stopped();

		verify(administration, never()).removeGlobalPropertyListener(settings);
	}
}
