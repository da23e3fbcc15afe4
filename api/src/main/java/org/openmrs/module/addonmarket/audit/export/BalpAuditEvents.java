package org.openmrs.module.addonmarket.audit.export;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Locale;
import java.util.Map;

import org.openmrs.module.addonmarket.audit.AuditEntry;
import org.openmrs.module.addonmarket.audit.AuditEvent;
import org.openmrs.module.addonmarket.audit.AuditKind;
import org.openmrs.module.addonmarket.audit.AuditOperation;
import org.openmrs.module.addonmarket.audit.AuditOutcome;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Turns an audit event into a FHIR R4 AuditEvent resource shaped by IHE Basic Audit Log Patterns (BALP): reads,
 * searches, creates and updates follow the PatientRead, PatientQuery, PatientCreate and PatientUpdate profiles (or
 * Read, Query, Create, Update when no patient is involved); egress is a DICOM Export; governance events are DICOM
 * Security Alerts. The mapping is written down in docs/decisions/0003-audit-log.md.
 */
public final class BalpAuditEvents {

	public static final String DCM = "http://dicom.nema.org/resources/ontology/DCM";

	public static final String AUDIT_EVENT_TYPE = "http://terminology.hl7.org/CodeSystem/audit-event-type";

	public static final String RESTFUL_INTERACTION = "http://hl7.org/fhir/restful-interaction";

	public static final String ENTITY_TYPE = "http://terminology.hl7.org/CodeSystem/audit-entity-type";

	public static final String OBJECT_ROLE = "http://terminology.hl7.org/CodeSystem/object-role";

	public static final String SECURITY_SOURCE_TYPE = "http://terminology.hl7.org/CodeSystem/security-source-type";

	public static final String SECURITY_ROLE_TYPE = "http://terminology.hl7.org/CodeSystem/extra-security-role-type";

	public static final String BALP_ENTITY_TYPE = "https://profiles.ihe.net/ITI/BALP/CodeSystem/BasicAuditEntityType";

	public static final String BALP_PROFILE = "https://profiles.ihe.net/ITI/BALP/StructureDefinition/IHE.BasicAudit.";

	/** The module's own code system for the operations of {@link AuditOperation}. */
	public static final String OPERATION_SYSTEM = "http://openmrs.org/addonmarket/audit-operation";

	/** Identifier system of add-ons: the value is {@code addonId@version}. */
	public static final String ADDON_SYSTEM = "urn:openmrs:addonmarket:addon";

	/** Identifier system of users: the value is the user's uuid. */
	public static final String USER_SYSTEM = "urn:openmrs:user";

	/** Identifier system of the module itself, the observer of every event. */
	public static final String MODULE_SYSTEM = "urn:openmrs:module";

	/** Identifier system of installations. */
	public static final String INSTALLATION_SYSTEM = "urn:openmrs:addonmarket:installation";

	/** Identifier system of audit-log records: the value is the sequence number. */
	public static final String RECORD_SYSTEM = "urn:openmrs:addonmarket:audit";

	private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

	/** REST interaction, BALP profile suffix and FHIR action of each access operation. */
	private static final Map<String, String[]> INTERACTIONS = Map.of(AuditOperation.READ,
	    new String[] { "read", "Read", "R" }, AuditOperation.SEARCH, new String[] { "search-type", "Query", "E" },
	    AuditOperation.CREATE, new String[] { "create", "Create", "C" }, AuditOperation.UPDATE,
	    new String[] { "update", "Update", "U" });

	private BalpAuditEvents() {
	}

	/** @return the FHIR R4 AuditEvent for that event */
	public static ObjectNode toFhir(AuditEvent event) {
		AuditEntry e = event.entry();
		ObjectNode resource = JSON.objectNode().put("resourceType", "AuditEvent").put("id",
		    "addonmarket-audit-" + event.sequence());
		String[] interaction = e.kind() == AuditKind.ACCESS ? INTERACTIONS.get(e.operation()) : null;
		if (interaction != null) {
			String profile = BALP_PROFILE + (e.patientUuid() != null ? "Patient" : "") + interaction[1];
			resource.putObject("meta").putArray("profile").add(profile);
			resource.set("type", coding(AUDIT_EVENT_TYPE, "rest", "Restful Operation"));
			resource.putArray("subtype").add(coding(RESTFUL_INTERACTION, interaction[0], null))
			        .add(coding(DCM, "110110", "Patient Record"));
			resource.put("action", interaction[2]);
		} else if (e.kind() == AuditKind.ACCESS) {
			resource.set("type", coding(DCM, "110106", "Export"));
			resource.putArray("subtype").add(coding(OPERATION_SYSTEM, e.operation(), null));
			resource.put("action", "R");
		} else {
			resource.set("type", coding(DCM, "110113", "Security Alert"));
			resource.putArray("subtype").add(governanceSubtype(e.operation()))
			        .add(coding(OPERATION_SYSTEM, e.operation(), null));
			resource.put("action", "E");
		}
		resource.put("recorded", event.recordedAt().toString());
		resource.put("outcome", outcomeCode(e.outcome()));
		if (e.reasonCode() != null || e.reasonText() != null || e.outcome() != AuditOutcome.PERMIT) {
			resource.put("outcomeDesc", outcomeDescription(e));
		}
		resource.set("agent", agents(e));
		resource.set("source", source());
		resource.set("entity", entities(event, interaction));
		return resource;
	}

	/** @return 0 (success) for a permit, 4 (minor failure) for a denial, 8 (serious failure) for an error */
	public static String outcomeCode(AuditOutcome outcome) {
		return switch (outcome) {
			case PERMIT -> "0";
			case DENY -> "4";
			default -> "8";
		};
	}

	private static ObjectNode governanceSubtype(String operation) {
		return switch (operation) {
			case AuditOperation.GRANT, AuditOperation.DENY, AuditOperation.SUSPEND, AuditOperation.RESUME -> coding(DCM,
			    "110135", "Object Security Attributes Changed");
			case AuditOperation.KEY_ADDED, AuditOperation.KEY_REVOKED -> coding(DCM, "110129", "Security Configuration");
			default -> coding(DCM, "110131", "Software Configuration");
		};
	}

	private static String outcomeDescription(AuditEntry e) {
		String code = e.reasonCode() == null ? e.outcome().name().toLowerCase(Locale.ROOT) : e.reasonCode();
		return e.reasonText() == null ? code : code + ": " + e.reasonText();
	}

	private static ArrayNode agents(AuditEntry e) {
		ArrayNode agents = JSON.arrayNode();
		boolean userBehind = e.actor() != null && !AuditEntry.SYSTEM.equals(e.actor());
		if (e.addonId() != null) {
			ObjectNode addon = agents.addObject();
			addon.set("type", concept(DCM, "110153", "Source Role ID"));
			addon.putArray("role").add(concept(DCM, "110150", "Application"));
			addon.set("who", identifier(ADDON_SYSTEM,
			    e.addonVersion() == null ? e.addonId() : e.addonId() + "@" + e.addonVersion()).put("display", e.addonId()));
			addon.put("requestor", !userBehind);
			if (e.grantUuid() != null) {
				addon.putArray("policy").add("urn:uuid:" + e.grantUuid());
			}
		}
		if (userBehind) {
			ObjectNode user = agents.addObject();
			user.set("type", concept(SECURITY_ROLE_TYPE, "humanuser", "human user"));
			user.set("who", identifier(USER_SYSTEM, e.actor()));
			user.put("requestor", true);
		}
		ObjectNode server = agents.addObject();
		server.set("type", concept(DCM, "110152", "Destination Role ID"));
		server.set("who", moduleReference());
		server.put("requestor", agents.size() == 1);
		if (e.egressDestination() != null) {
			ObjectNode destination = agents.addObject();
			destination.set("type", concept(DCM, "110152", "Destination Role ID"));
			destination.set("who", identifier("urn:ietf:rfc:3986", e.egressDestination()));
			destination.put("requestor", false);
			destination.putObject("network").put("address", e.egressDestination()).put("type", "5");
		}
		return agents;
	}

	private static ObjectNode source() {
		ObjectNode source = JSON.objectNode().put("site", "addonmarket");
		source.set("observer", moduleReference());
		source.putArray("type").add(coding(SECURITY_SOURCE_TYPE, "4", "Application Server"));
		return source;
	}

	private static ArrayNode entities(AuditEvent event, String[] interaction) {
		AuditEntry e = event.entry();
		ArrayNode entities = JSON.arrayNode();
		if (e.patientUuid() != null) {
			ObjectNode patient = entities.addObject();
			patient.putObject("what").put("reference", "Patient/" + e.patientUuid());
			patient.set("type", coding(ENTITY_TYPE, "1", "Person"));
			patient.set("role", coding(OBJECT_ROLE, "1", "Patient"));
		}
		if (interaction != null && AuditOperation.SEARCH.equals(e.operation())) {
			ObjectNode query = entities.addObject();
			query.set("type", coding(ENTITY_TYPE, "2", "System Object"));
			query.set("role", coding(OBJECT_ROLE, "24", "Query"));
			String text = e.query() == null ? "" : e.query();
			query.put("description", e.resourceType() + (text.isEmpty() ? "" : "?" + text));
			query.put("query", Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8)));
		}
		for (String id : e.resourceIds()) {
			ObjectNode data = entities.addObject();
			data.putObject("what").put("reference", id.contains("/") ? id : e.resourceType() + "/" + id);
			data.set("type", coding(ENTITY_TYPE, "2", "System Object"));
			data.set("role", coding(OBJECT_ROLE, "4", "Domain Resource"));
		}
		if (e.invocationId() != null) {
			ObjectNode run = entities.addObject();
			run.set("what", identifier(RECORD_SYSTEM + ":invocation", e.invocationId()));
			run.set("type", coding(BALP_ENTITY_TYPE, "XcorrelationId", "X-Correlation-Id"));
		}
		if (e.kind() == AuditKind.GOVERNANCE && e.installationUuid() != null) {
			ObjectNode installation = entities.addObject();
			installation.set("what", identifier(INSTALLATION_SYSTEM, e.installationUuid()));
			installation.set("type", coding(ENTITY_TYPE, "2", "System Object"));
			installation.set("role", coding(OBJECT_ROLE, "13", "Security Resource"));
		}
		entities.add(record(event));
		return entities;
	}

	/** The audit record itself, with every field of the event that FHIR has no element for. */
	private static ObjectNode record(AuditEvent event) {
		AuditEntry e = event.entry();
		ObjectNode record = JSON.objectNode();
		record.set("what", identifier(RECORD_SYSTEM, Long.toString(event.sequence())));
		record.set("type", coding(ENTITY_TYPE, "2", "System Object"));
		ArrayNode details = record.putArray("detail");
		detail(details, "kind", e.kind().name());
		detail(details, "operation", e.operation());
		detail(details, "installation", e.installationUuid());
		detail(details, "resourceType", e.resourceType());
		detail(details, "scope", e.scope());
		detail(details, "grant", e.grantUuid());
		detail(details, "purpose", e.purpose());
		detail(details, "elementsReleased", e.elementsReleased().isEmpty() ? null : String.join(",", e.elementsReleased()));
		detail(details, "recordCount", Integer.toString(e.recordCount()));
		detail(details, "withheldCount", Integer.toString(e.withheldCount()));
		detail(details, "bytesSent", e.bytesSent() == 0 ? null : Long.toString(e.bytesSent()));
		detail(details, "detail", e.detail());
		detail(details, "prevHash", event.prevHash());
		detail(details, "hash", event.hash());
		return record;
	}

	private static void detail(ArrayNode details, String type, String value) {
		if (value != null && !value.isEmpty()) {
			details.addObject().put("type", type).put("valueString", value);
		}
	}

	private static ObjectNode moduleReference() {
		return identifier(MODULE_SYSTEM, "addonmarket").put("display", "OpenMRS Add-on Marketplace");
	}

	private static ObjectNode identifier(String system, String value) {
		ObjectNode reference = JSON.objectNode();
		reference.putObject("identifier").put("system", system).put("value", value);
		return reference;
	}

	private static ObjectNode coding(String system, String code, String display) {
		ObjectNode coding = JSON.objectNode().put("system", system).put("code", code);
		return display == null ? coding : coding.put("display", display);
	}

	private static ObjectNode concept(String system, String code, String display) {
		ObjectNode concept = JSON.objectNode();
		concept.putArray("coding").add(coding(system, code, display));
		return concept;
	}
}
