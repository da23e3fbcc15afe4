package org.openmrs.module.addonmarket.audit.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import org.junit.Test;
import org.openmrs.module.addonmarket.Privileges;
import org.openmrs.module.addonmarket.audit.AuditEntry;
import org.openmrs.module.addonmarket.audit.AuditEvent;
import org.openmrs.module.addonmarket.audit.AuditFixtures;
import org.openmrs.module.addonmarket.audit.AuditKind;
import org.openmrs.module.addonmarket.audit.AuditLog;
import org.openmrs.module.addonmarket.audit.AuditOperation;
import org.openmrs.module.addonmarket.audit.AuditOutcome;
import org.openmrs.module.addonmarket.audit.AuditQuery;
import org.openmrs.module.addonmarket.audit.AuditService;
import org.openmrs.module.addonmarket.test.PersistenceTest;

public class CsvAuditExportTest extends PersistenceTest {

	@Test
	public void exportCsv_shouldWriteAHeaderAndEveryFieldOfEveryMatchingEventOldestFirst() {
		AuditLog log = bean(AuditLog.class);
		String addon = AuditFixtures.uniqueAddon();
		AuditEvent first = log.append(AuditFixtures.read(addon, "patient-1"));
		AuditEvent second = log.append(AuditFixtures.grant(addon));
		identity().signIn("auditor", Privileges.VIEW_ADDON_ACCESS_LOG);
		StringWriter out = new StringWriter();

		bean(AuditService.class).exportCsv(AuditQuery.builder().addonId(addon).build(), out);

		List<List<String>> rows = parse(out.toString());
		assertThat(out.toString()).endsWith("\r\n");
		assertThat(rows.get(0)).isEqualTo(CsvAuditExport.HEADER);
		assertThat(rows).hasSize(3);
		assertThat(rows.get(1)).hasSize(CsvAuditExport.HEADER.size());
		assertThat(rows.get(1).get(0)).isEqualTo(Long.toString(first.sequence()));
		assertThat(rows.get(1).get(1)).isEqualTo(first.recordedAt().toString());
		assertThat(rows.get(1).get(9)).isEqualTo("[\"obs-1\",\"obs-2\"]");
		assertThat(rows.get(1).get(26)).isEqualTo(first.hash());
		assertThat(rows.get(2).get(24)).isEqualTo(second.entry().detail());
	}

	@Test
	public void exportCsv_shouldStreamAnExportLongerThanOnePage() {
		AuditLog log = bean(AuditLog.class);
		String addon = AuditFixtures.uniqueAddon();
		IntStream.range(0, 2100).parallel().forEach(i -> log.append(AuditFixtures.read(addon, "patient-" + i)));
		identity().signIn("auditor", Privileges.VIEW_ADDON_ACCESS_LOG);
		StringWriter out = new StringWriter();

		bean(AuditService.class).exportCsv(AuditQuery.builder().addonId(addon).build(), out);

		List<List<String>> rows = parse(out.toString());
		assertThat(rows).hasSize(2101);
		assertThat(rows.subList(1, rows.size())).extracting(row -> Long.parseLong(row.get(0))).isSorted()
		        .doesNotHaveDuplicates();
	}

	@Test
	public void exportCsv_shouldQuoteCommasQuotesAndLineBreaksAsRfc4180Says() {
		AuditLog log = bean(AuditLog.class);
		String addon = AuditFixtures.uniqueAddon();
		String reason = "Denied, because \"Condition\" is\r\nnot granted";
		log.append(AuditFixtures.access(addon, "p", AuditOperation.READ, AuditOutcome.DENY)
		        .outcome(AuditOutcome.DENY, "no-covering-scope", reason).build());
		identity().signIn("auditor", Privileges.VIEW_ADDON_ACCESS_LOG);
		StringWriter out = new StringWriter();

		bean(AuditService.class).exportCsv(AuditQuery.builder().addonId(addon).build(), out);

		assertThat(out.toString()).contains("\"Denied, because \"\"Condition\"\" is\r\nnot granted\"");
		assertThat(parse(out.toString()).get(1).get(13)).isEqualTo(reason);
	}

	@Test
	public void csvFormulaInjection_shouldBeNeutralisedWithAnApostrophe() {
		AuditLog log = bean(AuditLog.class);
		String addon = AuditFixtures.uniqueAddon();
		log.append(AuditEntry.builder(AuditKind.ACCESS).addon(addon, "1.0.0")
		        .operation(AuditOperation.SEARCH).query("=HYPERLINK(\"https://evil.example\",\"click\")").build());
		identity().signIn("auditor", Privileges.VIEW_ADDON_ACCESS_LOG);
		StringWriter out = new StringWriter();

		bean(AuditService.class).exportCsv(AuditQuery.builder().addonId(addon).build(), out);

		assertThat(parse(out.toString()).get(1).get(23)).isEqualTo("'=HYPERLINK(\"https://evil.example\",\"click\")");
	}

	@Test
	public void field_shouldLeavePlainTextAlone() {
		assertThat(CsvAuditExport.field("patient/Observation.rs")).isEqualTo("patient/Observation.rs");
		assertThat(CsvAuditExport.text(null)).isEmpty();
		assertThat(CsvAuditExport.text("-1")).isEqualTo("'-1");
	}

	/** An RFC 4180 reader, so that the test checks the format rather than the writer's own idea of it. */
	static List<List<String>> parse(String csv) {
		List<List<String>> rows = new ArrayList<>();
		List<String> row = new ArrayList<>();
		StringBuilder field = new StringBuilder();
		boolean quoted = false;
		for (int i = 0; i < csv.length(); i++) {
			char c = csv.charAt(i);
			if (quoted) {
				if (c == '"' && i + 1 < csv.length() && csv.charAt(i + 1) == '"') {
					field.append('"');
					i++;
				} else if (c == '"') {
					quoted = false;
				} else {
					field.append(c);
				}
			} else if (c == '"') {
				quoted = true;
			} else if (c == ',') {
				row.add(field.toString());
				field.setLength(0);
			} else if (c == '\r' && i + 1 < csv.length() && csv.charAt(i + 1) == '\n') {
				row.add(field.toString());
				field.setLength(0);
				rows.add(row);
				row = new ArrayList<>();
				i++;
			} else {
				field.append(c);
			}
		}
		return rows;
	}
}
