package org.openmrs.module.addonmarket.web;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Map;

import javax.servlet.http.HttpServletResponse;

import org.openmrs.module.addonmarket.audit.AuditKind;
import org.openmrs.module.addonmarket.audit.AuditOutcome;
import org.openmrs.module.addonmarket.audit.AuditQuery;
import org.openmrs.module.addonmarket.audit.AuditService;
import org.openmrs.module.addonmarket.error.AddonMarketException;
import org.openmrs.module.addonmarket.error.ErrorCode;
import org.openmrs.module.addonmarket.host.ModuleClock;
import org.openmrs.module.addonmarket.inventory.InventoryService;
import org.openmrs.module.addonmarket.web.AuditBodies.EventBody;
import org.openmrs.module.addonmarket.web.AuditBodies.InventoryBody;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The audit log for auditors ({@code /audit/...}: events, exports, verification, who touched a chart, data flow)
 * and the organisation's inventory ({@code /inventory}).
 */
@Controller
@RequestMapping(ApiPaths.BASE)
public class AuditController {

	private final AuditService audit;

	private final InventoryService inventory;

	private final ModuleClock clock;

	private final ApiJson json;

	public AuditController(AuditService audit, InventoryService inventory, ModuleClock clock, ApiJson json) {
		this.audit = audit;
		this.inventory = inventory;
		this.clock = clock;
		this.json = json;
	}

	@GetMapping("/audit/events")
	public ResponseEntity<String> events(@RequestParam Map<String, String> query) {
		return json.ok(ListBody.of(audit.find(query(query)).map(EventBody::of)));
	}

	@GetMapping("/audit/events.csv")
	public void csv(@RequestParam Map<String, String> query, HttpServletResponse response) throws IOException {
		AuditQuery filter = query(query);
		response.setContentType("text/csv;charset=UTF-8");
		response.setHeader("Content-Disposition", "attachment; filename=\"addonmarket-audit.csv\"");
		Writer out = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
		audit.exportCsv(filter, out);
		out.flush();
	}

	@GetMapping("/audit/events/fhir")
	public void fhir(@RequestParam Map<String, String> query, HttpServletResponse response) throws IOException {
		AuditQuery filter = query(query);
		response.setContentType("application/fhir+json;charset=UTF-8");
		audit.exportFhir(filter, response.getOutputStream());
		response.getOutputStream().flush();
	}

	@GetMapping("/audit/verify")
	public ResponseEntity<String> verify(@RequestParam(name = "from", required = false) Long from,
	        @RequestParam(name = "to", required = false) Long to) {
		return json.ok(audit.verify(from, to));
	}

	@GetMapping("/audit/patients/{patient}/addons")
	public ResponseEntity<String> touched(@PathVariable("patient") String patient,
	        @RequestParam Map<String, String> query) {
		return json.ok(ListBody.of(audit.addonsThatTouched(patient, instant(query, "from"), instant(query, "to"))));
	}

	@GetMapping("/audit/data-flow")
	public ResponseEntity<String> dataFlow(@RequestParam Map<String, String> query) {
		Instant to = instant(query, "to") == null ? clock.now() : instant(query, "to");
		Instant from = instant(query, "from") == null ? to.minusSeconds(30L * 24 * 3600) : instant(query, "from");
		return json.ok(inventory.getDataFlow(from, to));
	}

	@GetMapping("/inventory")
	public ResponseEntity<String> inventory() {
		Instant now = clock.now();
		return json.ok(ListBody.of(inventory.getInventory().stream().map(e -> InventoryBody.of(e, now)).toList()));
	}

	private static AuditQuery query(Map<String, String> query) {
		AuditQuery.Builder builder = AuditQuery.builder().addonId(query.get("addonId"))
		        .installation(query.get("installation")).patient(query.get("patient")).actor(query.get("user"))
		        .page(QueryParams.integer(query, "page", 0)).size(QueryParams.integer(query, "size", 50));
		if (query.get("outcome") != null && !query.get("outcome").isBlank()) {
			builder.outcome(named(AuditOutcome.class, query.get("outcome"), "outcome"));
		}
		if (query.get("kind") != null && !query.get("kind").isBlank()) {
			builder.kind(named(AuditKind.class, query.get("kind"), "kind"));
		}
		if (instant(query, "from") != null || instant(query, "to") != null) {
			builder.between(instant(query, "from"), instant(query, "to"));
		}
		return builder.build();
	}

	private static <E extends Enum<E>> E named(Class<E> type, String value, String parameter) {
		try {
			return Enum.valueOf(type, value.trim().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException e) {
			throw new AddonMarketException(ErrorCode.BAD_PARAMETER, parameter + " must be one of "
			        + java.util.Arrays.toString(type.getEnumConstants()) + ", got \"" + value + "\"", parameter, e);
		}
	}

	private static Instant instant(Map<String, String> query, String name) {
		String value = query.get(name);
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return Instant.parse(value.trim());
		}
		catch (DateTimeParseException e) {
			throw new AddonMarketException(ErrorCode.BAD_PARAMETER, name
			        + " must be an ISO-8601 instant such as 2026-11-29T00:00:00Z, got \"" + value + "\"", name, e);
		}
	}
}
