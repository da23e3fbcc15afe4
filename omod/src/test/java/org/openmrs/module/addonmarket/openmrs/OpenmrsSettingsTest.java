package org.openmrs.module.addonmarket.openmrs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.mockStatic;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.After;
import org.junit.Before;
import org.junit.Test;
import org.mockito.MockedStatic;
import org.mockito.stubbing.Answer;
import org.openmrs.GlobalProperty;
import org.openmrs.api.AdministrationService;
import org.openmrs.api.context.Context;
import org.openmrs.module.addonmarket.host.Setting;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

public class OpenmrsSettingsTest {

	private static final String MAX_BYTES = "addonmarket.package.maxBytes";

	private static final String GET_GLOBAL_PROPERTIES = "Get Global Properties";

	private static final String SENSITIVE_CODES = Setting.SENSITIVE_CODES.name();

	private static final String OTHER_MODULES = "fhir2.paging.default";

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
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.clearSynchronization();
		}
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

	@Test
	public void get_shouldAskThePlatformOnlyOnceForAModuleSettingWhileListening() {
		settings.listen(administration);
		when(administration.getGlobalProperty(SENSITIVE_CODES)).thenReturn("http://snomed.info/sct|86406008");

		assertThat(settings.get(SENSITIVE_CODES)).contains("http://snomed.info/sct|86406008");
		assertThat(settings.get(SENSITIVE_CODES)).contains("http://snomed.info/sct|86406008");

		verify(administration, times(1)).getGlobalProperty(SENSITIVE_CODES);
	}

	@Test
	public void get_shouldKeepAnAbsentModuleSettingToo() {
		settings.listen(administration);
		when(administration.getGlobalProperty(MAX_BYTES)).thenReturn(null);

		settings.get(MAX_BYTES);
		assertThat(settings.get(MAX_BYTES)).isEmpty();

		verify(administration, times(1)).getGlobalProperty(MAX_BYTES);
	}

	@Test
	public void get_shouldAnswerTheNewValueAfterThePlatformAnnouncesAChange() {
		settings.listen(administration);
		when(administration.getGlobalProperty(SENSITIVE_CODES)).thenReturn("old|1", "new|2");
		settings.get(SENSITIVE_CODES);

		settings.globalPropertyChanged(globalProperty(SENSITIVE_CODES));

		assertThat(settings.get(SENSITIVE_CODES)).contains("new|2");
	}

	@Test
	public void get_shouldForgetAChangedSettingWhateverTheCaseOfItsName() {
		settings.listen(administration);
		when(administration.getGlobalProperty(SENSITIVE_CODES)).thenReturn("old|1", "new|2");
		settings.get(SENSITIVE_CODES);

		settings.globalPropertyChanged(globalProperty(SENSITIVE_CODES.toUpperCase()));

		assertThat(settings.get(SENSITIVE_CODES)).contains("new|2");
	}

	@Test
	public void get_shouldBeEmptySoThatTheDefaultAppliesAfterThePlatformAnnouncesADelete() {
		settings.listen(administration);
		when(administration.getGlobalProperty(MAX_BYTES)).thenReturn("1048576", (String) null);
		settings.get(MAX_BYTES);

		settings.globalPropertyDeleted(MAX_BYTES);

		assertThat(settings.get(MAX_BYTES)).isEmpty();
		assertThat(Setting.PACKAGE_MAX_BYTES.longValue(settings)).isEqualTo(5242880L);
	}

	@Test
	public void get_shouldAskThePlatformEveryTimeForANameOutsideTheModule() {
		settings.listen(administration);
		when(administration.getGlobalProperty(OTHER_MODULES)).thenReturn("10");

		settings.get(OTHER_MODULES);
		settings.get(OTHER_MODULES);

		verify(administration, times(2)).getGlobalProperty(OTHER_MODULES);
		assertThat(settings.supportsPropertyName(OTHER_MODULES)).isFalse();
	}

	@Test
	public void get_shouldAskThePlatformEveryTimeBeforeTheListenerIsRegistered() {
		when(administration.getGlobalProperty(SENSITIVE_CODES)).thenReturn("old|1", "new|2");

		assertThat(settings.get(SENSITIVE_CODES)).contains("old|1");
		assertThat(settings.get(SENSITIVE_CODES)).contains("new|2");
	}

	@Test
	public void get_shouldAskThePlatformEveryTimeOnceTheListenerIsRemoved() {
		settings.listen(administration);
		when(administration.getGlobalProperty(SENSITIVE_CODES)).thenReturn("old|1", "new|2", "newer|3");
		settings.get(SENSITIVE_CODES);

		settings.stopListening(administration);

		assertThat(settings.get(SENSITIVE_CODES)).contains("new|2");
		assertThat(settings.get(SENSITIVE_CODES)).contains("newer|3");
		verify(administration).removeGlobalPropertyListener(settings);
	}

	@Test
	public void listen_shouldRegisterOnceWithThePlatform() {
		settings.listen(administration);
		settings.listen(administration);

		verify(administration, times(1)).addGlobalPropertyListener(settings);
	}

	@Test
	public void changeDuringARead_shouldNotLetTheOldValueReadBeKept() {
		settings.listen(administration);
		GlobalProperty changed = globalProperty(SENSITIVE_CODES);
		// The platform reads the old value from the database; the change is announced before the read returns.
		when(administration.getGlobalProperty(SENSITIVE_CODES)).thenAnswer(invocation -> {
			settings.globalPropertyChanged(changed);
			return "old|1";
		}).thenReturn("new|2");

		assertThat(settings.get(SENSITIVE_CODES)).contains("old|1");

		assertThat(settings.get(SENSITIVE_CODES)).contains("new|2");
	}

	@Test
	public void readBeforeTheChangeCommits_shouldNotBeKeptAfterTheTransactionCompletes() {
		settings.listen(administration);
		when(administration.getGlobalProperty(SENSITIVE_CODES)).thenReturn("old|1", "new|2");
		TransactionSynchronizationManager.initSynchronization();
		// The platform announces the change inside its transaction; a read before the commit still finds the old value.
		settings.globalPropertyChanged(globalProperty(SENSITIVE_CODES));
		assertThat(settings.get(SENSITIVE_CODES)).contains("old|1");
		assertThat(settings.get(SENSITIVE_CODES)).contains("old|1");

		completeTheTransaction();

		assertThat(settings.get(SENSITIVE_CODES)).contains("new|2");
	}

	@Test
	public void supportsPropertyName_shouldAnswerForEverySettingOfTheModule() {
		assertThat(Setting.ALL).allSatisfy(setting -> assertThat(settings.supportsPropertyName(setting.name())).isTrue());
		assertThat(settings.supportsPropertyName("addonmarketplace.other")).isFalse();
		assertThat(settings.supportsPropertyName(null)).isFalse();
	}

	@Test
	public void get_shouldNotBeAnsweredFromMemoryOfAnotherSetting() {
		settings.listen(administration);
		when(administration.getGlobalProperty(MAX_BYTES)).thenReturn("1048576");
		when(administration.getGlobalProperty(SENSITIVE_CODES)).thenReturn("a|1");

		assertThat(settings.get(MAX_BYTES)).contains("1048576");
		assertThat(settings.get(SENSITIVE_CODES)).contains("a|1");
		settings.globalPropertyChanged(globalProperty(SENSITIVE_CODES));

		assertThat(settings.get(MAX_BYTES)).isEqualTo(Optional.of("1048576"));
		verify(administration, times(1)).getGlobalProperty(MAX_BYTES);
	}

	private static void completeTheTransaction() {
		List<TransactionSynchronization> synchronizations = TransactionSynchronizationManager.getSynchronizations();
		TransactionSynchronizationManager.clearSynchronization();
		synchronizations.forEach(s -> s.afterCompletion(TransactionSynchronization.STATUS_COMMITTED));
	}

	private static GlobalProperty globalProperty(String name) {
		GlobalProperty property = mock(GlobalProperty.class);
		when(property.getProperty()).thenReturn(name);
		return property;
	}

	private static Answer<Object> record(List<String> events, String event) {
		return invocation -> {
			events.add(event);
			return null;
		};
	}
}
