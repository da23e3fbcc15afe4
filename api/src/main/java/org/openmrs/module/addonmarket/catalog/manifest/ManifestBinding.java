package org.openmrs.module.addonmarket.catalog.manifest;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Turns a manifest tree that passed both checks into the {@link Manifest} record. It relies on those checks: it is
 * never given a tree they refused.
 */
final class ManifestBinding {

	private ManifestBinding() {
	}

	static Manifest manifest(JsonNode json) {
		JsonNode configuration = json.get("configuration");
		return new Manifest(json.get("manifestVersion").intValue(), json.get("id").textValue(),
		        json.get("name").textValue(), json.get("version").textValue(), json.get("publisher").textValue(),
		        json.get("description").textValue(), strings(json.path("categories")), json.get("platform").textValue(),
		        json.get("entry").textValue(), list(json.path("permissions"), ManifestBinding::permission),
		        list(json.path("egress"), ManifestBinding::egress), list(json.path("triggers"), ManifestBinding::trigger),
		        list(json.path("actions"), ManifestBinding::action), list(json.path("schedules"), ManifestBinding::schedule),
		        configuration == null ? null : configuration.toString());
	}

	private static Permission permission(JsonNode json) {
		return new Permission(json.get("scope").textValue(), strings(json.path("elements")), json.get("why").textValue(),
		        json.path("optional").asBoolean(false));
	}

	private static Egress egress(JsonNode json) {
		return new Egress(json.get("url").textValue(), json.get("why").textValue(), strings(json.path("sends")));
	}

	private static Trigger trigger(JsonNode json) {
		Map<String, String> where = new LinkedHashMap<>();
		json.path("where").fields().forEachRemaining(f -> where.put(f.getKey(), f.getValue().textValue()));
		TriggerEvent event = TriggerEvent.fromWireName(json.get("event").textValue()).orElseThrow();
		return new Trigger(event, where, json.get("handler").textValue());
	}

	private static Action action(JsonNode json) {
		ActionContext context = ActionContext.fromWireName(json.get("context").textValue()).orElseThrow();
		return new Action(json.get("id").textValue(), json.get("title").textValue(), context,
		        json.get("handler").textValue());
	}

	private static Schedule schedule(JsonNode json) {
		return new Schedule(json.get("cron").textValue(), json.get("handler").textValue());
	}

	private static List<String> strings(JsonNode array) {
		return list(array, JsonNode::textValue);
	}

	private static <T> List<T> list(JsonNode array, Function<JsonNode, T> item) {
		List<T> items = new ArrayList<>();
		array.forEach(json -> items.add(item.apply(json)));
		return items;
	}
}
