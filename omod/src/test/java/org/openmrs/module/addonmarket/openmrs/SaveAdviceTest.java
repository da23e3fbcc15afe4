package org.openmrs.module.addonmarket.openmrs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;
import static org.openmrs.module.addonmarket.openmrs.PlatformRecords.PATIENT_UUID;

import java.lang.reflect.Method;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;

import org.junit.After;
import org.junit.Before;
import org.junit.Test;
import org.mockito.MockedStatic;
import org.mockito.Mockito;
import org.openmrs.Concept;
import org.openmrs.Encounter;
import org.openmrs.Obs;
import org.openmrs.Patient;
import org.openmrs.api.ObsService;
import org.openmrs.api.context.Context;
import org.openmrs.module.addonmarket.host.ClinicalEvent;
import org.openmrs.module.addonmarket.host.ModuleClock;
import org.springframework.aop.framework.ProxyFactory;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The save advice and the events it raises: only for new records, only after the platform's transaction commits, and
 * never failing the save.
 */
public class SaveAdviceTest {

	private static final Instant NOW = Instant.parse("2026-11-29T12:00:00Z");

	private static final Method SAVE_OBS = method(ObsService.class, "saveObs", Obs.class, String.class);

	private static final Method GET_OBS = method(ObsService.class, "getObsByUuid", String.class);

	private MockedStatic<Context> context;

	private OpenmrsClinicalEvents events;

	private final List<ClinicalEvent> received = new ArrayList<>();

	private final ObsSaveAdvice advice = new ObsSaveAdvice();

	private Patient patient;

	private Concept systolic;

	@Before
	public void startTheModule() {
		ModuleClock clock = new ModuleClock();
		clock.use(Clock.fixed(NOW, ZoneOffset.UTC));
		events = new OpenmrsClinicalEvents(clock, () -> (Executor) Runnable::run);
		events.start();
		events.subscribe(received::add);
		context = Mockito.mockStatic(Context.class);
		context.when(() -> Context.getRegisteredComponents(OpenmrsClinicalEvents.class)).thenReturn(List.of(events));
		context.when(Context::isSessionOpen).thenReturn(false);
		patient = PlatformRecords.patient(PATIENT_UUID, "Ama", "Mensah");
		systolic = PlatformRecords.numeric("5085AAAA", "Systolic blood pressure", "mmHg", "LOINC|8480-6");
	}

	@After
	public void stopTheModule() {
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.clearSynchronization();
		}
		context.close();
		events.stop();
	}

	@Test
	public void saveObs_shouldRegisterASynchronizationAndRaiseTheEventOnlyAfterCommit() {
		TransactionSynchronizationManager.initSynchronization();
		Obs obs = newObs();

		save(obs);

		List<TransactionSynchronization> registered = TransactionSynchronizationManager.getSynchronizations();
		assertThat(registered).hasSize(1);
		assertThat(received).as("nothing before the commit").isEmpty();
		registered.get(0).afterCommit();
		assertThat(received).hasSize(1);
		ClinicalEvent event = received.get(0);
		assertThat(event.type()).isEqualTo("Observation.created");
		assertThat(event.patientId()).isEqualTo(PATIENT_UUID);
		assertThat(event.resource().path("code").path("coding").get(0).path("code").asText()).isEqualTo("8480-6");
		assertThat(event.at()).isEqualTo(NOW);
		assertThat(event.userUuid()).isNull();
	}

	@Test
	public void saveObs_shouldRaiseNothingWhenTheTransactionRollsBack() {
		TransactionSynchronizationManager.initSynchronization();

		save(newObs());
		for (TransactionSynchronization synchronization : TransactionSynchronizationManager.getSynchronizations()) {
			synchronization.afterCompletion(TransactionSynchronization.STATUS_ROLLED_BACK);
		}

		assertThat(received).isEmpty();
	}

	@Test
	public void saveObs_shouldDeliverAtOnceWhenNoTransactionSynchronizationIsActive() {
		save(newObs());

		assertThat(received).extracting(ClinicalEvent::type).containsExactly("Observation.created");
	}

	@Test
	public void saveObs_shouldRaiseNothingForAnEditedObservation() {
		Obs existing = newObs();
		when(existing.getObsId()).thenReturn(42);
		Obs newVersion = PlatformRecords.obs("obs-2", patient, systolic, NOW);

		advice.before(SAVE_OBS, new Object[] { existing, "corrected" }, null);
		advice.afterReturning(newVersion, SAVE_OBS, new Object[] { existing, "corrected" }, null);

		assertThat(received).isEmpty();
	}

	@Test
	public void saveObs_shouldForgetAFailedSaveSoThatTheNextOneIsToldRight() {
		Obs failing = newObs();
		advice.before(SAVE_OBS, new Object[] { failing, null }, null);
		advice.afterThrowing(SAVE_OBS, new Object[] { failing, null }, null, new IllegalStateException("refused"));
		Obs existing = newObs();
		when(existing.getObsId()).thenReturn(7);

		advice.before(SAVE_OBS, new Object[] { existing, "edit" }, null);
		advice.afterReturning(existing, SAVE_OBS, new Object[] { existing, "edit" }, null);

		assertThat(received).isEmpty();
	}

	@Test
	public void nestedSaves_shouldEachBeToldByTheirOwnRecord() {
		Obs outer = newObs();
		Obs inner = newObs();
		when(inner.getObsId()).thenReturn(3);

		advice.before(SAVE_OBS, new Object[] { outer, null }, null);
		advice.before(SAVE_OBS, new Object[] { inner, null }, null);
		advice.afterReturning(inner, SAVE_OBS, new Object[] { inner, null }, null);
		assertThat(received).isEmpty();
		advice.afterReturning(outer, SAVE_OBS, new Object[] { outer, null }, null);

		assertThat(received).hasSize(1);
	}

	@Test
	public void throughSpringsProxy_shouldBeforeAfterReturningAndAfterThrowingAllApply() {
		// As the platform adds a module's advice to a service: addAdvice on the service's proxy.
		Obs failing = newObs();
		Obs existing = newObs();
		when(existing.getObsId()).thenReturn(9);
		Obs fresh = newObs();
		ObsService target = mock(ObsService.class);
		when(target.saveObs(failing, null)).thenThrow(new IllegalStateException("validation failed"));
		when(target.saveObs(existing, "edit")).thenReturn(existing);
		when(target.saveObs(fresh, null)).thenReturn(fresh);
		ProxyFactory factory = new ProxyFactory(target);
		factory.addInterface(ObsService.class);
		factory.addAdvice(advice);
		ObsService service = (ObsService) factory.getProxy();

		assertThatThrownBy(() -> service.saveObs(failing, null)).hasMessage("validation failed");
		service.saveObs(existing, "edit");
		assertThat(received).isEmpty();
		service.saveObs(fresh, null);

		assertThat(received).extracting(ClinicalEvent::type).containsExactly("Observation.created");
	}

	@Test
	public void otherMethods_shouldBeLeftAlone() {
		advice.before(GET_OBS, new Object[] { "obs-1" }, null);
		advice.afterReturning(newObs(), GET_OBS, new Object[] { "obs-1" }, null);

		assertThat(received).isEmpty();
	}

	@Test
	public void aFailingListener_shouldNeitherFailTheSaveNorKeepTheEventFromTheOthers() {
		List<ClinicalEvent> second = new ArrayList<>();
		events.subscribe(e -> {
			throw new IllegalStateException("listener broke");
		});
		events.subscribe(second::add);

		save(newObs());

		assertThat(received).hasSize(1);
		assertThat(second).hasSize(1);
	}

	@Test
	public void aRecordThatCannotBeTranslated_shouldNotFailTheSave() {
		Obs broken = newObs();
		when(broken.getPerson()).thenReturn(null);

		save(broken);

		assertThat(received).isEmpty();
	}

	@Test
	public void beforeTheModulesContextIsUp_shouldRaiseNothing() {
		context.when(() -> Context.getRegisteredComponents(OpenmrsClinicalEvents.class)).thenReturn(List.of());

		save(newObs());

		assertThat(received).isEmpty();
	}

	@Test
	public void stoppedEvents_shouldDeliverNothing() {
		events.stop();

		save(newObs());

		assertThat(received).isEmpty();
	}

	@Test
	public void encounterAndPatientAdvice_shouldRaiseTheirCreatedEvents() {
		Encounter encounter = mock(Encounter.class);
		when(encounter.getUuid()).thenReturn("enc-1");
		when(encounter.getPatient()).thenReturn(patient);
		when(encounter.getEncounterId()).thenReturn(null);
		Method saveEncounter = method(PlatformSaves.class, "saveEncounter", Encounter.class);
		Method savePatient = method(PlatformSaves.class, "savePatient", Patient.class);
		EncounterSaveAdvice encounterAdvice = new EncounterSaveAdvice();
		PatientSaveAdvice patientAdvice = new PatientSaveAdvice();

		encounterAdvice.before(saveEncounter, new Object[] { encounter }, null);
		encounterAdvice.afterReturning(encounter, saveEncounter, new Object[] { encounter }, null);
		patientAdvice.before(savePatient, new Object[] { patient }, null);
		patientAdvice.afterReturning(patient, savePatient, new Object[] { patient }, null);

		assertThat(received).extracting(ClinicalEvent::type).containsExactly("Encounter.created", "Patient.created");
		assertThat(received.get(0).resource().path("id").asText()).isEqualTo("enc-1");
		assertThat(received.get(1).resource().path("id").asText()).isEqualTo(PATIENT_UUID);
	}

	/**
	 * The platform's save methods the advice is declared for, as the stubs leave them out (the module never calls
	 * them): the advice goes by the method's name and the record it is given.
	 */
	interface PlatformSaves {

		Encounter saveEncounter(Encounter encounter);

		Patient savePatient(Patient patient);
	}

	private Obs newObs() {
		Obs obs = PlatformRecords.obs("obs-1", patient, systolic, NOW);
		when(obs.getValueNumeric()).thenReturn(185.0);
		return obs;
	}

	private void save(Obs obs) {
		Object[] args = { obs, null };
		advice.before(SAVE_OBS, args, null);
		advice.afterReturning(obs, SAVE_OBS, args, null);
	}

	private static Method method(Class<?> type, String name, Class<?>... parameters) {
		try {
			return type.getMethod(name, parameters);
		}
		catch (NoSuchMethodException e) {
			throw new IllegalStateException(e);
		}
	}
}
