package org.openmrs.module.addonmarket.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.openmrs.module.addonmarket.test.InMemoryClinicalData.ALICE;

import java.util.List;

import org.junit.Before;
import org.junit.Test;
import org.openmrs.module.addonmarket.Privileges;
import org.openmrs.module.addonmarket.access.decision.AccessReason;
import org.openmrs.module.addonmarket.audit.AuditOutcome;
import org.openmrs.module.addonmarket.error.AddonMarketException;
import org.openmrs.module.addonmarket.error.ErrorCode;
import org.openmrs.module.addonmarket.error.InvalidInputException;
import org.openmrs.module.addonmarket.install.Audience;
import org.openmrs.module.addonmarket.install.AudienceKind;
import org.openmrs.module.addonmarket.notice.Notice;
import org.openmrs.module.addonmarket.notice.NoticeService;
import org.openmrs.module.addonmarket.notice.NoticeSeverity;
import org.openmrs.module.addonmarket.test.PersistenceTest;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Notices on H2, PostgreSQL and MariaDB: an add-on raises one through the gateway under user/Notice.c, the people
 * it is for see it, a malformed one is refused with every problem named.
 */
public class NoticeGatewayTest extends PersistenceTest {

	private static final ObjectMapper JSON = new ObjectMapper();

	private GatewayFixture fixture;

	private AccessGateway gateway;

	@Before
	public void approvedAddon() {
		fixture = new GatewayFixture(context());
		gateway = bean(AccessGateway.class);
	}

	@Test
	public void createNotice_shouldStoreItForTheUserBehindTheRunWhoThenSeesIt() throws Exception {
		ObjectNode stored = gateway.create(fixture.clinicianFor(ALICE), "Notice",
		    json("{\"severity\": \"warning\", \"text\": \"BP above threshold\"}"));

		assertThat(stored.get("resourceType").asText()).isEqualTo("Notice");
		assertThat(stored.get("patient").asText()).as("the run's patient").isEqualTo(ALICE);
		assertThat(fixture.lastEvent().entry().resourceIds()).containsExactly(stored.get("id").asText());
		assertThat(fixture.lastEvent().entry().scope()).isEqualTo(GatewayFixture.NOTICE);
		identity().signIn(GatewayFixture.CLINICIAN, Privileges.USE_ADDONS);
		List<Notice> mine = bean(NoticeService.class).getMyNotices(50);
		assertThat(mine).filteredOn(n -> n.getUuid().equals(stored.get("id").asText())).singleElement()
		        .satisfies(n -> {
			        assertThat(n.getSeverity()).isEqualTo(NoticeSeverity.WARNING);
			        assertThat(n.getText()).isEqualTo("BP above threshold");
			        assertThat(n.getAudience()).isEqualTo(Audience.user("uuid-clinician"));
			        assertThat(n.getAddonId()).isEqualTo(fixture.catalog.addonId);
			        assertThat(n.getCreatedBy()).isEqualTo("uuid-clinician");
			        assertThat(n.getInvocationId()).isEqualTo(fixture.lastEvent().entry().invocationId());
		        });
	}

	@Test
	public void getMyNotices_shouldShowOrganisationNoticesToEveryoneAndUserNoticesOnlyToTheirUser() throws Exception {
		String tag = fixture.catalog.addonId;
		gateway.create(fixture.clinicianFor(null), "Notice", json("{\"severity\": \"info\", \"text\": \"all " + tag
		        + "\", \"audience\": {\"kind\": \"organisation\"}}"));
		gateway.create(fixture.clinicianFor(null), "Notice", json("{\"severity\": \"critical\", \"text\": \"nurse "
		        + tag + "\", \"audience\": {\"kind\": \"user\", \"uuid\": \"uuid-nurse\"}}"));

		identity().signIn("nurse", Privileges.USE_ADDONS);
		List<String> nurse = texts(bean(NoticeService.class).getMyNotices(500), tag);
		identity().signIn("pharmacist", Privileges.USE_ADDONS);
		List<String> pharmacist = texts(bean(NoticeService.class).getMyNotices(500), tag);

		assertThat(nurse).containsExactly("nurse " + tag, "all " + tag);
		assertThat(pharmacist).containsExactly("all " + tag);
	}

	@Test
	public void createNotice_shouldRefuseAMalformedNoticeAndRecordTheError() throws Exception {
		ObjectNode bad = json("{\"severity\": \"loud\", \"text\": \"\", \"audience\": {\"kind\": \"team\"}}");

		assertThatThrownBy(() -> gateway.create(fixture.clinicianFor(ALICE), "Notice", bad))
		        .isInstanceOfSatisfying(InvalidInputException.class, e -> {
			        assertThat(e.getCode()).isEqualTo(ErrorCode.NOTICE_INVALID);
			        assertThat(e.getErrors()).hasSize(3);
		        });
		assertThat(fixture.lastEvent().entry().outcome()).isEqualTo(AuditOutcome.ERROR);
		assertThat(fixture.lastEvent().entry().reasonCode()).isEqualTo("notice-invalid");
	}

	@Test
	public void createNotice_shouldNeedANoticeScopeForTheRunsContext() throws Exception {
		assertThatThrownBy(() -> gateway.create(fixture.backgroundFor(ALICE), "Notice",
		    json("{\"severity\": \"info\", \"text\": \"nightly digest\"}"))).isInstanceOfSatisfying(
		        AccessDeniedException.class, e -> assertThat(e.getDecision().reason())
		                .isEqualTo(AccessReason.USER_SCOPE_NEEDS_USER));
	}

	@Test
	public void getMyNotices_shouldNeedUseAddonsAndASensibleMax() {
		identity().signIn("visitor", Privileges.BROWSE_ADDONS);
		assertThatThrownBy(() -> bean(NoticeService.class).getMyNotices(10)).isInstanceOfSatisfying(
		    AddonMarketException.class, e -> assertThat(e.getCode()).isEqualTo(ErrorCode.PRIVILEGE_REQUIRED));
		identity().signIn("nurse", Privileges.USE_ADDONS);
		assertThatThrownBy(() -> bean(NoticeService.class).getMyNotices(0)).isInstanceOfSatisfying(
		    AddonMarketException.class, e -> assertThat(e.getField()).isEqualTo("max"));
		assertThat(AudienceKind.values()).contains(AudienceKind.ROLE);
	}

	private static List<String> texts(List<Notice> notices, String tag) {
		return notices.stream().map(Notice::getText).filter(t -> t.endsWith(tag)).toList();
	}

	private static ObjectNode json(String text) throws Exception {
		return (ObjectNode) JSON.readTree(text);
	}
}
