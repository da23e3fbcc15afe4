package org.openmrs.module.addonmarket.audit.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.stream.Collectors;

import org.hl7.fhir.r4.model.AuditEvent;
import org.hl7.fhir.r4.model.AuditEvent.AuditEventAgentComponent;
import org.hl7.fhir.r4.model.AuditEvent.AuditEventEntityComponent;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Coding;
import org.junit.Test;
import org.openmrs.module.addonmarket.Privileges;
import org.openmrs.module.addonmarket.audit.AuditEntry;
import org.openmrs.module.addonmarket.audit.AuditFixtures;
import org.openmrs.module.addonmarket.audit.AuditKind;
import org.openmrs.module.addonmarket.audit.AuditLog;
import org.openmrs.module.addonmarket.audit.AuditOperation;
import org.openmrs.module.addonmarket.audit.AuditOutcome;
import org.openmrs.module.addonmarket.audit.AuditQuery;
import org.openmrs.module.addonmarket.audit.AuditService;
import org.openmrs.module.addonmarket.test.PersistenceTest;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.parser.IParser;
import ca.uhn.fhir.parser.StrictErrorHandler;

/**
 * The FHIR export as a FHIR consumer reads it: parsed by HAPI FHIR in strict mode, checked against the elements
 * IHE BALP requires.
 */
public class FhirBundleExportTest extends PersistenceTest {

	private static final FhirContext FHIR = FhirContext.forR4();

	private List<AuditEvent> export(String addon) {
		identity().signIn("auditor", Privileges.VIEW_ADDON_ACCESS_LOG);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		bean(AuditService.class).exportFhir(AuditQuery.builder().addonId(addon).build(), out);
		IParser parser = FHIR.newJsonParser().setParserErrorHandler(new StrictErrorHandler());
		Bundle bundle = parser.parseResource(Bundle.class, out.toString(StandardCharsets.UTF_8));
		assertThat(bundle.getType()).isEqualTo(Bundle.BundleType.COLLECTION);
		return bundle.getEntry().stream().map(e -> (AuditEvent) e.getResource()).collect(Collectors.toList());
	}

	@Test
	public void exportFhir_shouldShapeAPatientReadAsBalpPatientRead() {
		String addon = AuditFixtures.uniqueAddon();
		bean(AuditLog.class).append(AuditFixtures.read(addon, "patient-7"));

		AuditEvent read = export(addon).get(0);

		assertThat(read.getMeta().getProfile().get(0).getValue())
		        .isEqualTo("https://profiles.ihe.net/ITI/BALP/StructureDefinition/IHE.BasicAudit.PatientRead");
		assertThat(read.getType().getSystem()).isEqualTo(BalpAuditEvents.AUDIT_EVENT_TYPE);
		assertThat(read.getType().getCode()).isEqualTo("rest");
		assertThat(read.getSubtype()).extracting(Coding::getSystem, Coding::getCode).contains(
		    org.assertj.core.groups.Tuple.tuple(BalpAuditEvents.RESTFUL_INTERACTION, "read"),
		    org.assertj.core.groups.Tuple.tuple(BalpAuditEvents.DCM, "110110"));
		assertThat(read.getAction()).isEqualTo(AuditEvent.AuditEventAction.R);
		assertThat(read.getOutcome()).isEqualTo(AuditEvent.AuditEventOutcome._0);
		assertThat(read.getRecorded()).isNotNull();
		AuditEventAgentComponent client = read.getAgent().get(0);
		assertThat(client.getType().getCodingFirstRep().getCode()).isEqualTo("110153");
		assertThat(client.getRoleFirstRep().getCodingFirstRep().getCode()).isEqualTo("110150");
		assertThat(client.getWho().getIdentifier().getValue()).isEqualTo(addon + "@1.2.0");
		assertThat(client.getRequestor()).isFalse();
		assertThat(client.getPolicy()).extracting(p -> p.getValue()).containsExactly("urn:uuid:grant-" + addon.hashCode());
		AuditEventAgentComponent user = read.getAgent().get(1);
		assertThat(user.getRequestor()).isTrue();
		assertThat(user.getWho().getIdentifier().getValue()).isEqualTo("uuid-clinician");
		assertThat(read.getSource().getObserver().getIdentifier().getValue()).isEqualTo("addonmarket");
		AuditEventEntityComponent patient = entity(read, "1");
		assertThat(patient.getWhat().getReference()).isEqualTo("Patient/patient-7");
		assertThat(patient.getType().getCode()).isEqualTo("1");
		assertThat(entity(read, "4").getWhat().getReference()).isEqualTo("Observation/obs-1");
	}

	@Test
	public void exportFhir_shouldShapeASearchAsBalpPatientQueryWithTheQueryInBase64() {
		String addon = AuditFixtures.uniqueAddon();
		String query = "code=http://loinc.org|8480-6&_count=20";
		bean(AuditLog.class).append(AuditFixtures.access(addon, "patient-8", AuditOperation.SEARCH, AuditOutcome.PERMIT)
		        .query(query).build());

		AuditEvent search = export(addon).get(0);

		assertThat(search.getMeta().getProfile().get(0).getValue()).endsWith("IHE.BasicAudit.PatientQuery");
		assertThat(search.getSubtypeFirstRep().getCode()).isEqualTo("search-type");
		assertThat(search.getAction()).isEqualTo(AuditEvent.AuditEventAction.E);
		AuditEventEntityComponent queryEntity = entity(search, "24");
		assertThat(new String(Base64.getDecoder().decode(queryEntity.getQueryElement().getValueAsString()),
		    StandardCharsets.UTF_8)).isEqualTo(query);
		assertThat(entity(search, "1").getWhat().getReference()).isEqualTo("Patient/patient-8");
	}

	@Test
	public void exportFhir_shouldIncludeDenialsAsMinorFailuresWithTheReason() {
		String addon = AuditFixtures.uniqueAddon();
		bean(AuditLog.class).append(AuditFixtures.access(addon, "patient-9", AuditOperation.READ, AuditOutcome.DENY)
		        .actor(AuditEntry.SYSTEM).build());

		AuditEvent denial = export(addon).get(0);

		assertThat(denial.getOutcome()).isEqualTo(AuditEvent.AuditEventOutcome._4);
		assertThat(denial.getOutcomeDesc()).startsWith("no-covering-scope: No granted scope covers Observation");
		assertThat(denial.getAgent()).filteredOn(AuditEventAgentComponent::getRequestor).extracting(
		    a -> a.getWho().getIdentifier().getValue()).containsExactly(addon + "@1.2.0");
	}

	@Test
	public void exportFhir_shouldShapeGovernanceAndEgressEventsAsDicomEvents() {
		String addon = AuditFixtures.uniqueAddon();
		bean(AuditLog.class).append(AuditFixtures.grant(addon));
		bean(AuditLog.class).append(AuditEntry.builder(AuditKind.ACCESS).addon(addon, "1.2.0").actor("uuid-clinician")
		        .operation(AuditOperation.EGRESS).egress("https://api.example.org/v1/readings", 512)
		        .outcome(AuditOutcome.ERROR, "host-failed", "timeout").build());

		List<AuditEvent> events = export(addon);

		AuditEvent grant = events.get(0);
		assertThat(grant.getType().getCode()).isEqualTo("110113");
		assertThat(grant.getSubtype()).extracting(Coding::getCode).containsExactly("110135", AuditOperation.GRANT);
		assertThat(grant.getAgent()).extracting(a -> a.getWho().getIdentifier().getValue()).contains("uuid-admin");
		assertThat(grant.getEntity()).flatExtracting(AuditEventEntityComponent::getDetail)
		        .extracting(d -> d.getType()).contains("detail", "hash", "prevHash");
		AuditEvent egress = events.get(1);
		assertThat(egress.getType().getCode()).isEqualTo("110106");
		assertThat(egress.getOutcome()).isEqualTo(AuditEvent.AuditEventOutcome._8);
		assertThat(egress.getAgent()).extracting(a -> a.getNetwork().getAddress())
		        .contains("https://api.example.org/v1/readings");
	}

	private static AuditEventEntityComponent entity(AuditEvent event, String roleCode) {
		return event.getEntity().stream().filter(e -> roleCode.equals(e.getRole().getCode())).findFirst().orElseThrow();
	}
}
