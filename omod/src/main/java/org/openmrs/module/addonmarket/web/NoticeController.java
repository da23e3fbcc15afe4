package org.openmrs.module.addonmarket.web;

import java.util.List;
import java.util.Map;

import org.openmrs.module.addonmarket.notice.NoticeJson;
import org.openmrs.module.addonmarket.notice.NoticeService;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The signed-in user's notices from add-ons: {@code GET /notices?patient=&max=} answers
 * {@code {"results": [notice, …], "page", "size", "total"}}, newest first, each notice as add-ons wrote it plus
 * {@code id}, {@code addonId}, {@code createdAt} and {@code createdBy} ({@link NoticeJson}). Needs Use Add-ons.
 */
@Controller
@RequestMapping(ApiPaths.BASE)
public class NoticeController {

	/** How many notices a request without {@code max} gets. */
	static final int DEFAULT_MAX = 50;

	private final NoticeService notices;

	private final ApiJson json;

	public NoticeController(NoticeService notices, ApiJson json) {
		this.notices = notices;
		this.json = json;
	}

	@GetMapping("/notices")
	public ResponseEntity<String> list(@RequestParam Map<String, String> query) {
		int max = QueryParams.integer(query, "max", DEFAULT_MAX);
		List<ObjectNode> results = notices.getMyNotices(query.get("patient"), max).stream()
		        .map(NoticeJson::of).toList();
		return json.ok(ListBody.of(results));
	}
}
