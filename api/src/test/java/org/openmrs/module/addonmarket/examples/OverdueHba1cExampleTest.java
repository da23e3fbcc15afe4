package org.openmrs.module.addonmarket.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openmrs.module.addonmarket.test.InMemoryClinicalData.HBA1C;
import static org.openmrs.module.addonmarket.test.InMemoryClinicalData.SNOMED;
import static org.openmrs.module.addonmarket.test.InMemoryClinicalData.condition;
import static org.openmrs.module.addonmarket.test.InMemoryClinicalData.observation;
import static org.openmrs.module.addonmarket.test.InMemoryClinicalData.patient;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import org.junit.After;
import org.junit.Before;
import org.junit.Test;
import org.openmrs.module.addonmarket.audit.AuditEntry;
import org.openmrs.module.addonmarket.audit.AuditEvent;
import org.openmrs.module.addonmarket.install.Installation;
import org.openmrs.module.addonmarket.notice.Notice;
import org.openmrs.module.addonmarket.notice.NoticeService;
import org.openmrs.module.addonmarket.runtime.AddonRuntime;
import org.openmrs.module.addonmarket.runtime.InvocationRequest;
import org.openmrs.module.addonmarket.runtime.InvocationResult;
import org.openmrs.module.addonmarket.test.InMemoryClinicalData;
import org.openmrs.module.addonmarket.test.PersistenceTest;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * examples/overdue-hba1c, installed for the organisation with its system/ scopes approved, its schedule's handler
 * run through the runtime: the patients with type 2 diabetes and no HbA1c within the configured months are listed in
 * one worklist notice for the organisation, never tested first; patients tested recently and patients without
 * diabetes are not; every search and read is audited as the system's; and when the search across patients reaches
 * its limit, the add-on asks per patient rather than miss anyone.
 */
public class OverdueHba1cExampleTest extends PersistenceTest {

	private static final String DIABETES = SNOMED + "|44054006";

	private static final String NEVER = "p-dm-never";

	private static final String OLD = "p-dm-old";

	private static final String RECENT = "p-dm-recent";

	private final String oldResult = ago(240);

	private ExampleAddon example;

	private Installation installation;

	@Before
	public void diabeticsAndAnApprovedOrganisationInstallation() {
		List<ObjectNode> chart = new ArrayList<>();
		chart.add(patient(NEVER, "Nadia", "Ouma", "1970-02-02", "female"));
		chart.add(condition("cond-never-dm", NEVER, DIABETES, "2018-01-01"));
		chart.add(patient(OLD, "Otieno", "Mbeki", "1965-05-05", "male"));
		chart.add(condition("cond-old-dm", OLD, DIABETES, "2016-01-01"));
		chart.add(observation("obs-old-a1c", OLD, HBA1C, "7.9 %", oldResult));
		chart.add(patient(RECENT, "Rita", "Wekesa", "1980-08-08", "female"));
		chart.add(condition("cond-recent-dm", RECENT, DIABETES, "2020-01-01"));
		chart.add(observation("obs-recent-a1c", RECENT, HBA1C, "6.8 %", ago(60)));
		// Bob, a diabetic of the shared record, had one in 2026: a newer one keeps these tests apart from the date.
		chart.add(observation("obs-bob-fresh-a1c", InMemoryClinicalData.BOB, HBA1C, "6.5 %", ago(10)));
		bean(InMemoryClinicalData.class).add(chart);
		example = new ExampleAddon(context(), "overdue-hba1c");
		example.publish();
		installation = example.installForOrganisation();
		example.approveAll(installation);
	}

	@After
	public void removePatients() {
		bean(InMemoryClinicalData.class).removeAdded();
	}

	@Test
	public void worklist_shouldListTheOverdueDiabeticsInOneNoticeForTheOrganisationNeverTestedFirst() {
		InvocationResult run = runSchedule();

		List<String> lines = List.of("- Nadia Ouma (MRN-p-dm-never): no HbA1c recorded",
		    "- Otieno Mbeki (MRN-p-dm-old): last HbA1c " + oldResult.substring(0, 10));
		Notice notice = theOnlyNotice();
		assertThat(notice.getText()).isEqualTo(lines.size() + " patients with type 2 diabetes had no HbA1c in the "
		        + "last 6 months:\n" + String.join("\n", lines));
		assertThat(notice.getPatientUuid()).isNull();
		assertThat(notice.getAudience().kind().name()).isEqualTo("ORGANISATION");
		assertThat(notice.getSeverity().name()).isEqualTo("WARNING");
		assertThat(run.result().toString()).isEqualTo("{\"diabetics\":4,\"overdue\":" + lines.size() + ",\"listed\":"
		        + lines.size() + "}");
		List<AuditEvent> events = example.accessEvents(installation, run.invocationId());
		assertThat(events).extracting(e -> e.entry().operation() + " " + e.entry().resourceType() + " "
		        + e.outcome()).startsWith("search Condition PERMIT", "search Observation PERMIT", "read Patient PERMIT",
		            "read Patient PERMIT").endsWith("create Notice PERMIT").hasSize(3 + lines.size());
		assertThat(events).allSatisfy(e -> {
			assertThat(e.entry().actor()).isEqualTo(AuditEntry.SYSTEM);
			assertThat(e.entry().purpose()).isEqualTo("schedule:worklist");
			assertThat(e.entry().scope()).startsWith("system/");
		});
		assertThat(events.get(0).entry().resourceIds()).containsExactlyInAnyOrder("cond-never-dm", "cond-old-dm",
		    "cond-recent-dm", "cond-bob-dm");
		assertThat(events.get(2).entry().patientUuid()).isEqualTo(NEVER);
		assertThat(events.get(2).entry().elementsReleased()).containsExactly("identifier", "name");
	}

	@Test
	public void worklist_shouldFollowTheConfiguredMonths() {
		example.configure(installation, "{\"months\": 12}");

		InvocationResult run = runSchedule();

		assertThat(theOnlyNotice().getText()).isEqualTo("1 patient with type 2 diabetes had no HbA1c in the last 12 "
		        + "months:\n- Nadia Ouma (MRN-p-dm-never): no HbA1c recorded");
		assertThat(run.log()).extracting(l -> l.text()).containsExactly("4 patients with diabetes, 1 overdue");
	}

	@Test
	public void worklist_shouldAskPerPatientWhenTheSearchAcrossPatientsReachesItsLimit() {
		List<ObjectNode> frequent = new ArrayList<>();
		frequent.add(patient("p-dm-frequent", "Faith", "Chebet", "1975-01-01", "female"));
		frequent.add(condition("cond-frequent-dm", "p-dm-frequent", DIABETES, "2015-01-01"));
		for (int i = 0; i < 1000; i++) {
			frequent.add(observation("obs-frequent-" + i, "p-dm-frequent", HBA1C, "7.0 %", ago(1)));
		}
		bean(InMemoryClinicalData.class).add(frequent);

		InvocationResult run = runSchedule();

		assertThat(theOnlyNotice().getText()).contains("Nadia Ouma", "Otieno Mbeki").doesNotContain("Rita", "Faith");
		List<AuditEvent> perPatient = example.accessEvents(installation, run.invocationId()).stream()
		        .filter(e -> e.entry().query() != null && e.entry().query().contains("patient=")).toList();
		assertThat(perPatient).as("each diabetic the search across patients did not reach")
		        .extracting(e -> e.entry().patientUuid())
		        .containsExactlyInAnyOrder(NEVER, OLD, RECENT, InMemoryClinicalData.BOB);
		assertThat(perPatient).allSatisfy(e -> assertThat(e.entry().resourceType()).isEqualTo("Observation"));
	}

	@Test
	public void worklist_shouldPostNothingWhenNobodyIsOverdue() {
		example.configure(installation, "{\"months\": 24}");
		bean(InMemoryClinicalData.class).add(List.of(observation("obs-never-a1c", NEVER, HBA1C, "7.2 %", ago(3))));

		InvocationResult run = runSchedule();

		assertThat(run.result().toString()).isEqualTo("{\"diabetics\":4,\"overdue\":0,\"listed\":0}");
		assertThat(myNotices()).isEmpty();
	}

	private InvocationResult runSchedule() {
		InvocationResult run = bean(AddonRuntime.class).invoke(InvocationRequest.schedule(installation.getUuid(),
		    "worklist"));
		assertThat(run.succeeded()).as(String.valueOf(run.error())).isTrue();
		return run;
	}

	private static String ago(int days) {
		return Instant.now().minus(days, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS).toString();
	}

	private Notice theOnlyNotice() {
		List<Notice> notices = myNotices();
		assertThat(notices).hasSize(1);
		return notices.get(0);
	}

	private List<Notice> myNotices() {
		example.signInClinician(List.of());
		try {
			return bean(NoticeService.class).getMyNotices(NoticeService.MAX_NOTICES).stream()
			        .filter(n -> n.getInstallationUuid().equals(installation.getUuid())).toList();
		}
		finally {
			identity().signOut();
		}
	}
}
