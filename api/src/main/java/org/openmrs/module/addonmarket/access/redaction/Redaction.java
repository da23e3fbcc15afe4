package org.openmrs.module.addonmarket.access.redaction;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

import org.openmrs.module.addonmarket.access.decision.AccessReason;
import org.openmrs.module.addonmarket.access.decision.ScopeTerms;
import org.openmrs.module.addonmarket.catalog.scope.Scope;
import org.openmrs.module.addonmarket.catalog.scope.ScopeContext;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Checks each record the host returned against the call and the permitting scopes, withholds what falls outside
 * them or is sensitive without a sensitive scope, and cuts what it releases to the elements of the scope that
 * admitted it. Pure: it never fetches and never changes the records it is given.
 */
public final class Redaction {

	/** Kept in every released record, whatever a scope's elements say. */
	public static final List<String> ALWAYS_KEPT = List.of("resourceType", "id");

	private Redaction() {
	}

	/**
	 * @param records what the host returned
	 * @param criteria what each record must satisfy
	 * @return the records released, cut to their elements, and what was withheld
	 */
	public static Released apply(List<ObjectNode> records, RecordCriteria criteria) {
		List<ObjectNode> released = new ArrayList<>();
		List<String> ids = new ArrayList<>();
		List<ScopeTerms> scopes = new ArrayList<>();
		SortedSet<String> elements = new TreeSet<>();
		Set<String> patients = new HashSet<>();
		List<AccessReason> withheld = new ArrayList<>();
		for (ObjectNode json : records) {
			ClinicalRecord record = ClinicalRecord.of(json);
			Verdict verdict = judge(record, criteria);
			if (verdict.withheld() != null) {
				withheld.add(verdict.withheld());
				continue;
			}
			ObjectNode cut = cut(json, verdict.scope().elements());
			released.add(cut);
			ids.add(record.id());
			scopes.add(verdict.scope());
			cut.fieldNames().forEachRemaining(elements::add);
			if (record.patient() != null) {
				patients.add(record.patient());
			}
		}
		elements.removeAll(ALWAYS_KEPT);
		return new Released(released, ids, scopes, List.copyOf(elements), patients, withheld);
	}

	/**
	 * @param json a record
	 * @param elements the top-level elements to keep, or empty for all
	 * @return a copy holding only {@code resourceType}, {@code id} and those elements
	 */
	public static ObjectNode cut(ObjectNode json, List<String> elements) {
		ObjectNode copy = json.deepCopy();
		if (elements.isEmpty()) {
			return copy;
		}
		Iterator<String> names = copy.fieldNames();
		while (names.hasNext()) {
			String name = names.next();
			if (!ALWAYS_KEPT.contains(name) && !elements.contains(name)) {
				names.remove();
			}
		}
		return copy;
	}

	/** The scope a record is released under, or why it is withheld. */
	private record Verdict(ScopeTerms scope, AccessReason withheld) {
	}

	private static Verdict judge(ClinicalRecord record, RecordCriteria criteria) {
		if (!criteria.resourceType().equals(record.resourceType()) || record.id() == null
		        || criteria.patient() != null && !criteria.patient().equals(record.patient()) || !asked(record, criteria)) {
			return new Verdict(null, AccessReason.RECORD_OUTSIDE_SCOPE);
		}
		List<ScopeTerms> admitting = new ArrayList<>();
		boolean patientRefused = false;
		for (ScopeTerms terms : criteria.permitting()) {
			if (!parametersAdmit(terms.scope(), record)) {
				continue;
			}
			if (terms.scope().context() == ScopeContext.PATIENT
			        && (record.patient() == null || !record.patient().equals(criteria.contextPatient()))) {
				patientRefused = true;
				continue;
			}
			admitting.add(terms);
		}
		if (admitting.isEmpty()) {
			return new Verdict(null, patientRefused ? AccessReason.PATIENT_OUT_OF_CONTEXT
			        : AccessReason.RECORD_OUTSIDE_SCOPE);
		}
		if (!criteria.sensitive().covers(record)) {
			return new Verdict(admitting.get(0), null);
		}
		return admitting.stream().filter(ScopeTerms::sensitive).findFirst().map(s -> new Verdict(s, null))
		        .orElse(new Verdict(null, AccessReason.SENSITIVE_WITHHELD));
	}

	private static boolean parametersAdmit(Scope scope, ClinicalRecord record) {
		for (String name : scope.parameters().keySet()) {
			if (!scope.matchesParameter(name, record.tokens(name))) {
				return false;
			}
		}
		return true;
	}

	/** Whether the record has, for each parameter the search named, one of the values asked for. */
	private static boolean asked(ClinicalRecord record, RecordCriteria criteria) {
		for (Map.Entry<String, List<String>> parameter : criteria.asked().entrySet()) {
			if (parameter.getValue().isEmpty()) {
				continue;
			}
			boolean any = record.tokens(parameter.getKey()).stream()
			        .anyMatch(token -> parameter.getValue().stream().anyMatch(value -> Scope.admits(value, token)));
			if (!any) {
				return false;
			}
		}
		return true;
	}
}
