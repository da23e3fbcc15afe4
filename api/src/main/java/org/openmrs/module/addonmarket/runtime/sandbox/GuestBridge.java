package org.openmrs.module.addonmarket.runtime.sandbox;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.graalvm.polyglot.HostAccess;
import org.openmrs.module.addonmarket.error.AddonMarketException;
import org.openmrs.module.addonmarket.error.ErrorCode;
import org.openmrs.module.addonmarket.runtime.DataPort;
import org.openmrs.module.addonmarket.runtime.LogLine;
import org.openmrs.module.addonmarket.runtime.RuntimeCall;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The one host object a run's JavaScript can call, and only through the {@code ctx} the prelude builds around it
 * (it is never a global). Only the members marked {@link HostAccess.Export} are visible to JavaScript, and every one
 * takes and returns text: JSON goes in and comes out, so no host object ever reaches the add-on. An answer that starts
 * with {@code !} is an error, {@code {code, message}}, which the prelude throws as an exception the add-on may catch.
 * <p>
 * A limit hit inside a call (a value too large, too many log lines, an oversize response) is not the add-on's to
 * catch: the bridge remembers it, asks the watchdog to stop the run, and refuses every later call.
 */
public final class GuestBridge {

	/** The longest log line kept; longer ones are cut. */
	static final int MAX_LOG_LINE_CHARS = 1000;

	private static final Set<ErrorCode> LIMITS = Set.of(ErrorCode.RUNTIME_ARGUMENT_TOO_LARGE,
	    ErrorCode.RUNTIME_LOG_LIMIT, ErrorCode.RUNTIME_EGRESS_RESPONSE_TOO_LARGE);

	private static final Set<String> LEVELS = Set.of("info", "warn", "error");

	private final RuntimeCall call;

	private final DataPort port;

	private final SandboxLimits limits;

	private final Egress egress;

	private final RunGuard guard;

	private final ObjectMapper json;

	private final List<LogLine> log = new ArrayList<>();

	private AddonMarketException limitHit;

	GuestBridge(RuntimeCall call, DataPort port, SandboxLimits limits, Egress egress, RunGuard guard,
	    ObjectMapper json) {
		this.call = call;
		this.port = port;
		this.limits = limits;
		this.egress = egress;
		this.guard = guard;
		this.json = json;
	}

	/** {@code ctx.ehr.read(type, id)} */
	@HostAccess.Export
	public String read(String resourceType, String id) {
		return answer(() -> json.writeValueAsString(port.read(call, required(resourceType, "type"),
		    required(id, "id"))));
	}

	/** {@code ctx.ehr.search(type, params)} */
	@HostAccess.Export
	public String search(String resourceType, String parametersJson) {
		return answer(() -> json.writeValueAsString(port.search(call, required(resourceType, "type"),
		    SearchParameters.of(argument(parametersJson, "search parameters")))));
	}

	/** {@code ctx.ehr.create(type, resource)} */
	@HostAccess.Export
	public String create(String resourceType, String resourceJson) {
		return answer(() -> {
			JsonNode resource = argument(resourceJson, "resource");
			if (!resource.isObject()) {
				throw new AddonMarketException(ErrorCode.RUNTIME_ARGUMENT_INVALID,
				        "ctx.ehr.create needs a resource object, not " + resource.getNodeType());
			}
			return json.writeValueAsString(port.create(call, required(resourceType, "type"), (ObjectNode) resource));
		});
	}

	/** {@code ctx.http.fetch(url, {method, headers, body})} */
	@HostAccess.Export
	public String fetch(String url, String method, String headersJson, String body) {
		return answer(() -> {
			if (body != null) {
				checkSize(body, "request body");
			}
			JsonNode headers = argument(headersJson, "headers");
			FetchRequest request = FetchRequest.of(url, method, headers, body);
			return json.writeValueAsString(egress.fetch(request, call, port, limits, guard));
		});
	}

	/** {@code ctx.log(...)}, {@code ctx.log.info(...)}, {@code .warn}, {@code .error} */
	@HostAccess.Export
	public void log(String level, String text) {
		refuseAfterLimit();
		if (log.size() >= limits.maxLogLines()) {
			throw hit(new AddonMarketException(ErrorCode.RUNTIME_LOG_LIMIT, "stopped after logging more than "
			        + limits.maxLogLines() + " lines (addonmarket.runtime.maxLogLines)"));
		}
		String line = text == null ? "" : text;
		if (line.length() > MAX_LOG_LINE_CHARS) {
			line = line.substring(0, MAX_LOG_LINE_CHARS - 1) + "\u2026";
		}
		log.add(new LogLine(LEVELS.contains(level) ? level : "info", line));
	}

	/** @return what the add-on logged */
	List<LogLine> logLines() {
		return List.copyOf(log);
	}

	/** @return the limit the run hit inside a call, or null */
	AddonMarketException limitHit() {
		return limitHit;
	}

	private String answer(HostCall work) {
		refuseAfterLimit();
		try {
			return work.call();
		}
		catch (AddonMarketException e) {
			if (LIMITS.contains(e.getCode())) {
				throw hit(e);
			}
			return "!" + json.createObjectNode().put("code", e.getCode().code()).put("message", e.getMessage());
		}
		catch (JsonProcessingException e) {
			throw new IllegalStateException("Cannot write the answer as JSON", e);
		}
	}

	private JsonNode argument(String text, String what) {
		if (text == null) {
			throw new AddonMarketException(ErrorCode.RUNTIME_ARGUMENT_INVALID, "The " + what + " is missing");
		}
		checkSize(text, what);
		try {
			return json.readTree(text);
		}
		catch (JsonProcessingException e) {
			throw new AddonMarketException(ErrorCode.RUNTIME_ARGUMENT_INVALID, "The " + what + " is not JSON");
		}
	}

	private void checkSize(String text, String what) {
		long bytes = Utf8.length(text);
		if (bytes > limits.maxResultBytes()) {
			throw new AddonMarketException(ErrorCode.RUNTIME_ARGUMENT_TOO_LARGE, "stopped: the " + what + " is "
			        + bytes + " bytes, larger than the " + limits.maxResultBytes()
			        + " bytes addonmarket.runtime.maxResultBytes allows");
		}
	}

	private static String required(String value, String what) {
		if (value == null || value.isBlank() || value.length() > 200) {
			throw new AddonMarketException(ErrorCode.RUNTIME_ARGUMENT_INVALID,
			        "Expected a " + what + " of 1 to 200 characters");
		}
		return value;
	}

	private void refuseAfterLimit() {
		if (limitHit != null) {
			throw limitHit;
		}
	}

	private AddonMarketException hit(AddonMarketException limit) {
		if (limitHit == null) {
			limitHit = limit;
			guard.stopSoon();
		}
		return limitHit;
	}

	/** One call into the host that answers JSON text. */
	@FunctionalInterface
	private interface HostCall {

		String call() throws JsonProcessingException;
	}
}
