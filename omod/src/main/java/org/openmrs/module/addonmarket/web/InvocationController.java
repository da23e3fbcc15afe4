package org.openmrs.module.addonmarket.web;

import java.time.Instant;
import java.util.List;

import org.openmrs.module.addonmarket.runtime.AddonRuntime;
import org.openmrs.module.addonmarket.runtime.Invocation;
import org.openmrs.module.addonmarket.runtime.InvocationError;
import org.openmrs.module.addonmarket.runtime.InvocationResult;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Runs of add-ons: {@code POST /installations/{uuid}/actions/{actionId}/invocations} runs an action for the
 * signed-in user and answers {@code {invocationId, outcome, result, error}} (200 whatever the add-on did: its own
 * failure is an outcome, not an HTTP error); {@code GET /invocations?installation=} lists recent runs.
 */
@Controller
@RequestMapping(ApiPaths.BASE)
public class InvocationController {

	private final AddonRuntime runtime;

	private final ApiJson json;

	public InvocationController(AddonRuntime runtime, ApiJson json) {
		this.runtime = runtime;
		this.json = json;
	}

	/** The body of a request to run an action. */
	record Run(String patient) {
	}

	/** The answer to a run. */
	record RunBody(String invocationId, String outcome, JsonNode result, InvocationError error, long durationMillis) {
	}

	/** One recorded run. */
	record InvocationBody(String invocationId, String installationUuid, String addonId, String version, String kind,
	        String handler, String purpose, String user, String patient, Instant startedAt, long durationMillis,
	        String outcome, InvocationError error, Long statementsUsed, JsonNode log) {
	}

	@PostMapping("/installations/{uuid}/actions/{actionId}/invocations")
	public ResponseEntity<String> run(@PathVariable("uuid") String uuid, @PathVariable("actionId") String actionId,
	        @RequestBody(required = false) String body) {
		String patient = body == null || body.isBlank() ? null : json.read(body, Run.class).patient();
		InvocationResult result = runtime.invokeAction(uuid, actionId, patient);
		return json.ok(new RunBody(result.invocationId(), result.outcome().name(), result.result(), result.error(),
		        result.durationMillis()));
	}

	@GetMapping("/invocations")
	public ResponseEntity<String> list(@RequestParam("installation") String installation,
	        @RequestParam(name = "max", defaultValue = "50") int max) {
		List<InvocationBody> runs = runtime.getInvocations(installation, max).stream().map(this::body).toList();
		return json.ok(ListBody.of(runs));
	}

	private InvocationBody body(Invocation run) {
		InvocationError error = run.getErrorCode() == null ? null
		        : new InvocationError(run.getErrorCode(), run.getErrorMessage());
		return new InvocationBody(run.getUuid(), run.getInstallationUuid(), run.getAddonId(), run.getAddonVersion(),
		        run.getKind().name(), run.getHandler(), run.getPurpose(), run.getUserUuid(), run.getPatientId(),
		        run.getStartedAt(), run.getDurationMillis(), run.getOutcome().name(), error, run.getStatementsUsed(),
		        run.getLogJson() == null ? null : json.tree(run.getLogJson()));
	}
}
