package org.openmrs.module.addonmarket.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openmrs.module.addonmarket.test.InMemoryClinicalData.ALICE;
import static org.openmrs.module.addonmarket.test.InMemoryClinicalData.DIASTOLIC;
import static org.openmrs.module.addonmarket.test.InMemoryClinicalData.SYSTOLIC;

import java.util.List;

import org.junit.After;
import org.junit.Before;
import org.junit.Test;
import org.openmrs.module.addonmarket.Privileges;
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
 * examples/bp-crisis-alert, published, installed for a clinician, approved and run through the runtime and the access
 * gateway on the in-memory clinical record: a crisis reading (systolic ≥ 180 or diastolic ≥ 120, or the configured
 * thresholds) raises a notice about the patient for the installation's audience, a normal one raises none, and every
 * data access of a run is in the audit log.
 */
public class BpCrisisAlertExampleTest extends PersistenceTest {

	private static final String TREND = "p-bp-trend";

	private ExampleAddon example;

	private Installation installation;

	@Before
	public void publishedInstalledAndApproved() {
		example = new ExampleAddon(context(), "bp-crisis-alert");
		example.publish();
		installation = example.installForClinician();
		example.approveAll(installation);
	}

	@Test
	public void onSystolic_shouldRaiseACriticalNoticeAboutThePatientForACrisisReading() {
		InvocationResult run = trigger("onSystolic", reading(SYSTOLIC, 185));

		assertThat(run.succeeded()).as(String.valueOf(run.error())).isTrue();
		assertThat(run.result().toString()).isEqualTo("{\"alerted\":true,\"value\":185}");
		Notice notice = theOnlyNotice();
		assertThat(notice.getPatientUuid()).isEqualTo(ALICE);
		assertThat(notice.getSeverity().name()).isEqualTo("CRITICAL");
		assertThat(notice.getInvocationId()).isEqualTo(run.invocationId());
		assertThat(notice.getText()).isEqualTo("Alice Kamau: Systolic blood pressure 185 mmHg is in the hypertensive "
		        + "crisis range (threshold 180 mmHg). Recheck and assess for end-organ damage.");
		List<AuditEvent> events = example.accessEvents(installation, run.invocationId());
		assertThat(events).extracting(e -> e.entry().operation() + " " + e.entry().resourceType() + " "
		        + e.outcome()).containsExactly("read Patient PERMIT", "create Notice PERMIT");
		assertThat(events).allSatisfy(e -> {
			assertThat(e.entry().actor()).isEqualTo(AuditEntry.SYSTEM);
			assertThat(e.entry().patientUuid()).isEqualTo(ALICE);
			assertThat(e.entry().purpose()).isEqualTo("trigger:onSystolic");
		});
		assertThat(events.get(0).entry().elementsReleased()).containsExactly("name");
		assertThat(events.get(1).entry().resourceIds()).containsExactly(notice.getUuid());
	}

	@Test
	public void onDiastolic_shouldFollowTheConfiguredThreshold() {
		InvocationResult crisis = trigger("onDiastolic", reading(DIASTOLIC, 125));
		example.configure(installation, "{\"diastolicThreshold\": 130}");
		InvocationResult belowConfigured = trigger("onDiastolic", reading(DIASTOLIC, 125));

		assertThat(crisis.result().path("alerted").asBoolean()).isTrue();
		assertThat(belowConfigured.result().toString()).isEqualTo("{\"alerted\":false,\"value\":125}");
		assertThat(theOnlyNotice().getText()).startsWith("Alice Kamau: Diastolic blood pressure 125 mmHg")
		        .contains("(threshold 120 mmHg)");
	}

	@Test
	public void onSystolic_shouldRaiseNothingAndReadNothingForANormalReading() {
		InvocationResult run = trigger("onSystolic", reading(SYSTOLIC, 128));

		assertThat(run.result().toString()).isEqualTo("{\"alerted\":false,\"value\":128}");
		assertThat(myNotices()).isEmpty();
		assertThat(example.accessEvents(installation, run.invocationId())).isEmpty();
	}

	@Test
	public void onSystolic_shouldStillAlertWithoutTheOptionalNameAndAuditTheDenial() {
		example.approve(installation, List.of(
		    "patient/Observation.rs?code=http://loinc.org|8480-6,http://loinc.org|8462-4", "patient/Notice.c"),
		    List.of());

		InvocationResult run = trigger("onSystolic", reading(SYSTOLIC, 200));

		assertThat(theOnlyNotice().getText()).startsWith("Systolic blood pressure 200 mmHg");
		assertThat(example.accessEvents(installation, run.invocationId())).extracting(
		    e -> e.entry().operation() + " " + e.outcome()).containsExactly("read DENY", "create PERMIT");
		assertThat(run.log()).extracting(l -> l.text()).anyMatch(t -> t.startsWith("Alert without the patient's name"));
	}

	@Test
	public void trend_shouldPairTheRecentReadingsForTheClinician() {
		InMemoryClinicalData record = bean(InMemoryClinicalData.class);
		record.add(List.of(InMemoryClinicalData.patient(TREND, "Tomas", "Were", "1958-03-03", "male"),
		    InMemoryClinicalData.observation("obs-trend-sys-1", TREND, SYSTOLIC, "182 mm[Hg]", "2026-11-01T08:00:00Z"),
		    InMemoryClinicalData.observation("obs-trend-dia-1", TREND, DIASTOLIC, "110 mm[Hg]", "2026-11-01T08:00:00Z"),
		    InMemoryClinicalData.observation("obs-trend-sys-2", TREND, SYSTOLIC, "150 mm[Hg]", "2026-10-01T08:00:00Z")));
		example.signInClinician(Privileges.CLINICAL_PRIVILEGES);

		InvocationResult run = bean(AddonRuntime.class).invokeAction(installation.getUuid(), "trend", TREND);

		assertThat(run.result().toString()).isEqualTo("{\"title\":\"Blood pressure trend\","
		        + "\"text\":\"2 recent readings, some in the crisis range\",\"items\":["
		        + "{\"when\":\"2026-11-01T08:00:00Z\",\"value\":\"182/110 mmHg\"},"
		        + "{\"when\":\"2026-10-01T08:00:00Z\",\"value\":\"150/? mmHg\"}],\"severity\":\"critical\"}");
		assertThat(example.accessEvents(installation, run.invocationId())).extracting(e -> e.entry().operation()
		        + " " + e.entry().resourceIds() + " " + e.entry().actor()).containsExactly(
		            "search [obs-trend-sys-1, obs-trend-sys-2] uuid-clinician", "search [obs-trend-dia-1] uuid-clinician");
	}

	@After
	public void removeAddedPatients() {
		bean(InMemoryClinicalData.class).removeAdded();
	}

	private InvocationResult trigger(String handler, ObjectNode reading) {
		return bean(AddonRuntime.class).invoke(InvocationRequest.trigger(installation.getUuid(), handler, ALICE,
		    reading));
	}

	private static ObjectNode reading(String code, int value) {
		return InMemoryClinicalData.observation("obs-new-reading", ALICE, code, value + " mm[Hg]",
		    "2026-11-20T09:00:00Z");
	}

	private Notice theOnlyNotice() {
		List<Notice> notices = myNotices();
		assertThat(notices).hasSize(1);
		return notices.get(0);
	}

	/** @return the notices of this installation the clinician sees */
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
