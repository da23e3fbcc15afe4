package org.openmrs.module.addonmarket.audit.dao;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import org.openmrs.module.addonmarket.audit.AuditQuery;

/**
 * The where clause of an {@link AuditQuery}: fixed column conditions with bound values, never text from the caller
 * in the SQL.
 */
final class SqlFilter {

	private final List<String> conditions;

	private final List<Object> values;

	private SqlFilter(List<String> conditions, List<Object> values) {
		this.conditions = conditions;
		this.values = values;
	}

	static SqlFilter of(AuditQuery query) {
		SqlFilter filter = new SqlFilter(List.of(), List.of());
		filter = filter.andIfSet("addon_id = ?", query.addonId());
		filter = filter.andIfSet("installation_uuid = ?", query.installationUuid());
		filter = filter.andIfSet("patient_uuid = ?", query.patientUuid());
		filter = filter.andIfSet("actor = ?", query.actor());
		filter = filter.andIfSet("outcome = ?", query.outcome() == null ? null : query.outcome().name());
		filter = filter.andIfSet("kind = ?", query.kind() == null ? null : query.kind().name());
		filter = filter.andIfSet("invocation_id = ?", query.invocationId());
		filter = filter.andIfSet("recorded_at >= ?", query.from() == null ? null : AuditColumn.micros(query.from()));
		return filter.andIfSet("recorded_at < ?", query.to() == null ? null : AuditColumn.micros(query.to()));
	}

	/** @return this filter and one more condition with one {@code ?} */
	SqlFilter and(String condition, Object value) {
		List<String> moreConditions = new ArrayList<>(conditions);
		moreConditions.add(condition);
		List<Object> moreValues = new ArrayList<>(values);
		moreValues.add(value);
		return new SqlFilter(moreConditions, moreValues);
	}

	private SqlFilter andIfSet(String condition, Object value) {
		return value == null ? this : and(condition, value);
	}

	/**
	 * @param select the statement up to its where clause
	 * @param suffix what follows the where clause (order, limit), or ""
	 * @return the statement with every value bound
	 */
	PreparedStatement prepare(Connection connection, String select, String suffix) throws SQLException {
		String where = conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
		PreparedStatement statement = connection.prepareStatement(select + where + suffix);
		for (int i = 0; i < values.size(); i++) {
			Object value = values.get(i);
			if (value instanceof Long number) {
				statement.setLong(i + 1, number);
			} else {
				statement.setString(i + 1, (String) value);
			}
		}
		return statement;
	}
}
