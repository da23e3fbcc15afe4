package org.openmrs.module.addonmarket.audit.dao;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.function.Function;

import org.openmrs.module.addonmarket.audit.AuditEvent;

/**
 * The columns of {@code addonmarket_audit_event} that the hash covers, in canonical order: the order of the
 * canonical JSON array (after its version tag), of every insert and of every select. Changing the order or adding a
 * column changes the canonical form: that needs a new version tag (docs/audit-canonical-form.md).
 */
public enum AuditColumn {

	SEQUENCE("sequence_number", Type.NUMBER, AuditEvent::sequence),
	RECORDED_AT("recorded_at", Type.NUMBER, e -> micros(e.recordedAt())),
	KIND("kind", Type.TEXT, e -> e.entry().kind().name()),
	INSTALLATION("installation_uuid", Type.TEXT, e -> e.entry().installationUuid()),
	ADDON_ID("addon_id", Type.TEXT, e -> e.entry().addonId()),
	ADDON_VERSION("addon_version", Type.TEXT, e -> e.entry().addonVersion()),
	ACTOR("actor", Type.TEXT, e -> e.entry().actor()),
	PATIENT("patient_uuid", Type.TEXT, e -> e.entry().patientUuid()),
	RESOURCE_TYPE("resource_type", Type.TEXT, e -> e.entry().resourceType()),
	RESOURCE_IDS("resource_ids", Type.LIST, e -> CanonicalJson.array(e.entry().resourceIds())),
	OPERATION("operation", Type.TEXT, e -> e.entry().operation()),
	OUTCOME("outcome", Type.TEXT, e -> e.entry().outcome().name()),
	REASON_CODE("reason_code", Type.TEXT, e -> e.entry().reasonCode()),
	REASON_TEXT("reason_text", Type.TEXT, e -> e.entry().reasonText()),
	SCOPE("scope", Type.TEXT, e -> e.entry().scope()),
	GRANT("grant_uuid", Type.TEXT, e -> e.entry().grantUuid()),
	INVOCATION("invocation_id", Type.TEXT, e -> e.entry().invocationId()),
	PURPOSE("purpose", Type.TEXT, e -> e.entry().purpose()),
	ELEMENTS_RELEASED("elements_released", Type.LIST, e -> CanonicalJson.array(e.entry().elementsReleased())),
	RECORD_COUNT("record_count", Type.NUMBER, e -> (long) e.entry().recordCount()),
	WITHHELD_COUNT("withheld_count", Type.NUMBER, e -> (long) e.entry().withheldCount()),
	EGRESS_DESTINATION("egress_destination", Type.TEXT, e -> e.entry().egressDestination()),
	BYTES_SENT("bytes_sent", Type.NUMBER, e -> e.entry().bytesSent()),
	QUERY("search_query", Type.TEXT, e -> e.entry().query()),
	DETAIL("detail", Type.TEXT, e -> e.entry().detail());

	/** How a column's value enters the canonical form. */
	public enum Type {
		/** A whole number, in decimal. */
		NUMBER,
		/** A string, escaped, or null. */
		TEXT,
		/** A list of strings, stored as its canonical JSON array and copied into the canonical form as it is. */
		LIST
	}

	private final String column;

	private final Type type;

	private final Function<AuditEvent, Object> value;

	AuditColumn(String column, Type type, Function<AuditEvent, Object> value) {
		this.column = column;
		this.type = type;
		this.value = value;
	}

	/** @return the SQL column name */
	public String column() {
		return column;
	}

	public Type type() {
		return type;
	}

	/** @return the column's value for that event: a Long for numbers, the stored text otherwise (may be null) */
	public Object valueOf(AuditEvent event) {
		return value.apply(event);
	}

	/** @return the instant as whole microseconds since 1970-01-01T00:00Z, as stored */
	public static long micros(Instant instant) {
		return ChronoUnit.MICROS.between(Instant.EPOCH, instant);
	}

	/** @return the instant of that many microseconds since 1970-01-01T00:00Z */
	public static Instant instant(long micros) {
		return Instant.EPOCH.plus(micros, ChronoUnit.MICROS);
	}
}
