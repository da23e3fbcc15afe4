package org.openmrs.module.addonmarket.web;

import java.util.LinkedHashMap;
import java.util.Map;

import org.openmrs.module.addonmarket.health.Health;
import org.openmrs.module.addonmarket.health.HealthDetail;
import org.openmrs.module.addonmarket.health.HealthService;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * {@code GET /health}: status, version and database product. Open to everyone, for load balancers and operators.
 */
@Controller
@RequestMapping(ApiPaths.BASE + "/health")
public class HealthController {

	private final HealthService health;

	private final ApiJson json;

	private final ObjectProvider<HealthDetail> details;

	public HealthController(HealthService health, ApiJson json, ObjectProvider<HealthDetail> details) {
		this.health = health;
		this.json = json;
		this.details = details;
	}

	@GetMapping
	public ResponseEntity<String> get() {
		Health result = health.check();
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("status", result.status());
		body.put("version", result.version());
		body.put("database", result.database());
		details.orderedStream().forEach(detail -> detail.value().ifPresent(value -> body.put(detail.name(), value)));
		return json.body(result.isUp() ? HttpStatus.OK : HttpStatus.SERVICE_UNAVAILABLE, body);
	}
}
