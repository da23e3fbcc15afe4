package org.openmrs.module.addonmarket.audit.impl;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.openmrs.module.addonmarket.Page;
import org.openmrs.module.addonmarket.Privileges;
import org.openmrs.module.addonmarket.audit.AddonDataFlow;
import org.openmrs.module.addonmarket.audit.AuditCheckpoint;
import org.openmrs.module.addonmarket.audit.AuditEvent;
import org.openmrs.module.addonmarket.audit.AuditLog;
import org.openmrs.module.addonmarket.audit.AuditOutcome;
import org.openmrs.module.addonmarket.audit.AuditQuery;
import org.openmrs.module.addonmarket.audit.AuditService;
import org.openmrs.module.addonmarket.audit.ChainVerification;
import org.openmrs.module.addonmarket.audit.DataFlowReport;
import org.openmrs.module.addonmarket.audit.DeclaredFlow;
import org.openmrs.module.addonmarket.audit.PatientAccessSummary;
import org.openmrs.module.addonmarket.audit.dao.AuditColumn;
import org.openmrs.module.addonmarket.audit.dao.AuditEventDao;
import org.openmrs.module.addonmarket.audit.dao.FlowRow;
import org.openmrs.module.addonmarket.audit.dao.PatientAccessRow;
import org.openmrs.module.addonmarket.audit.export.CsvAuditExport;
import org.openmrs.module.addonmarket.audit.export.FhirBundleExport;
import org.openmrs.module.addonmarket.error.AddonMarketException;
import org.openmrs.module.addonmarket.error.ErrorCode;
import org.openmrs.module.addonmarket.host.ModuleClock;
import org.openmrs.module.addonmarket.host.UserPrivileges;
import org.springframework.stereotype.Service;

/**
 * Not transactional: the DAO runs each read in a short transaction of its own, so that a long export does not hold
 * one open.
 *
 * @see AuditService
 */
@Service
public class AuditServiceImpl implements AuditService {

	/** How many events an export reads per query (and per short transaction). */
	static final int EXPORT_PAGE = 1000;

	private final AuditEventDao dao;

	private final AuditLog log;

	private final UserPrivileges privileges;

	private final ModuleClock clock;

	public AuditServiceImpl(AuditEventDao dao, AuditLog log, UserPrivileges privileges, ModuleClock clock) {
		this.dao = dao;
		this.log = log;
		this.privileges = privileges;
		this.clock = clock;
	}

	@Override
	public Page<AuditEvent> find(AuditQuery query) {
		privileges.require(Privileges.VIEW_ADDON_ACCESS_LOG);
		return dao.select(query);
	}

	@Override
	public List<PatientAccessSummary> addonsThatTouched(String patientUuid, Instant from, Instant to) {
		privileges.require(Privileges.VIEW_ADDON_ACCESS_LOG);
		if (patientUuid == null || patientUuid.isBlank()) {
			throw new AddonMarketException(ErrorCode.AUDIT_QUERY_INVALID, "Say which patient", "patient");
		}
		checkPeriod(from, to);
		Map<String, List<PatientAccessRow>> byAddon = new LinkedHashMap<>();
		for (PatientAccessRow row : dao.selectPatientAccess(patientUuid.trim(), from, to)) {
			byAddon.computeIfAbsent(row.addonId(), id -> new ArrayList<>()).add(row);
		}
		List<PatientAccessSummary> summaries = new ArrayList<>();
		byAddon.forEach((addonId, rows) -> summaries.add(summary(addonId, rows)));
		summaries.sort(Comparator.comparing(PatientAccessSummary::lastAccess).reversed());
		return summaries;
	}

	@Override
	public ChainVerification verify(Long fromSequence, Long toSequence) {
		privileges.require(Privileges.VIEW_ADDON_ACCESS_LOG);
		return log.verify(fromSequence, toSequence);
	}

	@Override
	public AuditCheckpoint checkpoint() {
		privileges.require(Privileges.VIEW_ADDON_ACCESS_LOG);
		return log.checkpoint();
	}

	@Override
	public void exportCsv(AuditQuery filter, Writer out) {
		privileges.require(Privileges.VIEW_ADDON_ACCESS_LOG);
		try {
			CsvAuditExport csv = new CsvAuditExport(out);
			csv.header();
			forEachMatching(filter, csv::write);
			out.flush();
		}
		catch (IOException e) {
			throw exportFailed(e);
		}
	}

	@Override
	public void exportFhir(AuditQuery filter, OutputStream out) {
		privileges.require(Privileges.VIEW_ADDON_ACCESS_LOG);
		try {
			FhirBundleExport bundle = new FhirBundleExport(out, clock.now());
			forEachMatching(filter, bundle::write);
			bundle.finish();
		}
		catch (IOException e) {
			throw exportFailed(e);
		}
	}

	@Override
	public DataFlowReport dataFlow(Instant from, Instant to, Map<String, DeclaredFlow> declared) {
		privileges.require(Privileges.VIEW_ADDON_ACCESS_LOG);
		if (from == null || to == null) {
			throw new AddonMarketException(ErrorCode.AUDIT_QUERY_INVALID, "A data-flow report needs from and to",
			        from == null ? "from" : "to");
		}
		checkPeriod(from, to);
		Map<String, DataFlowAnalysis> analyses = new TreeMap<>();
		Map<String, DeclaredFlow> declarations = declared == null ? Map.of() : declared;
		declarations.forEach((addonId, flow) -> analyses.put(addonId, new DataFlowAnalysis(addonId, flow)));
		for (FlowRow row : dao.selectFlows(from, to)) {
			if (row.addonId() != null) {
				analyses.computeIfAbsent(row.addonId(), id -> new DataFlowAnalysis(id, DeclaredFlow.nothing())).add(row);
			}
		}
		Map<String, Long> patients = dao.selectDistinctPatients(from, to);
		List<AddonDataFlow> lines = new ArrayList<>();
		analyses.forEach((addonId, analysis) -> lines.add(analysis.result(patients.getOrDefault(addonId, 0L))));
		return new DataFlowReport(from, to, lines);
	}

	/** Hands every matching event to the sink, oldest first, reading {@link #EXPORT_PAGE} at a time. */
	private void forEachMatching(AuditQuery filter, EventSink sink) throws IOException {
		long after = 0;
		List<AuditEvent> page;
		do {
			page = dao.selectAfter(filter, after, EXPORT_PAGE);
			for (AuditEvent event : page) {
				sink.write(event);
				after = event.sequence();
			}
		} while (page.size() == EXPORT_PAGE);
	}

	private static PatientAccessSummary summary(String addonId, List<PatientAccessRow> rows) {
		Set<String> types = new HashSet<>();
		long[] counts = new long[4];
		long first = Long.MAX_VALUE;
		long last = Long.MIN_VALUE;
		for (PatientAccessRow row : rows) {
			if (row.resourceType() != null) {
				types.add(row.resourceType());
			}
			counts[AuditOutcome.valueOf(row.outcome()).ordinal()] += row.events();
			if (AuditOutcome.PERMIT.name().equals(row.outcome())) {
				counts[3] += row.records();
			}
			first = Math.min(first, row.firstMicros());
			last = Math.max(last, row.lastMicros());
		}
		return new PatientAccessSummary(addonId, types, counts[0], counts[1], counts[2], counts[3],
		        AuditColumn.instant(first), AuditColumn.instant(last));
	}

	private static void checkPeriod(Instant from, Instant to) {
		if (from != null && to != null && from.isAfter(to)) {
			throw new AddonMarketException(ErrorCode.AUDIT_QUERY_INVALID, "from (" + from + ") is after to (" + to + ")",
			        "from");
		}
	}

	/** Where an export writes each event. */
	@FunctionalInterface
	private interface EventSink {

		void write(AuditEvent event) throws IOException;
	}

	private static AddonMarketException exportFailed(IOException e) {
		return new AddonMarketException(ErrorCode.AUDIT_EXPORT_FAILED,
		        "The audit log export could not be written: " + e.getMessage(), null, e);
	}
}
