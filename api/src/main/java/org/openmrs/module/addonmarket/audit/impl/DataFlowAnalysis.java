package org.openmrs.module.addonmarket.audit.impl;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.openmrs.module.addonmarket.audit.AddonDataFlow;
import org.openmrs.module.addonmarket.audit.AuditOperation;
import org.openmrs.module.addonmarket.audit.AuditOutcome;
import org.openmrs.module.addonmarket.audit.DeclaredFlow;
import org.openmrs.module.addonmarket.audit.Drift;
import org.openmrs.module.addonmarket.audit.ObservedFlow;
import org.openmrs.module.addonmarket.audit.dao.FlowRow;

/**
 * Compares one add-on's declared scopes and egress with its grouped access counts and names the drift. Works on
 * the database's grouped counts ({@link FlowRow}), a few rows per add-on, never on the events themselves.
 */
final class DataFlowAnalysis {

	/** Denials of one undeclared resource type from this many on are flagged. */
	static final int REPEATED_DENIALS = 3;

	private final String addonId;

	private final DeclaredFlow declared;

	private final Set<String> read = new TreeSet<>();

	private final Set<String> written = new TreeSet<>();

	private final Set<String> egress = new TreeSet<>();

	private final Set<String> scopesUsed = new TreeSet<>();

	private final Map<String, Long> denialsByReason = new TreeMap<>();

	private final Map<String, Long> undeclaredDenials = new TreeMap<>();

	private final Set<String> undeclaredAccess = new TreeSet<>();

	private final Map<String, Long> undeclaredEgress = new TreeMap<>();

	private long permitted;

	private long denied;

	private long failed;

	DataFlowAnalysis(String addonId, DeclaredFlow declared) {
		this.addonId = addonId;
		this.declared = declared;
	}

	/** Counts one group of this add-on's events. */
	void add(FlowRow row) {
		AuditOutcome outcome = AuditOutcome.valueOf(row.outcome());
		String operation = row.operation();
		boolean permit = outcome == AuditOutcome.PERMIT;
		switch (outcome) {
			case PERMIT -> permitted += row.events();
			case DENY -> {
				denied += row.events();
				denialsByReason.merge(row.reasonCode() == null ? "unspecified" : row.reasonCode(), row.events(), Long::sum);
			}
			default -> failed += row.events();
		}
		if (permit && row.scope() != null) {
			scopesUsed.add(row.scope());
		}
		if (AuditOperation.EGRESS.equals(operation) && row.egressDestination() != null) {
			egress.add(row.egressDestination());
			if (!egressDeclared(row.egressDestination())) {
				undeclaredEgress.merge(row.egressDestination(), row.events(), Long::sum);
			}
			return;
		}
		String type = row.resourceType();
		boolean reading = AuditOperation.isRead(operation);
		if (type == null || !reading && !AuditOperation.isWrite(operation)) {
			return;
		}
		if (permit) {
			(reading ? read : written).add(type);
		}
		if (!resourceDeclared(type)) {
			if (permit) {
				undeclaredAccess.add(type);
			} else if (outcome == AuditOutcome.DENY) {
				undeclaredDenials.merge(type, row.events(), Long::sum);
			}
		}
	}

	/** @return the add-on's line of the report */
	AddonDataFlow result(long distinctPatients) {
		ObservedFlow observed = new ObservedFlow(read, written, distinctPatients, egress, permitted, denied, failed,
		        new HashMap<>(denialsByReason), scopesUsed);
		return new AddonDataFlow(addonId, declared, observed, drift());
	}

	private List<Drift> drift() {
		List<Drift> drift = new ArrayList<>();
		undeclaredDenials.forEach((type, count) -> {
			if (count >= REPEATED_DENIALS) {
				drift.add(new Drift(Drift.Kind.ACCESS_DENIED_REPEATEDLY, type, count + " denied calls for " + type
				        + ", which the add-on did not declare"));
			}
		});
		undeclaredEgress.forEach((url, count) -> drift.add(new Drift(Drift.Kind.EGRESS_UNDECLARED, url,
		        count + " call(s) sent or tried to send data to " + url + ", which the add-on did not declare")));
		for (String scope : declared.granted()) {
			if (!scopesUsed.contains(scope)) {
				drift.add(new Drift(Drift.Kind.SCOPE_UNUSED, scope, "Granted, but no call was permitted by " + scope
				        + " in the period: the grant could be narrowed"));
			}
		}
		undeclaredAccess.forEach(type -> drift.add(new Drift(Drift.Kind.UNDECLARED_RESOURCE_ACCESSED, type,
		        "Calls on " + type + " were permitted, but no declared scope names " + type)));
		return drift;
	}

	private boolean resourceDeclared(String type) {
		for (String scope : declared.scopes()) {
			String resource = resourceOf(scope);
			if ("*".equals(resource) || type.equals(resource)) {
				return true;
			}
		}
		return false;
	}

	private boolean egressDeclared(String destination) {
		String target = destination.toLowerCase(Locale.ROOT);
		for (String url : declared.egress()) {
			String prefix = url.toLowerCase(Locale.ROOT);
			// https://api.example.org must not cover https://api.example.org.attacker.net
			if (target.startsWith(prefix) && (prefix.endsWith("/") || target.length() == prefix.length()
			        || "/?#".indexOf(target.charAt(prefix.length())) >= 0)) {
				return true;
			}
		}
		return false;
	}

	/** @return the resource type of a SMART v2 scope, {@code patient/Observation.rs?...} giving Observation */
	static String resourceOf(String scope) {
		int slash = scope.indexOf('/');
		int dot = scope.indexOf('.', slash + 1);
		return slash < 0 || dot < 0 ? scope : scope.substring(slash + 1, dot);
	}
}
