package org.openmrs.module.addonmarket.notice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.Test;
import org.openmrs.module.addonmarket.error.ErrorCode;
import org.openmrs.module.addonmarket.error.FieldError;
import org.openmrs.module.addonmarket.error.InvalidInputException;
import org.openmrs.module.addonmarket.install.Audience;
import org.openmrs.module.addonmarket.install.AudienceKind;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

public class NoticeDraftTest {

	private static final ObjectMapper JSON = new ObjectMapper();

	@Test
	public void parse_shouldReadEveryField() throws Exception {
		NoticeDraft draft = NoticeDraft.parse(json("{\"severity\": \"critical\", \"text\": \" BP 182/110 \","
		        + " \"patient\": \"Patient/p-alice\", \"audience\": {\"kind\": \"role\", \"name\": \"Nurse\"}}"));

		assertThat(draft).isEqualTo(new NoticeDraft(NoticeSeverity.CRITICAL, "BP 182/110", "p-alice",
		        new Audience(AudienceKind.ROLE, "Nurse")));
	}

	@Test
	public void parse_shouldLeavePatientAndAudienceOutWhenNotGiven() throws Exception {
		NoticeDraft draft = NoticeDraft.parse(json("{\"severity\": \"info\", \"text\": \"Reviewed\"}"));

		assertThat(draft.patient()).isNull();
		assertThat(draft.audience()).isNull();
	}

	@Test
	public void parse_shouldListEveryProblemAtItsPointer() throws Exception {
		ObjectNode notice = json("{\"severity\": \"urgent\", \"text\": \"" + "x".repeat(2001) + "\", \"colour\": 1,"
		        + " \"audience\": {\"kind\": \"user\"}}");

		assertThatThrownBy(() -> NoticeDraft.parse(notice)).isInstanceOfSatisfying(InvalidInputException.class, e -> {
			assertThat(e.getCode()).isEqualTo(ErrorCode.NOTICE_INVALID);
			assertThat(e.getErrors()).extracting(FieldError::pointer).containsExactlyInAnyOrder("/colour", "/severity",
			    "/text", "/audience/uuid");
			assertThat(e.getMessage()).contains("at most 2000 characters").contains("\"urgent\"");
		});
	}

	@Test
	public void parse_shouldRefuseAMissingTextAndSeverity() throws Exception {
		assertThatThrownBy(() -> NoticeDraft.parse(json("{\"text\": \"  \"}")))
		        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.getErrors())
		                .extracting(FieldError::pointer).containsExactlyInAnyOrder("/severity", "/text"));
	}

	private static ObjectNode json(String text) throws Exception {
		return (ObjectNode) JSON.readTree(text);
	}
}
