package org.openmrs.module.addonmarket.standalone.clinical;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.openmrs.module.addonmarket.Page;
import org.openmrs.module.addonmarket.Privileges;
import org.openmrs.module.addonmarket.error.AddonMarketException;
import org.openmrs.module.addonmarket.error.ErrorCode;
import org.openmrs.module.addonmarket.host.Actor;
import org.openmrs.module.addonmarket.host.ClinicalData;
import org.openmrs.module.addonmarket.host.ClinicalQuery;
import org.openmrs.module.addonmarket.host.UserPrivileges;
import org.openmrs.module.addonmarket.standalone.clinical.dao.ClinicalRecordDao;
import org.openmrs.module.addonmarket.standalone.clinical.dao.ClinicalRecordWriter;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The standalone server's synthetic clinical record, as FHIR R4 JSON. Reads and searches run in SQL and return no
 * more than asked for. A signed-in user needs the platform's privilege for each resource type (Get Patients, Get
 * Observations, Get Encounters, Get Conditions; Add Observations to create), as OpenMRS's own services demand; work
 * with nobody signed in is the runtime's (triggers and schedules), which the access gateway has authorised by
 * grant. The server's own controllers require the user's privilege before they call, so an anonymous request never
 * gets this far.
 *
 * @see ClinicalData
 */
@Component
public class StandaloneClinicalData implements ClinicalData {

	/** The event raised after a new observation commits. */
	public static final String OBSERVATION_CREATED = "Observation.created";

	private static final Map<String, String> PRIVILEGE_TO_READ = Map.of("Patient", Privileges.GET_PATIENTS,
	    "Observation", Privileges.GET_OBSERVATIONS, "Encounter", Privileges.GET_ENCOUNTERS, "Condition",
	    Privileges.GET_CONDITIONS);

	private final ClinicalRecordDao records;

	private final ObservationRules rules;

	private final StandaloneClinicalEvents events;

	private final UserPrivileges privileges;

	private final TransactionTemplate transactions;

	public StandaloneClinicalData(ClinicalRecordDao records, ObservationRules rules, StandaloneClinicalEvents events,
	    UserPrivileges privileges, PlatformTransactionManager transactionManager) {
		this.records = records;
		this.rules = rules;
		this.events = events;
		this.privileges = privileges;
		this.transactions = new TransactionTemplate(transactionManager);
	}

	@Override
	public Optional<ObjectNode> read(String resourceType, String id) {
		mayRead(resourceType);
		return records.read(resourceType, id);
	}

	@Override
	public List<ObjectNode> search(String resourceType, ClinicalQuery query) {
		mayRead(resourceType);
		return records.search(resourceType, query);
	}

	/**
	 * As {@link #search}, with how many records match in all.
	 *
	 * @return the first query.count() matches as page 0, and the number of all matches
	 */
	public Page<ObjectNode> page(String resourceType, ClinicalQuery query) {
		mayRead(resourceType);
		return new Page<>(records.search(resourceType, query), 0, query.count(), records.count(resourceType, query));
	}

	/**
	 * Whether a patient exists, which a request about a patient needs to know to answer 404, even for a user who may
	 * not read the patient: it tells nothing about them.
	 *
	 * @return whether there is a patient with that id
	 */
	public boolean hasPatient(String patientId) {
		return records.read("Patient", patientId).isPresent();
	}

	/**
	 * @see ClinicalData#create
	 * @throws AddonMarketException CLINICAL_RESOURCE_TYPE_UNSUPPORTED for anything but an Observation;
	 *             {@link org.openmrs.module.addonmarket.error.InvalidInputException} OBSERVATION_INVALID with every
	 *             problem of the observation
	 */
	@Override
	public ObjectNode create(String resourceType, ObjectNode resource) {
		if (!"Observation".equals(resourceType)) {
			throw new AddonMarketException(ErrorCode.CLINICAL_RESOURCE_TYPE_UNSUPPORTED,
			        "The standalone server creates Observations only, not " + resourceType, "resourceType");
		}
		String userUuid = actingUser(Privileges.ADD_OBSERVATIONS).map(Actor::uuid).orElse(null);
		return transactions.execute(status -> {
			ObservationRow row = rules.check(resource, userUuid);
			ClinicalRecordWriter writer = records.writer();
			writer.observation(row);
			writer.flush();
			ObjectNode stored = records.read("Observation", row.uuid()).orElseThrow();
			events.raiseAfterCommit(OBSERVATION_CREATED, stored, row.patientUuid(), userUuid);
			return stored;
		});
	}

	private void mayRead(String resourceType) {
		String privilege = PRIVILEGE_TO_READ.get(resourceType);
		if (privilege == null) {
			throw new AddonMarketException(ErrorCode.CLINICAL_RESOURCE_TYPE_UNSUPPORTED, "The standalone server keeps "
			        + "no " + resourceType + " records; it keeps " + String.join(", ", RESOURCE_TYPES), "resourceType");
		}
		actingUser(privilege);
	}

	/** @return the signed-in user, who holds the privilege; empty for work with nobody signed in */
	private Optional<Actor> actingUser(String privilege) {
		if (privileges.current().isEmpty()) {
			return Optional.empty();
		}
		return Optional.of(privileges.require(privilege));
	}
}
