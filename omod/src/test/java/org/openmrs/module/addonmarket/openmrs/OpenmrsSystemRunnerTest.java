package org.openmrs.module.addonmarket.openmrs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;

import java.util.concurrent.atomic.AtomicReference;

import org.junit.After;
import org.junit.Before;
import org.junit.Test;
import org.mockito.MockedStatic;
import org.mockito.Mockito;
import org.openmrs.api.context.Daemon;
import org.openmrs.module.DaemonToken;
import org.openmrs.module.addonmarket.error.AddonMarketException;

public class OpenmrsSystemRunnerTest {

	private final DaemonToken token = mock(DaemonToken.class);

	private final AddonMarketActivator activator = new AddonMarketActivator();

	private final OpenmrsSystemRunner runner = new OpenmrsSystemRunner();

	private MockedStatic<Daemon> daemon;

	@Before
	public void mockTheDaemon() {
		daemon = Mockito.mockStatic(Daemon.class);
		// As the platform does: the work runs on a thread of its pool, and the platform waits for it, swallowing
		// whatever it threw.
		daemon.when(() -> Daemon.runInDaemonThreadAndWait(any(Runnable.class), eq(token))).thenAnswer(call -> {
			Thread thread = new Thread(call.getArgument(0, Runnable.class), "daemon-thread");
			thread.start();
			thread.join();
			return null;
		});
		activator.setDaemonToken(token);
	}

	@After
	public void releaseTheDaemon() {
		activator.setDaemonToken(null);
		daemon.close();
	}

	@Test
	public void runAsSystem_shouldRunTheWorkInADaemonThreadWithTheModulesTokenAndWait() {
		AtomicReference<String> ranOn = new AtomicReference<>();

		runner.runAsSystem(() -> ranOn.set(Thread.currentThread().getName()));

		assertThat(ranOn.get()).isEqualTo("daemon-thread");
		daemon.verify(() -> Daemon.runInDaemonThreadAndWait(any(Runnable.class), eq(token)));
	}

	@Test
	public void runAsSystem_shouldHandTheWorksExceptionToTheCaller() {
		IllegalStateException failure = new IllegalStateException("the sweep failed");

		assertThatThrownBy(() -> runner.runAsSystem(() -> {
			throw failure;
		})).isSameAs(failure);
	}

	@Test
	public void runAsSystem_shouldRefuseBeforeThePlatformGaveTheToken() {
		activator.setDaemonToken(null);

		assertThatThrownBy(() -> runner.runAsSystem(() -> {
		})).isInstanceOf(AddonMarketException.class).hasMessageContaining("daemon token");
		daemon.verifyNoInteractions();
	}
}
