package org.openmrs.module.addonmarket.web;

import java.util.LinkedHashMap;
import java.util.Map;

import org.openmrs.module.addonmarket.error.AddonMarketException;
import org.openmrs.module.addonmarket.error.ErrorCode;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/**
 * Writes the API's JSON with the module's own Jackson settings, independent of whatever message converters the
 * host's dispatcher has (OpenMRS's {@code /ws} dispatcher is configured by the platform and other modules).
 */
@Component
public class JsonResponses {

	private final ObjectMapper mapper = new ObjectMapper().registerModule(new JavaTimeModule())
	        .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

	public ObjectMapper mapper() {
		return mapper;
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
		Map<String, Object> error = new LinkedHashMap<>();
		error.put("code", code);
		error.put("message", message);
		if (field != null) {
			error.put("field", field);
		}
		return body(status, Map.of("error", error));
	}
}
