package org.openmrs.module.addonmarket.openmrs;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.openmrs.BaseOpenmrsData;
import org.openmrs.Concept;
import org.openmrs.Condition;
import org.openmrs.Encounter;
import org.openmrs.EncounterType;
import org.openmrs.Obs;
import org.openmrs.Patient;
import org.openmrs.Person;
import org.openmrs.api.context.Context;
import org.openmrs.module.addonmarket.error.AddonMarketException;
import org.openmrs.module.addonmarket.error.ErrorCode;
import org.openmrs.module.addonmarket.host.ClinicalData;
import org.openmrs.module.addonmarket.host.ClinicalQuery;
import org.openmrs.module.addonmarket.host.ModuleClock;
import org.openmrs.parameter.EncounterSearchCriteriaBuilder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The OpenMRS clinical record as FHIR R4 JSON: the platform's PatientService, ObsService, EncounterService and
 * ConditionService, translated by {@link FhirResources}. Every call goes to the platform's own service methods, so
 * the platform's privilege checks apply as they are: a signed-in user needs Get Patients, Get Observations, Get
 * Encounters, Get Conditions (and Get Concepts to search by code); Add Observations to create. Nothing here proxies
 * a privilege. Background work runs in a daemon session ({@link OpenmrsSystemRunner}), where the platform allows
 * every call; the access gateway has decided it by grant before.
 * <p>
 * Searches run in the platform's queries and return no more than asked: observations by persons, concepts and dates
 * with the newest {@code count}; encounters and conditions of one patient (the platform has no bounded search across
 * patients for them); patients by name or identifier, one page. Voided records are never returned; observations of
 * retired concepts are, because they were recorded. Each call runs in one transaction of the platform's
 * transaction manager, so the records are translated while their session is open.
 *
 * @see ClinicalData
 */
@Component
public class OpenmrsClinicalData implements ClinicalData {

	private static final Map<String, Set<String>> SEARCH_PARAMETERS = Map.of("Patient", Set.of("name"), "Observation",
	    Set.of("code"), "Encounter", Set.of("type"), "Condition", Set.of("code"));

	private final TransactionTemplate reads;

	private final TransactionTemplate writes;

	private final ModuleClock clock;

	public OpenmrsClinicalData(PlatformTransactionManager transactionManager, ModuleClock clock) {
		this.reads = new TransactionTemplate(transactionManager);
		this.reads.setReadOnly(true);
		this.writes = new TransactionTemplate(transactionManager);
		this.clock = clock;
	}

	@Override
	public Optional<ObjectNode> read(String resourceType, String id) {
		supported(resourceType);
		return reads.execute(status -> find(resourceType, id));
	}

	@Override
	public List<ObjectNode> search(String resourceType, ClinicalQuery query) {
		supported(resourceType);
		for (String name : query.parameters().keySet()) {
			if (!SEARCH_PARAMETERS.get(resourceType).contains(name)) {
				throw new AddonMarketException(ErrorCode.CLINICAL_QUERY_INVALID, "OpenMRS searches " + resourceType
				        + " by " + SEARCH_PARAMETERS.get(resourceType).iterator().next() + ", not by " + name, name);
			}
		}
		return reads.execute(status -> {
			switch (resourceType) {
				case "Patient":
					return patients(query);
				case "Observation":
					return observations(query);
				case "Encounter":
					return encounters(query);
				default:
					return conditions(query);
			}
		});
	}

	/**
	 * Saves the observation through {@code ObsService.saveObs}; the platform's advice on that method
	 * ({@link ObsSaveAdvice}) raises {@code Observation.created} once the transaction commits.
	 *
	 * @see ClinicalData#create
	 * @throws AddonMarketException CLINICAL_RESOURCE_TYPE_UNSUPPORTED for anything but an Observation;
	 *             {@link org.openmrs.module.addonmarket.error.InvalidInputException} OBSERVATION_INVALID with every
	 *             problem of the observation
	 */
	@Override
	public ObjectNode create(String resourceType, ObjectNode resource) {
		if (!"Observation".equals(resourceType)) {
			throw new AddonMarketException(ErrorCode.CLINICAL_RESOURCE_TYPE_UNSUPPORTED,
			        "The OpenMRS binding creates Observations only, not " + resourceType, "resourceType");
		}
		return writes.execute(status -> FhirResources.observation(NewObservation.save(resource, clock.now())));
	}

	private static void supported(String resourceType) {
		if (resourceType == null || !SEARCH_PARAMETERS.containsKey(resourceType)) {
			throw new AddonMarketException(ErrorCode.CLINICAL_RESOURCE_TYPE_UNSUPPORTED, "The OpenMRS binding serves "
			        + String.join(", ", RESOURCE_TYPES) + ", not " + resourceType, "resourceType");
		}
	}

	private static Optional<ObjectNode> find(String resourceType, String id) {
		switch (resourceType) {
			case "Patient":
				return present(Context.getPatientService().getPatientByUuid(id)).map(FhirResources::patient);
			case "Observation":
				return present(Context.getObsService().getObsByUuid(id)).map(FhirResources::observation);
			case "Encounter":
				return present(Context.getEncounterService().getEncounterByUuid(id)).map(FhirResources::encounter);
			default:
				return present(Context.getConditionService().getConditionByUuid(id)).map(FhirResources::condition);
		}
	}

	private static List<ObjectNode> patients(ClinicalQuery query) {
		if (query.patientId() != null) {
			return find("Patient", query.patientId()).map(List::of).orElse(List.of());
		}
		List<String> names = query.values("name");
		if (names.isEmpty()) {
			throw new AddonMarketException(ErrorCode.CLINICAL_QUERY_INVALID,
			        "A Patient search across patients needs a name (or identifier) to search by", "name");
		}
		Map<String, Patient> found = new LinkedHashMap<>();
		for (String name : names) {
			for (Patient patient : Context.getPatientService().getPatients(name, 0, query.count())) {
				if (!isVoided(patient)) {
					found.putIfAbsent(patient.getUuid(), patient);
				}
			}
		}
		return found.values().stream().limit(query.count()).map(FhirResources::patient).collect(Collectors.toList());
	}

	private static List<ObjectNode> observations(ClinicalQuery query) {
		List<Person> whom = null;
		if (query.patientId() != null) {
			Optional<Patient> patient = patient(query.patientId());
			if (patient.isEmpty()) {
				return List.of();
			}
			whom = List.of(patient.get());
		}
		List<Concept> questions = null;
		if (!query.values("code").isEmpty()) {
			questions = concepts(query.values("code"));
			if (questions.isEmpty()) {
				return List.of();
			}
		}
		List<Obs> found = Context.getObsService().getObservations(whom, null, questions, null, null, null,
		    List.of("obsDatetime"), query.count(), null, date(query.from()), lastMoment(query.to()), false);
		return found.stream().filter(o -> !isVoided(o)).limit(query.count()).map(FhirResources::observation)
		        .collect(Collectors.toList());
	}

	private static List<ObjectNode> encounters(ClinicalQuery query) {
		Patient patient = onePatient(query, "Encounter").orElse(null);
		if (patient == null) {
			return List.of();
		}
		EncounterSearchCriteriaBuilder criteria = new EncounterSearchCriteriaBuilder().setPatient(patient)
		        .setFromDate(date(query.from())).setToDate(lastMoment(query.to())).setIncludeVoided(false);
		if (!query.values("type").isEmpty()) {
			List<EncounterType> types = encounterTypes(query.values("type"));
			if (types.isEmpty()) {
				return List.of();
			}
			criteria.setEncounterTypes(types);
		}
		List<Encounter> found = Context.getEncounterService().getEncounters(criteria.createEncounterSearchCriteria());
		return newestFirst(found, Encounter::getEncounterDatetime, query).stream().map(FhirResources::encounter)
		        .collect(Collectors.toList());
	}

	private static List<ObjectNode> conditions(ClinicalQuery query) {
		Patient patient = onePatient(query, "Condition").orElse(null);
		if (patient == null) {
			return List.of();
		}
		Set<String> concepts = query.values("code").isEmpty() ? null
		        : concepts(query.values("code")).stream().map(Concept::getUuid).collect(Collectors.toSet());
		List<Condition> found = new ArrayList<>();
		for (Condition condition : Context.getConditionService().getAllConditions(patient)) {
			boolean coded = condition.getCondition() != null && condition.getCondition().getCoded() != null;
			boolean ofCode = concepts == null || coded && concepts.contains(condition.getCondition().getCoded().getUuid());
			if (ofCode && within(condition.getOnsetDate(), query)) {
				found.add(condition);
			}
		}
		return newestFirst(found, Condition::getOnsetDate, query).stream().map(FhirResources::condition)
		        .collect(Collectors.toList());
	}

	private static Optional<Patient> onePatient(ClinicalQuery query, String resourceType) {
		if (query.patientId() == null) {
			throw new AddonMarketException(ErrorCode.CLINICAL_QUERY_INVALID, "OpenMRS searches " + resourceType
			        + " records of one patient: name the patient", "patient");
		}
		return patient(query.patientId());
	}

	private static Optional<Patient> patient(String uuid) {
		return present(Context.getPatientService().getPatientByUuid(uuid));
	}

	private static List<Concept> concepts(List<String> tokens) {
		Map<String, Concept> concepts = new LinkedHashMap<>();
		for (String token : tokens) {
			ConceptCodings.concepts(token, true).forEach(c -> concepts.putIfAbsent(c.getUuid(), c));
		}
		return new ArrayList<>(concepts.values());
	}

	private static List<EncounterType> encounterTypes(List<String> tokens) {
		List<EncounterType> types = new ArrayList<>();
		for (String token : tokens) {
			int bar = token.indexOf('|');
			String system = bar < 0 ? "" : token.substring(0, bar);
			if (system.isEmpty() || FhirSystems.ENCOUNTER_TYPE.equals(system)) {
				EncounterType type = Context.getEncounterService().getEncounterTypeByUuid(token.substring(bar + 1));
				if (type != null) {
					types.add(type);
				}
			}
		}
		return types;
	}

	private static <T> List<T> newestFirst(List<T> records, Function<T, Date> time, ClinicalQuery query) {
		return records.stream()
		        .sorted(Comparator.comparing(time, Comparator.nullsLast(Comparator.<Date> naturalOrder().reversed())))
		        .limit(query.count()).collect(Collectors.toList());
	}

	private static boolean within(Date time, ClinicalQuery query) {
		if (query.from() == null && query.to() == null) {
			return true;
		}
		if (time == null) {
			return false;
		}
		Instant at = FhirResources.instant(time);
		return (query.from() == null || !at.isBefore(query.from())) && (query.to() == null || at.isBefore(query.to()));
	}

	private static <T extends BaseOpenmrsData> Optional<T> present(T record) {
		return record == null || isVoided(record) ? Optional.empty() : Optional.of(record);
	}

	private static boolean isVoided(BaseOpenmrsData record) {
		return Boolean.TRUE.equals(record.getVoided());
	}

	private static Date date(Instant instant) {
		return instant == null ? null : Date.from(instant);
	}

	/** The platform's searches include their end date; the query's end is exclusive. */
	private static Date lastMoment(Instant to) {
		return to == null ? null : Date.from(to.minusMillis(1));
	}
}
