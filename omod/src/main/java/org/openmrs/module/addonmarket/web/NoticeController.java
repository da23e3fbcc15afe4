package org.openmrs.module.addonmarket.web;

import java.time.Instant;
import java.util.List;

import org.openmrs.module.addonmarket.notice.Notice;
import org.openmrs.module.addonmarket.notice.NoticeService;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The notices add-ons raised for the signed-in user (addressed to them, or to the organisation): {@code GET
 * /notices?max=}, newest first. Needs Use Add-ons.
 */
@Controller
@RequestMapping(ApiPaths.BASE)
public class NoticeController {

	private final NoticeService notices;

	private final ApiJson json;

	public NoticeController(NoticeService notices, ApiJson json) {
		this.notices = notices;
		this.json = json;
	}

	/** One notice, as clients see it. */
	record NoticeBody(String uuid, String severity, String text, String patient, String addonId,
	        String installationUuid, String invocationId, Instant createdAt) {

		static NoticeBody of(Notice notice) {
			return new NoticeBody(notice.getUuid(), notice.getSeverity().json(), notice.getText(),
			        notice.getPatientUuid(), notice.getAddonId(), notice.getInstallationUuid(), notice.getInvocationId(),
			        notice.getCreatedAt());
		}
	}

	@GetMapping("/notices")
	public ResponseEntity<String> list(@RequestParam(name = "max", defaultValue = "50") int max) {
		List<NoticeBody> mine = notices.getMyNotices(max).stream().map(NoticeBody::of).toList();
		return json.ok(ListBody.of(mine));
	}
}
