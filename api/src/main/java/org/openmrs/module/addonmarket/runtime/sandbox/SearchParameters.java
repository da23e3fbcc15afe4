package org.openmrs.module.addonmarket.runtime.sandbox;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.openmrs.module.addonmarket.error.AddonMarketException;
import org.openmrs.module.addonmarket.error.ErrorCode;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Reads the parameters an add-on passes to {@code ctx.ehr.search}: an object whose values are strings, numbers,
 * booleans or arrays of them, e.g. {@code {code: "http://loinc.org|8480-6", _count: 20}}.
 */
final class SearchParameters {

	private SearchParameters() {
	}

	/** @return each parameter with its values as text */
	static Map<String, List<String>> of(JsonNode parameters) {
		if (!parameters.isObject()) {
			throw invalid("ctx.ehr.search needs its parameters as an object, not " + parameters.getNodeType());
		}
		Map<String, List<String>> read = new LinkedHashMap<>();
		Iterator<Map.Entry<String, JsonNode>> fields = parameters.fields();
		while (fields.hasNext()) {
			Map.Entry<String, JsonNode> field = fields.next();
			List<String> values = new ArrayList<>();
			if (field.getValue().isArray()) {
				field.getValue().forEach(v -> values.add(scalar(field.getKey(), v)));
			}
			else {
				values.add(scalar(field.getKey(), field.getValue()));
			}
			read.put(field.getKey(), List.copyOf(values));
		}
		return read;
	}

	private static String scalar(String name, JsonNode value) {
		if (!value.isValueNode() || value.isNull()) {
			throw invalid("Search parameter " + name + " must be a string, a number, a boolean or a list of them");
		}
		return value.asText();
	}

	private static AddonMarketException invalid(String message) {
		return new AddonMarketException(ErrorCode.RUNTIME_ARGUMENT_INVALID, message);
	}
}
