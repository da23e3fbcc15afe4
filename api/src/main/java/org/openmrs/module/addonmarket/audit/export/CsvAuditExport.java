package org.openmrs.module.addonmarket.audit.export;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;

import org.openmrs.module.addonmarket.audit.AuditEntry;
import org.openmrs.module.addonmarket.audit.AuditEvent;
import org.openmrs.module.addonmarket.audit.dao.CanonicalJson;

/**
 * Writes audit events as CSV (RFC 4180): a header row, then one row per event with every field, CRLF line ends,
 * fields quoted when they hold a comma, a quote, CR or LF, quotes doubled. Lists are written as their JSON array.
 * A text field that a spreadsheet would run as a formula (starting with {@code = + - @}, tab or CR) is prefixed
 * with an apostrophe (OWASP "CSV injection"): the CSV is for reading; the chain is verified from the database.
 */
public final class CsvAuditExport {

	/** The header row's names, the same as the fields of the JSON API. */
	public static final List<String> HEADER = List.of("sequence", "recordedAt", "kind", "installationUuid", "addonId",
	    "addonVersion", "actor", "patientUuid", "resourceType", "resourceIds", "operation", "outcome", "reasonCode",
	    "reasonText", "scope", "grantUuid", "invocationId", "purpose", "elementsReleased", "recordCount",
	    "withheldCount", "egressDestination", "bytesSent", "query", "detail", "prevHash", "hash");

	private static final String LINE_END = "\r\n";

	private final Writer out;

	public CsvAuditExport(Writer out) {
		this.out = out;
	}

	/** Writes the header row. */
	public void header() throws IOException {
		List<String> names = new ArrayList<>();
		for (String name : HEADER) {
			names.add(field(name));
		}
		out.write(String.join(",", names) + LINE_END);
	}

	/** Writes one event's row. */
	public void write(AuditEvent event) throws IOException {
		AuditEntry e = event.entry();
		List<String> cells = List.of(Long.toString(event.sequence()), event.recordedAt().toString(), e.kind().name(),
		    text(e.installationUuid()), text(e.addonId()), text(e.addonVersion()), text(e.actor()), text(e.patientUuid()),
		    text(e.resourceType()), text(CanonicalJson.array(e.resourceIds())), text(e.operation()), e.outcome().name(),
		    text(e.reasonCode()), text(e.reasonText()), text(e.scope()), text(e.grantUuid()), text(e.invocationId()),
		    text(e.purpose()), text(CanonicalJson.array(e.elementsReleased())), Integer.toString(e.recordCount()),
		    Integer.toString(e.withheldCount()), text(e.egressDestination()), Long.toString(e.bytesSent()),
		    text(e.query()), text(e.detail()), event.prevHash(), event.hash());
		out.write(String.join(",", cells) + LINE_END);
	}

	/** @return a text value made safe for spreadsheets and quoted as RFC 4180 needs; empty for null */
	static String text(String value) {
		if (value == null || value.isEmpty()) {
			return "";
		}
		char first = value.charAt(0);
		boolean formula = first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
		return field(formula ? "'" + value : value);
	}

	/** @return the value quoted when it holds a comma, a quote, CR or LF, with quotes doubled */
	static String field(String value) {
		if (value.indexOf(',') < 0 && value.indexOf('"') < 0 && value.indexOf('\r') < 0 && value.indexOf('\n') < 0) {
			return value;
		}
		return '"' + value.replace("\"", "\"\"") + '"';
	}
}
