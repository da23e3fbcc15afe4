package org.openmrs.module.addonmarket.openmrs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.util.List;

import org.junit.After;
import org.junit.Before;
import org.junit.Test;
import org.mockito.MockedStatic;
import org.mockito.Mockito;
import org.openmrs.api.context.Context;
import org.openmrs.module.DaemonToken;
import org.openmrs.module.addonmarket.host.BackgroundWork;
import org.openmrs.module.addonmarket.host.ModuleClock;

public class AddonMarketActivatorTest {

	private final AddonMarketActivator activator = new AddonMarketActivator();

	private final BackgroundWork running = mock(BackgroundWork.class);

	private final BackgroundWork idle = mock(BackgroundWork.class);

	private MockedStatic<Context> context;

	@Before
	public void mockThePlatform() {
		context = Mockito.mockStatic(Context.class);
		context.when(() -> Context.getRegisteredComponents(BackgroundWork.class)).thenReturn(List.of(running, idle));
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
}
