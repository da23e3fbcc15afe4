package org.openmrs.module.addonmarket.standalone.clinical;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

import javax.sql.DataSource;

/**
 * A SHA-256 over every record of a clinical record, each as one line of its values, independent of the order the
 * records came in: so a generated record and the same record read back from any database digest alike.
 */
public final class ChartDigest implements ChartSink {

	private final List<String> lines = new ArrayList<>();

	@Override
	public void patient(PatientRow p) {
		line("P", p.uuid(), p.identifier(), p.givenName(), p.familyName(), p.gender(), p.birthDate());
	}

	@Override
	public void condition(ConditionRow c) {
		line("C", c.uuid(), c.patientUuid(), c.condition().code(), c.onset());
	}

	@Override
	public void encounter(EncounterRow e) {
		line("E", e.uuid(), e.patientUuid(), e.type().code(), e.start(), e.end());
	}

	@Override
	public void observation(ObservationRow o) {
		line("O", o.uuid(), o.patientUuid(), o.encounterUuid(), o.measurement().code(), o.status(), plain(o.value()),
		    o.effective(), o.recordedBy());
	}

	/** @return how many records went in */
	public int size() {
		return lines.size();
	}

	/** @return the hex SHA-256 of the records' lines, sorted */
	public String hex() {
		try {
			MessageDigest sha = MessageDigest.getInstance("SHA-256");
			lines.stream().sorted().forEach(line -> sha.update((line + "\n").getBytes(StandardCharsets.UTF_8)));
			return HexFormat.of().formatHex(sha.digest());
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}

	/** @return the digest of the clinical tables of a database, read back row by row */
	public static ChartDigest of(DataSource dataSource) throws SQLException {
		ChartDigest digest = new ChartDigest();
		try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
			try (ResultSet row = statement.executeQuery("select * from addonmarket_standalone_patient")) {
				while (row.next()) {
					digest.line("P", row.getString("uuid"), row.getString("identifier"), row.getString("given_name"),
					    row.getString("family_name"), row.getString("gender"),
					    row.getObject("birth_date", LocalDate.class));
				}
			}
			try (ResultSet row = statement.executeQuery("select * from addonmarket_standalone_condition")) {
				while (row.next()) {
					digest.line("C", row.getString("uuid"), row.getString("patient_uuid"), row.getString("code"),
					    instant(row, "onset_at"));
				}
			}
			try (ResultSet row = statement.executeQuery("select * from addonmarket_standalone_encounter")) {
				while (row.next()) {
					digest.line("E", row.getString("uuid"), row.getString("patient_uuid"), row.getString("type_code"),
					    instant(row, "period_start"), instant(row, "period_end"));
				}
			}
			try (ResultSet row = statement.executeQuery("select * from addonmarket_standalone_observation")) {
				while (row.next()) {
					digest.line("O", row.getString("uuid"), row.getString("patient_uuid"),
					    row.getString("encounter_uuid"), row.getString("code"), row.getString("status"), plain(row.getBigDecimal("value_number")),
					    instant(row, "effective_at"), row.getString("recorded_by"));
				}
			}
		}
		return digest;
	}

	private void line(Object... values) {
		StringBuilder line = new StringBuilder();
		for (Object value : values) {
			line.append(value).append('|');
		}
		lines.add(line.toString());
	}

	private static Instant instant(ResultSet row, String column) throws SQLException {
		LocalDateTime time = row.getObject(column, LocalDateTime.class);
		return time == null ? null : time.toInstant(ZoneOffset.UTC);
	}

	private static String plain(BigDecimal value) {
		return value.stripTrailingZeros().toPlainString();
	}
}
