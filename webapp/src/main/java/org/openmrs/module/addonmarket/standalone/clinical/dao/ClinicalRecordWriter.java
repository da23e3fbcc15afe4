package org.openmrs.module.addonmarket.standalone.clinical.dao;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import org.openmrs.module.addonmarket.standalone.clinical.ChartSink;
import org.openmrs.module.addonmarket.standalone.clinical.ConditionRow;
import org.openmrs.module.addonmarket.standalone.clinical.EncounterRow;
import org.openmrs.module.addonmarket.standalone.clinical.ObservationRow;
import org.openmrs.module.addonmarket.standalone.clinical.PatientRow;
import org.openmrs.module.addonmarket.standalone.clinical.CodeSystems;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.ParameterizedPreparedStatementSetter;

/**
 * Stores clinical records with batched JDBC inserts, in the caller's transaction. Rows wait in memory until a batch
 * is full or {@link #flush()}; every flush writes patients first, then conditions and encounters, then
 * observations, so that a row never arrives before the row it points at. Instants are stored as UTC wall-clock
 * times, as Hibernate stores the module's ({@code hibernate.jdbc.time_zone=UTC}).
 */
public class ClinicalRecordWriter implements ChartSink {

	/** Rows per JDBC batch: large enough that round trips do not dominate, small enough to stay cheap in memory. */
	static final int BATCH_SIZE = 1000;

	private static final String INSERT_PATIENT = "insert into " + ClinicalTables.PATIENT
	        + " (uuid, identifier, given_name, family_name, gender, birth_date) values (?, ?, ?, ?, ?, ?)";

	private static final String INSERT_CONDITION = "insert into " + ClinicalTables.CONDITION
	        + " (uuid, patient_uuid, clinical_status, category, code_system, code, display, onset_at)"
	        + " values (?, ?, 'active', 'problem-list-item', ?, ?, ?, ?)";

	private static final String INSERT_ENCOUNTER = "insert into " + ClinicalTables.ENCOUNTER
	        + " (uuid, patient_uuid, status, class_code, type_system, type_code, type_display, period_start,"
	        + " period_end) values (?, ?, 'finished', ?, ?, ?, ?, ?, ?)";

	private static final String INSERT_OBSERVATION = "insert into " + ClinicalTables.OBSERVATION
	        + " (uuid, patient_uuid, encounter_uuid, status, category, code_system, code, display, value_number, unit,"
	        + " unit_code, effective_at, recorded_by) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

	private final JdbcTemplate jdbc;

	private final List<PatientRow> patients = new ArrayList<>();

	private final List<ConditionRow> conditions = new ArrayList<>();

	private final List<EncounterRow> encounters = new ArrayList<>();

	private final List<ObservationRow> observations = new ArrayList<>();

	public ClinicalRecordWriter(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public void patient(PatientRow patient) {
		add(patients, patient);
	}

	@Override
	public void condition(ConditionRow condition) {
		add(conditions, condition);
	}

	@Override
	public void encounter(EncounterRow encounter) {
		add(encounters, encounter);
	}

	@Override
	public void observation(ObservationRow observation) {
		add(observations, observation);
	}

	/** Writes every row still waiting. */
	public void flush() {
		write(INSERT_PATIENT, patients, ClinicalRecordWriter::bind);
		write(INSERT_CONDITION, conditions, ClinicalRecordWriter::bind);
		write(INSERT_ENCOUNTER, encounters, ClinicalRecordWriter::bind);
		write(INSERT_OBSERVATION, observations, ClinicalRecordWriter::bind);
	}

	private <T> void add(List<T> rows, T row) {
		rows.add(row);
		if (rows.size() >= BATCH_SIZE) {
			flush();
		}
	}

	private <T> void write(String sql, List<T> rows, ParameterizedPreparedStatementSetter<T> setter) {
		if (!rows.isEmpty()) {
			jdbc.batchUpdate(sql, rows, rows.size(), setter);
			rows.clear();
		}
	}

	private static void bind(PreparedStatement statement, PatientRow row) throws SQLException {
		statement.setString(1, row.uuid());
		statement.setString(2, row.identifier());
		statement.setString(3, row.givenName());
		statement.setString(4, row.familyName());
		statement.setString(5, row.gender());
		statement.setObject(6, row.birthDate());
	}

	private static void bind(PreparedStatement statement, ConditionRow row) throws SQLException {
		statement.setString(1, row.uuid());
		statement.setString(2, row.patientUuid());
		statement.setString(3, CodeSystems.SNOMED_CT);
		statement.setString(4, row.condition().code());
		statement.setString(5, row.condition().display());
		statement.setObject(6, utc(row.onset()));
	}

	private static void bind(PreparedStatement statement, EncounterRow row) throws SQLException {
		statement.setString(1, row.uuid());
		statement.setString(2, row.patientUuid());
		statement.setString(3, row.type().classCode());
		statement.setString(4, CodeSystems.SNOMED_CT);
		statement.setString(5, row.type().code());
		statement.setString(6, row.type().display());
		statement.setObject(7, utc(row.start()));
		statement.setObject(8, utc(row.end()));
	}

	private static void bind(PreparedStatement statement, ObservationRow row) throws SQLException {
		statement.setString(1, row.uuid());
		statement.setString(2, row.patientUuid());
		if (row.encounterUuid() == null) {
			statement.setNull(3, Types.VARCHAR);
		} else {
			statement.setString(3, row.encounterUuid());
		}
		statement.setString(4, row.status());
		statement.setString(5, row.measurement().category().code());
		statement.setString(6, CodeSystems.LOINC);
		statement.setString(7, row.measurement().code());
		statement.setString(8, row.measurement().display());
		statement.setBigDecimal(9, row.value());
		statement.setString(10, row.measurement().unit());
		statement.setString(11, row.measurement().unitCode());
		statement.setObject(12, utc(row.effective()));
		if (row.recordedBy() == null) {
			statement.setNull(13, Types.VARCHAR);
		} else {
			statement.setString(13, row.recordedBy());
		}
	}

	/** @return the instant as a UTC wall-clock time, for a TIMESTAMP (DATETIME on MariaDB) column */
	static LocalDateTime utc(Instant instant) {
		return instant == null ? null : LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
	}
}
