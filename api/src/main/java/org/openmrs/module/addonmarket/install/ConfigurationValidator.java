package org.openmrs.module.addonmarket.install;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.openmrs.module.addonmarket.error.ErrorCode;
import org.openmrs.module.addonmarket.error.FieldError;
import org.openmrs.module.addonmarket.error.InvalidInputException;
import org.springframework.stereotype.Component;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

/**
 * Checks an installation's configuration against the JSON Schema its add-on version declares, reporting every
 * error at its JSON pointer.
 */
@Component
public class ConfigurationValidator {

	private final ObjectMapper mapper = new ObjectMapper().enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);

	private final JsonSchemaFactory factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);

	/**
	 * @param schemaJson the manifest's configuration schema, or null when the add-on takes no configuration
	 * @param configurationJson the configuration
	 * @return the configuration in a normalised form (parsed and written again)
	 * @throws InvalidInputException CONFIGURATION_INVALID listing every error
	 */
	public String validate(String schemaJson, String configurationJson) {
		JsonNode configuration = parse(configurationJson);
		if (schemaJson != null) {
			JsonSchema schema = factory.getSchema(schemaJson);
			Set<ValidationMessage> messages = schema.validate(configuration);
			if (!messages.isEmpty()) {
				List<FieldError> errors = new ArrayList<>();
				for (ValidationMessage message : messages) {
					String pointer = message.getInstanceLocation().toString().replaceFirst("^\\$", "");
					errors.add(new FieldError(ErrorCode.CONFIGURATION_INVALID.code(),
					        pointer.isEmpty() ? "/" : toPointer(pointer), message.getMessage()));
				}
				throw new InvalidInputException(ErrorCode.CONFIGURATION_INVALID,
				        "The configuration does not match the add-on's schema", errors);
			}
		}
		return configuration.toString();
	}

	private JsonNode parse(String json) {
		try {
			JsonNode node = mapper.readTree(json == null ? "" : json);
			if (node == null || node.isMissingNode()) {
				throw invalid("the configuration is empty; send a JSON object");
			}
			return node;
		}
		catch (JsonProcessingException e) {
			throw invalid("the configuration is not valid JSON: " + e.getOriginalMessage());
		}
	}

	/** networknt 1.5 writes locations as {@code $.a.b[0]}; people and clients read JSON pointers. */
	static String toPointer(String location) {
		return location.replaceAll("\\[(\\d+)\\]", ".$1").replace('.', '/');
	}

	private static InvalidInputException invalid(String message) {
		return new InvalidInputException(ErrorCode.CONFIGURATION_INVALID, "The configuration cannot be read",
		        List.of(new FieldError(ErrorCode.CONFIGURATION_INVALID.code(), "/", message)));
	}
}
