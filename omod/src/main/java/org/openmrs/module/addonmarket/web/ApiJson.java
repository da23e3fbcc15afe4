package org.openmrs.module.addonmarket.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.openmrs.module.addonmarket.error.AddonMarketException;
import org.openmrs.module.addonmarket.error.ErrorCode;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/**
 * Reads and writes the API's JSON with the module's own Jackson settings, independent of whatever message
 * converters the host's dispatcher has (OpenMRS's {@code /ws} dispatcher is configured by the platform and other
 * modules). Request bodies are strict: unknown fields and duplicate keys are refused with the pointer of the
 * offending value.
 */
@Component
public class ApiJson {

	private final ObjectMapper mapper = new ObjectMapper().registerModule(new JavaTimeModule())
	        .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
	        .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
	        .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);

	/**
	 * @param body the request body
	 * @param type the request's record type
	 * @return the body read into that type
	 * @throws AddonMarketException BAD_PARAMETER with the JSON pointer of what is wrong
	 */
	public <T> T read(String body, Class<T> type) {
		if (body == null || body.isBlank()) {
			throw new AddonMarketException(ErrorCode.BAD_PARAMETER, "The request needs a JSON body", "/");
		}
		try {
			return mapper.readValue(body, type);
		}
		catch (JsonMappingException e) {
			String pointer = pointerOf(e.getPath());
			throw new AddonMarketException(ErrorCode.BAD_PARAMETER,
			        "The JSON body is not valid at " + pointer + ": " + e.getOriginalMessage(), pointer, e);
		}
		catch (JsonProcessingException e) {
			throw new AddonMarketException(ErrorCode.BAD_PARAMETER,
			        "The body is not valid JSON: " + e.getOriginalMessage(), "/", e);
		}
	}

	/**
	 * @param json JSON text the module stored itself
	 * @return it as a tree, to embed in an answer
	 */
	public JsonNode tree(String json) {
		try {
			return mapper.readTree(json);
		}
		catch (JsonProcessingException e) {
			throw new AddonMarketException(ErrorCode.INTERNAL, "Stored JSON is unreadable: " + e.getOriginalMessage(),
			        null, e);
		}
	}

	private static String pointerOf(List<JsonMappingException.Reference> path) {
		StringBuilder pointer = new StringBuilder();
		for (JsonMappingException.Reference reference : path) {
			pointer.append('/').append(reference.getFieldName() != null ? reference.getFieldName()
			        : String.valueOf(reference.getIndex()));
		}
		return pointer.length() == 0 ? "/" : pointer.toString();
	}

	public ObjectMapper mapper() {
		return mapper;
	}

	/** @return 200 with the value as a JSON body */
	public ResponseEntity<String> ok(Object value) {
		return body(HttpStatus.OK, value);
	}

	/** @return 201 with the value as a JSON body */
	public ResponseEntity<String> created(Object value) {
		return body(HttpStatus.CREATED, value);
	}

	/**
	 * @return a response with this status and the value as a JSON body
	 */
	public ResponseEntity<String> body(HttpStatus status, Object value) {
		try {
			return ResponseEntity.status(status).contentType(MediaType.APPLICATION_JSON)
			        .body(mapper.writeValueAsString(value));
		}
		catch (JsonProcessingException e) {
			throw new AddonMarketException(ErrorCode.INTERNAL, "Could not write the response: " + e.getMessage(), null,
			        e);
		}
	}

	/**
	 * @return the error shape of DESIGN.md section 9: {@code {"error": {"code", "message", "field"}}}
	 */
	public ResponseEntity<String> error(HttpStatus status, String code, String message, String field) {
		return error(status, code, message, field, null);
	}

	/**
	 * @param errors every problem of a validation that found several (each with code, field, message), or null
	 * @return the error shape, with {@code errors} listing every problem when there are several
	 */
	public ResponseEntity<String> error(HttpStatus status, String code, String message, String field,
	        List<?> errors) {
		Map<String, Object> error = new LinkedHashMap<>();
		error.put("code", code);
		error.put("message", message);
		if (field != null) {
			error.put("field", field);
		}
		if (errors != null) {
			error.put("errors", errors);
		}
		return body(status, Map.of("error", error));
	}
}
