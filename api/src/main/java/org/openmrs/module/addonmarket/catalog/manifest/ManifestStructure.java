package org.openmrs.module.addonmarket.catalog.manifest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonNodePath;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.ValidationMessage;
import org.openmrs.module.addonmarket.error.ErrorCode;

/**
 * The first check of a manifest: its structure, against {@code addon.schema.json} (also published as
 * {@code docs/addon.schema.json}). Turns the validator's findings into errors with pointers and the codes the
 * semantic checks use for the same fields, so a field is reported the same way whichever check finds the fault.
 */
final class ManifestStructure {

	/** The schema's resource name, beside this class. */
	static final String SCHEMA_RESOURCE = "addon.schema.json";

	private static final Map<Pattern, ErrorCode> FIELD_CODES = Map.ofEntries(
	    Map.entry(Pattern.compile("/manifestVersion"), ErrorCode.MANIFEST_VERSION_UNSUPPORTED),
	    Map.entry(Pattern.compile("/id"), ErrorCode.MANIFEST_ID_INVALID),
	    Map.entry(Pattern.compile("/version"), ErrorCode.MANIFEST_VERSION_INVALID),
	    Map.entry(Pattern.compile("/publisher"), ErrorCode.MANIFEST_PUBLISHER_INVALID),
	    Map.entry(Pattern.compile("/platform"), ErrorCode.MANIFEST_PLATFORM_INVALID),
	    Map.entry(Pattern.compile("/entry"), ErrorCode.MANIFEST_ENTRY_INVALID),
	    Map.entry(Pattern.compile("/(name|description|(permissions|egress)/\\d+/why|actions/\\d+/title)"),
	        ErrorCode.MANIFEST_TEXT_BLANK),
	    Map.entry(Pattern.compile("/(triggers|actions|schedules)/\\d+/handler"), ErrorCode.MANIFEST_HANDLER_INVALID),
	    Map.entry(Pattern.compile("/actions/\\d+/id"), ErrorCode.MANIFEST_ACTION_ID_INVALID),
	    Map.entry(Pattern.compile("/triggers/\\d+/event"), ErrorCode.MANIFEST_TRIGGER_EVENT_UNKNOWN),
	    Map.entry(Pattern.compile("/triggers/\\d+/where(/.*)?"), ErrorCode.MANIFEST_TRIGGER_FILTER_INVALID),
	    Map.entry(Pattern.compile("/schedules/\\d+/cron"), ErrorCode.MANIFEST_CRON_INVALID),
	    Map.entry(Pattern.compile("/egress/\\d+/url"), ErrorCode.MANIFEST_EGRESS_URL_INVALID),
	    Map.entry(Pattern.compile("/permissions/\\d+/elements(/\\d+)?"), ErrorCode.MANIFEST_ELEMENTS_INVALID));

	private final JsonNode schemaNode;

	private final JsonSchema schema;

	private ManifestStructure(JsonNode schemaNode) {
		this.schemaNode = schemaNode;
		this.schema = JsonSchemas.FACTORY.getSchema(schemaNode, JsonSchemas.CONFIG);
	}

	/** @return the check, with the schema read from the class path */
	static ManifestStructure load() {
		try (InputStream in = ManifestStructure.class.getResourceAsStream(SCHEMA_RESOURCE)) {
			if (in == null) {
				throw new IllegalStateException(SCHEMA_RESOURCE + " is missing from the class path");
			}
			return new ManifestStructure(new ObjectMapper().readTree(in));
		}
		catch (IOException e) {
			throw new UncheckedIOException("Cannot read " + SCHEMA_RESOURCE, e);
		}
	}

	/**
	 * @param manifest the parsed addon.json
	 * @return every structural fault, without repeats
	 */
	List<ManifestError> check(JsonNode manifest) {
		Set<ManifestError> errors = new LinkedHashSet<>();
		for (ValidationMessage message : schema.validate(manifest)) {
			errors.add(toError(message));
		}
		return new ArrayList<>(errors);
	}

	private ManifestError toError(ValidationMessage message) {
		String at = pointer(message.getInstanceLocation());
		JsonNode rule = ruleOf(message);
		switch (message.getType()) {
			case "required":
				String missing = JsonPointers.field(at, message.getProperty());
				return new ManifestError(ErrorCode.MANIFEST_FIELD_MISSING, missing,
				        "required; expected " + describe(rule.path("properties").path(message.getProperty())));
			case "additionalProperties":
				String unknown = JsonPointers.field(at, message.getProperty());
				return new ManifestError(ErrorCode.MANIFEST_UNKNOWN_FIELD, unknown,
				        "unknown field " + JsonPointers.quote(message.getProperty()) + "; expected only "
				                + String.join(", ", (Iterable<String>) rule.path("properties")::fieldNames));
			case "type":
				Object[] args = message.getArguments();
				return new ManifestError(ErrorCode.MANIFEST_WRONG_TYPE, at,
				        "expected " + args[1] + ", found " + args[0]);
			case "pattern":
				return new ManifestError(codeFor(at, message.getType()), at, JsonPointers.quote(
				    message.getInstanceNode().asText()) + " is not valid; expected " + describe(rule));
			default:
				return new ManifestError(codeFor(at, message.getType()), at, withoutLocation(message));
		}
	}

	private static ErrorCode codeFor(String pointer, String keyword) {
		for (Map.Entry<Pattern, ErrorCode> field : FIELD_CODES.entrySet()) {
			if (field.getKey().matcher(pointer).matches()) {
				boolean blankText = field.getValue() == ErrorCode.MANIFEST_TEXT_BLANK;
				return !blankText || "minLength".equals(keyword) ? field.getValue()
				        : ErrorCode.MANIFEST_VALUE_INVALID;
			}
		}
		return ErrorCode.MANIFEST_VALUE_INVALID;
	}

	/** @return the schema object holding the keyword that failed */
	private JsonNode ruleOf(ValidationMessage message) {
		JsonNodePath fragment = message.getSchemaLocation().getFragment();
		JsonPointer keyword = JsonPointer.compile(fragment.toString());
		return schemaNode.at(keyword.head());
	}

	private String describe(JsonNode rule) {
		JsonNode target = rule;
		if (target.has("$ref")) {
			target = schemaNode.at(target.get("$ref").asText().substring(1));
		}
		return target.path("description").asText("a value as addon.schema.json describes");
	}

	private static String pointer(JsonNodePath location) {
		String text = location.toString();
		return "/".equals(text) ? "" : text;
	}

	private static String withoutLocation(ValidationMessage message) {
		String text = message.getMessage();
		String prefix = message.getInstanceLocation().toString() + ": ";
		return text.startsWith(prefix) ? text.substring(prefix.length()) : text;
	}
}
