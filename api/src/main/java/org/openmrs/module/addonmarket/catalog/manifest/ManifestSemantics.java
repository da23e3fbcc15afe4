package org.openmrs.module.addonmarket.catalog.manifest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import org.openmrs.module.addonmarket.error.AddonMarketException;
import org.openmrs.module.addonmarket.error.ErrorCode;

/**
 * The second check of a manifest: what its JSON Schema cannot say. Runs on the parsed tree even when the structure
 * check found faults, so that one upload reports everything; each rule looks only at values of the type it expects.
 * One instance checks one manifest.
 */
final class ManifestSemantics {

	private static final Pattern ACTION_ID = Pattern.compile("[a-z][a-z0-9-]{0,49}");

	private static final Pattern ELEMENT = Pattern.compile("[a-zA-Z][a-zA-Z0-9]{0,63}");

	private final ScopeSyntax scopes;

	private final List<ManifestError> errors = new ArrayList<>();

	private ManifestSemantics(ScopeSyntax scopes) {
		this.scopes = scopes;
	}

	/**
	 * @param manifest the parsed addon.json
	 * @param scopes checks each permission's scope
	 * @return every semantic fault found, in the order the checks ran
	 */
	static List<ManifestError> check(JsonNode manifest, ScopeSyntax scopes) {
		ManifestSemantics semantics = new ManifestSemantics(scopes);
		if (manifest.isObject()) {
			semantics.checkFields(manifest);
			semantics.checkHandlers(manifest);
			semantics.checkActionIds(manifest.path("actions"));
			semantics.checkTriggers(manifest.path("triggers"));
			ConfigurationSchema.check(manifest.path("configuration"), "/configuration", semantics.errors);
		}
		return semantics.errors;
	}

	private void checkFields(JsonNode manifest) {
		text(manifest.path("id")).flatMap(FieldSyntax::idProblem)
		        .ifPresent(problem -> add(ErrorCode.MANIFEST_ID_INVALID, "/id", problem));
		text(manifest.path("version")).flatMap(FieldSyntax::versionProblem)
		        .ifPresent(problem -> add(ErrorCode.MANIFEST_VERSION_INVALID, "/version", problem));
		text(manifest.path("platform")).flatMap(
		    range -> PlatformRange.problem(range).map(problem -> JsonPointers.quote(range) + ": " + problem))
		        .ifPresent(problem -> add(ErrorCode.MANIFEST_PLATFORM_INVALID, "/platform", problem));
		checkNotBlank(manifest.path("name"), "/name");
		checkNotBlank(manifest.path("description"), "/description");
		forEachObject(manifest.path("permissions"), "/permissions", this::checkPermission);
		forEachObject(manifest.path("egress"), "/egress", (egress, at) -> {
			text(egress.path("url")).ifPresent(url -> EgressUrl.problem(url).ifPresent(problem -> add(
			    ErrorCode.MANIFEST_EGRESS_URL_INVALID, at + "/url", JsonPointers.quote(url) + " " + problem)));
			checkNotBlank(egress.path("why"), at + "/why");
		});
		forEachObject(manifest.path("actions"), "/actions",
		    (action, at) -> checkNotBlank(action.path("title"), at + "/title"));
		forEachObject(manifest.path("schedules"), "/schedules",
		    (schedule, at) -> text(schedule.path("cron")).flatMap(FieldSyntax::cronProblem)
		            .ifPresent(problem -> add(ErrorCode.MANIFEST_CRON_INVALID, at + "/cron", problem)));
	}

	private void checkPermission(JsonNode permission, String at) {
		text(permission.path("scope")).ifPresent(scope -> checkScope(scope, at + "/scope"));
		checkNotBlank(permission.path("why"), at + "/why");
		JsonNode elements = permission.path("elements");
		if (!elements.isArray()) {
			return;
		}
		if (elements.isEmpty()) {
			add(ErrorCode.MANIFEST_ELEMENTS_INVALID, at + "/elements",
			    "is empty; expected the element names a read returns, or no elements field for all of them");
		}
		Set<String> seen = new HashSet<>();
		for (int i = 0; i < elements.size(); i++) {
			Optional<String> element = text(elements.get(i));
			String elementAt = JsonPointers.item(at + "/elements", i);
			if (element.isPresent() && !ELEMENT.matcher(element.get()).matches()) {
				add(ErrorCode.MANIFEST_ELEMENTS_INVALID, elementAt, JsonPointers.quote(element.get())
				        + " is not a FHIR element name; expected a letter, then letters and digits, e.g. birthDate");
			} else if (element.isPresent() && !seen.add(element.get())) {
				add(ErrorCode.MANIFEST_ELEMENTS_INVALID, elementAt,
				    JsonPointers.quote(element.get()) + " is listed twice; expected each element once");
			}
		}
	}

	private void checkScope(String scope, String at) {
		try {
			scopes.check(scope, at);
		}
		catch (AddonMarketException e) {
			String field = e.getField() == null ? at : e.getField();
			String message = e.getMessage() == null ? "is not a valid scope" : e.getMessage();
			ErrorCode code = e.getCode() == null ? ErrorCode.MANIFEST_VALUE_INVALID : e.getCode();
			add(code, field, message.startsWith(field + ": ") ? message.substring(field.length() + 2) : message);
		}
	}

	/** Every handler is one function with one role: a trigger's, an action's or a schedule's. */
	private void checkHandlers(JsonNode manifest) {
		Map<String, String> namedAt = new HashMap<>();
		for (String list : List.of("triggers", "actions", "schedules")) {
			forEachObject(manifest.path(list), "/" + list, (item, at) -> text(item.path("handler")).ifPresent(handler -> {
				String handlerAt = at + "/handler";
				Optional<String> problem = FieldSyntax.handlerProblem(handler);
				if (problem.isPresent()) {
					add(ErrorCode.MANIFEST_HANDLER_INVALID, handlerAt, problem.get());
				} else if (namedAt.containsKey(handler)) {
					add(ErrorCode.MANIFEST_HANDLER_DUPLICATE, handlerAt, JsonPointers.quote(handler) + " is named at "
					        + namedAt.get(handler) + " too; expected one function for each trigger, action and schedule");
				} else {
					namedAt.put(handler, handlerAt);
				}
			}));
		}
	}

	private void checkActionIds(JsonNode actions) {
		Map<String, String> usedAt = new HashMap<>();
		forEachObject(actions, "/actions", (action, at) -> text(action.path("id")).ifPresent(id -> {
			if (!ACTION_ID.matcher(id).matches()) {
				add(ErrorCode.MANIFEST_ACTION_ID_INVALID, at + "/id", JsonPointers.quote(id) + " is not an action id; "
				        + "expected a lower case letter, then lower case letters, digits and hyphens, e.g. trend");
			} else if (usedAt.putIfAbsent(id, at + "/id") != null) {
				add(ErrorCode.MANIFEST_ACTION_ID_DUPLICATE, at + "/id",
				    JsonPointers.quote(id) + " is the id of " + usedAt.get(id) + " too; expected unique action ids");
			}
		}));
	}

	private void checkTriggers(JsonNode triggers) {
		String known = Stream.of(TriggerEvent.values()).map(TriggerEvent::wireName).collect(Collectors.joining(", "));
		forEachObject(triggers, "/triggers", (trigger, at) -> text(trigger.path("event")).ifPresent(name -> {
			Optional<TriggerEvent> event = TriggerEvent.fromWireName(name);
			if (event.isEmpty()) {
				add(ErrorCode.MANIFEST_TRIGGER_EVENT_UNKNOWN, at + "/event",
				    JsonPointers.quote(name) + " is not an event; expected one of " + known);
			} else {
				checkFilter(event.get(), trigger.path("where"), at + "/where");
			}
		}));
	}

	private void checkFilter(TriggerEvent event, JsonNode where, String at) {
		if (!where.isObject()) {
			return;
		}
		String allowed = event.filterKeys().isEmpty() ? "no filter" : "only " + String.join(", ", event.filterKeys());
		for (Iterator<Map.Entry<String, JsonNode>> it = where.fields(); it.hasNext();) {
			Map.Entry<String, JsonNode> filter = it.next();
			String filterAt = JsonPointers.field(at, filter.getKey());
			if (!event.filterKeys().contains(filter.getKey())) {
				add(ErrorCode.MANIFEST_TRIGGER_FILTER_INVALID, filterAt, JsonPointers.quote(filter.getKey())
				        + " is not a filter of " + event.wireName() + "; expected " + allowed);
			} else if (filter.getValue().isTextual() && filter.getValue().textValue().isBlank()) {
				add(ErrorCode.MANIFEST_TRIGGER_FILTER_INVALID, filterAt,
				    "is blank; expected a token such as http://loinc.org|8480-6");
			}
		}
	}

	private void checkNotBlank(JsonNode text, String at) {
		if (text.isTextual() && text.textValue().isBlank()) {
			add(ErrorCode.MANIFEST_TEXT_BLANK, at, "is blank; expected words the people who read it understand");
		}
	}

	private void add(ErrorCode code, String pointer, String message) {
		errors.add(new ManifestError(code, pointer, message));
	}

	private static Optional<String> text(JsonNode node) {
		return node.isTextual() ? Optional.of(node.textValue()) : Optional.empty();
	}

	private static void forEachObject(JsonNode array, String at, BiConsumer<JsonNode, String> check) {
		if (!array.isArray()) {
			return;
		}
		for (int i = 0; i < array.size(); i++) {
			if (array.get(i).isObject()) {
				check.accept(array.get(i), JsonPointers.item(at, i));
			}
		}
	}
}
