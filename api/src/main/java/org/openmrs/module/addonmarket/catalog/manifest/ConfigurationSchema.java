package org.openmrs.module.addonmarket.catalog.manifest;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaException;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.ValidationMessage;
import org.openmrs.module.addonmarket.error.ErrorCode;

/**
 * The check of a manifest's {@code configuration}: a JSON Schema (draft 2020-12) for the add-on's settings. It must
 * be an object schema, valid against the 2020-12 meta-schema, use only 2020-12 keywords, be self-contained
 * (references only inside itself, so that reading it never makes the server fetch a URL), and compile.
 */
final class ConfigurationSchema {

	static final String DRAFT_2020_12 = "https://json-schema.org/draft/2020-12/schema";

	/** Keywords whose value maps names to schemas. */
	private static final Set<String> SCHEMA_MAPS = Set.of("properties", "patternProperties", "$defs",
	    "dependentSchemas");

	/**
	 * The keywords of draft 2020-12's vocabularies (core without $id and $vocabulary, applicator, unevaluated,
	 * validation, meta-data, format annotation, content). Anything else would be ignored by the validator, so a
	 * misspelt constraint ("maximun") would silently not apply: it is refused instead.
	 */
	private static final Set<String> KEYWORDS = Set.of("$schema", "$ref", "$anchor", "$dynamicRef", "$dynamicAnchor",
	    "$comment", "$defs", "prefixItems", "items", "contains", "additionalProperties", "properties",
	    "patternProperties", "dependentSchemas", "propertyNames", "if", "then", "else", "allOf", "anyOf", "oneOf",
	    "not", "unevaluatedItems", "unevaluatedProperties", "type", "const", "enum", "multipleOf", "maximum",
	    "exclusiveMaximum", "minimum", "exclusiveMinimum", "maxLength", "minLength", "pattern", "maxItems", "minItems",
	    "uniqueItems", "maxContains", "minContains", "maxProperties", "minProperties", "required", "dependentRequired",
	    "title", "description", "default", "deprecated", "readOnly", "writeOnly", "examples", "format",
	    "contentEncoding", "contentMediaType", "contentSchema");

	/** Keywords whose value is data, not schemas. */
	private static final Set<String> DATA_KEYWORDS = Set.of("const", "enum", "default", "examples", "required",
	    "dependentRequired", "type");

	private static final Set<String> REFERENCES = Set.of("$ref", "$dynamicRef");

	/** At most this many faults of each kind are reported for one configuration schema. */
	private static final int MAX_ERRORS = 10;

	private static final JsonSchema META_SCHEMA = JsonSchemas.FACTORY.getSchema(SchemaLocation.of(DRAFT_2020_12),
	    JsonSchemas.CONFIG);

	private ConfigurationSchema() {
	}

	/**
	 * @param configuration the manifest's {@code configuration}; anything but an object is left to the structure check
	 * @param at its pointer
	 * @param errors where to add what is wrong
	 */
	static void check(JsonNode configuration, String at, List<ManifestError> errors) {
		if (!configuration.isObject()) {
			return;
		}
		int before = errors.size();
		checkAgainstMetaSchema(configuration, at, errors);
		boolean typeFaulted = errors.subList(before, errors.size()).stream()
		        .anyMatch(e -> e.pointer().equals(at + "/type"));
		if (!typeFaulted && !"object".equals(configuration.path("type").asText(null))) {
			errors.add(error(at + "/type", "is not \"object\"; expected an object schema whose properties are the "
			        + "add-on's settings, e.g. {\"type\": \"object\", \"properties\": {}}"));
		}
		JsonNode dialect = configuration.path("$schema");
		if (!dialect.isMissingNode() && !DRAFT_2020_12.equals(dialect.asText(null))) {
			errors.add(error(at + "/$schema", "is not " + DRAFT_2020_12 + "; expected that dialect or no $schema"));
		}
		List<ManifestError> keywordErrors = new ArrayList<>();
		checkKeywords(configuration, at, keywordErrors);
		errors.addAll(keywordErrors.subList(0, Math.min(MAX_ERRORS, keywordErrors.size())));
		if (errors.size() == before) {
			checkCompiles(configuration, at, errors);
		}
	}

	/**
	 * Walks the schema's keywords (not its data: const, enum, default, examples) for what the meta-schema allows but
	 * the module does not: references outside the schema, $id, and regular expressions Java cannot compile.
	 */
	private static void checkKeywords(JsonNode schema, String at, List<ManifestError> errors) {
		if (!schema.isObject()) {
			return;
		}
		for (Iterator<Map.Entry<String, JsonNode>> it = schema.fields(); it.hasNext();) {
			Map.Entry<String, JsonNode> keyword = it.next();
			String name = keyword.getKey();
			JsonNode value = keyword.getValue();
			String keywordAt = JsonPointers.field(at, name);
			if ("$id".equals(name)) {
				errors.add(error(keywordAt, "is not allowed; expected a self-contained schema without $id"));
			} else if (!KEYWORDS.contains(name)) {
				errors.add(error(keywordAt, JsonPointers.quote(name) + " is not a JSON Schema (draft 2020-12) keyword; "
				        + "expected keywords such as type, properties, minimum, title (unknown ones would be ignored)"));
			} else if (REFERENCES.contains(name) && value.isTextual() && !value.textValue().startsWith("#")) {
				errors.add(error(keywordAt, JsonPointers.quote(value.textValue())
				        + " refers outside the schema; expected a reference inside it, such as #/$defs/threshold"));
			} else if ("pattern".equals(name) && value.isTextual()) {
				checkRegex(value.textValue(), keywordAt, errors);
			} else if (SCHEMA_MAPS.contains(name) && value.isObject()) {
				value.fields().forEachRemaining(sub -> {
					String subAt = JsonPointers.field(keywordAt, sub.getKey());
					if ("patternProperties".equals(name)) {
						checkRegex(sub.getKey(), subAt, errors);
					}
					checkKeywords(sub.getValue(), subAt, errors);
				});
			} else if (value.isArray() && !DATA_KEYWORDS.contains(name)) {
				for (int i = 0; i < value.size(); i++) {
					checkKeywords(value.get(i), JsonPointers.item(keywordAt, i), errors);
				}
			} else if (!DATA_KEYWORDS.contains(name)) {
				checkKeywords(value, keywordAt, errors);
			}
		}
	}

	private static void checkRegex(String regex, String at, List<ManifestError> errors) {
		try {
			Pattern.compile(regex);
		}
		catch (PatternSyntaxException e) {
			errors.add(error(at, JsonPointers.quote(regex) + " is not a regular expression (" + e.getDescription()
			        + " at index " + e.getIndex() + "); expected a valid one"));
		}
	}

	private static void checkAgainstMetaSchema(JsonNode configuration, String at, List<ManifestError> errors) {
		Set<ManifestError> found = new LinkedHashSet<>();
		for (ValidationMessage message : META_SCHEMA.validate(configuration)) {
			String location = message.getInstanceLocation().toString();
			String text = message.getMessage();
			String prefix = location + ": ";
			found.add(error(at + location, (text.startsWith(prefix) ? text.substring(prefix.length()) : text)
			        + "; expected a valid JSON Schema (draft 2020-12)"));
			if (found.size() == MAX_ERRORS) {
				break;
			}
		}
		errors.addAll(found);
	}

	private static void checkCompiles(JsonNode configuration, String at, List<ManifestError> errors) {
		try {
			JsonSchemas.FACTORY.getSchema(configuration, JsonSchemas.CONFIG).initializeValidators();
		}
		catch (JsonSchemaException e) {
			errors.add(error(at, "cannot be used as a schema (" + e.getMessage() + "); expected a valid JSON Schema "
			        + "(draft 2020-12) with valid regular expressions"));
		}
	}

	private static ManifestError error(String pointer, String message) {
		return new ManifestError(ErrorCode.MANIFEST_CONFIGURATION_INVALID, pointer, message);
	}
}
