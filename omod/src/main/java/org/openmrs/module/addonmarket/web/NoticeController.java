package org.openmrs.module.addonmarket.web;

import java.util.List;

import org.openmrs.module.addonmarket.notice.NoticeJson;
import org.openmrs.module.addonmarket.notice.NoticeService;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * {@code GET /notices?max=}: the signed-in user's notices, newest first: those add-ons raised for them or for the
 * organisation, and the module's own (an installation of theirs lost its grant, …). Needs Use Add-ons.
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

	@GetMapping("/notices")
	public ResponseEntity<String> mine(@RequestParam(name = "max", defaultValue = "50") int max) {
		List<ObjectNode> mine = notices.getMyNotices(max).stream().map(NoticeJson::of).toList();
		return json.ok(ListBody.of(mine));
	}
}
