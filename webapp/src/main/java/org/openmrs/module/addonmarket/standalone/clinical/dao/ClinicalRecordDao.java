package org.openmrs.module.addonmarket.standalone.clinical.dao;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

import javax.sql.DataSource;

import org.openmrs.module.addonmarket.error.AddonMarketException;
import org.openmrs.module.addonmarket.error.ErrorCode;
import org.openmrs.module.addonmarket.host.ClinicalQuery;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Reads and searches the clinical tables in SQL, one query per call and never more rows than asked for, and
 * answers FHIR R4 JSON. Runs in the caller's transaction when there is one (the Hibernate transaction manager binds
 * its connection to the data source).
 */
@Repository
public class ClinicalRecordDao {

	private final JdbcTemplate jdbc;

	public ClinicalRecordDao(DataSource dataSource) {
		this.jdbc = new JdbcTemplate(dataSource);
	}

	/** @return a writer that stores records in batches, in the caller's transaction */
	public ClinicalRecordWriter writer() {
		return new ClinicalRecordWriter(jdbc);
	}

	/**
	 * @param resourceType Patient, Observation, Encounter or Condition
	 * @return the resource with that id, or empty
	 */
	public Optional<ObjectNode> read(String resourceType, String id) {
		ResourceTable table = table(resourceType);
		return jdbc.query("select * from " + table.table() + " where uuid = ?", table.fhir(), id).stream().findFirst();
	}

	/**
	 * @return the matches, newest first (patients by name), at most query.count()
	 * @throws AddonMarketException CLINICAL_RESOURCE_TYPE_UNSUPPORTED, or CLINICAL_QUERY_INVALID for a parameter the
	 *             type does not take or a value it cannot mean anything by
	 */
	public List<ObjectNode> search(String resourceType, ClinicalQuery query) {
		ResourceTable table = table(resourceType);
		SqlCriteria criteria = criteria(table, query);
		criteria.arguments().add(query.count());
		return jdbc.query("select * from " + table.table() + criteria.where() + " order by " + table.order()
		        + " limit ?", table.fhir(), criteria.arguments().toArray());
	}

	/** @return how many records match, all of them, not only query.count() */
	public long count(String resourceType, ClinicalQuery query) {
		ResourceTable table = table(resourceType);
		SqlCriteria criteria = criteria(table, query);
		Long count = jdbc.queryForObject("select count(*) from " + table.table() + criteria.where(), Long.class,
		    criteria.arguments().toArray());
		return count == null ? 0 : count;
	}

	/** @return whether the server has any patient */
	public boolean hasPatients() {
		return !jdbc.queryForList("select uuid from " + ClinicalTables.PATIENT + " limit 1", String.class).isEmpty();
	}

	/** @return the patient an encounter belongs to, or empty when there is no such encounter */
	public Optional<String> patientOfEncounter(String encounterUuid) {
		return jdbc.queryForList("select patient_uuid from " + ClinicalTables.ENCOUNTER + " where uuid = ?",
		    String.class, encounterUuid).stream().findFirst();
	}

	private static ResourceTable table(String resourceType) {
		return ResourceTable.of(resourceType).orElseThrow(() -> new AddonMarketException(
		        ErrorCode.CLINICAL_RESOURCE_TYPE_UNSUPPORTED, "The standalone server keeps no " + resourceType
		                + " records; it keeps Patient, Observation, Encounter and Condition",
		        "resourceType"));
	}

	private static SqlCriteria criteria(ResourceTable table, ClinicalQuery query) {
		SqlCriteria criteria = new SqlCriteria();
		if (query.patientId() != null) {
			criteria.add(table.patientColumn() + " = ?", query.patientId());
		}
		for (Map.Entry<String, List<String>> parameter : query.parameters().entrySet()) {
			SearchParameter search = table.parameters().get(parameter.getKey());
			if (search == null) {
				throw new AddonMarketException(ErrorCode.CLINICAL_QUERY_INVALID,
				        table.resourceType() + " searches take the parameters "
				                + String.join(", ", new TreeSet<>(table.parameters().keySet())) + ", not "
				                + parameter.getKey(), parameter.getKey());
			}
			if (!parameter.getValue().isEmpty()) {
				search.restrict(parameter.getKey(), parameter.getValue(), criteria);
			}
		}
		range(table, query.from(), query.to(), criteria);
		return criteria;
	}

	private static void range(ResourceTable table, Instant from, Instant to, SqlCriteria criteria) {
		if ((from != null || to != null) && table.dateColumn() == null) {
			throw new AddonMarketException(ErrorCode.CLINICAL_QUERY_INVALID,
			        table.resourceType() + " records have no date to search a time range in", "from");
		}
		if (from != null) {
			criteria.add(table.dateColumn() + " >= ?", ClinicalRecordWriter.utc(from));
		}
		if (to != null) {
			criteria.add(table.dateColumn() + " < ?", ClinicalRecordWriter.utc(to));
		}
	}
}
