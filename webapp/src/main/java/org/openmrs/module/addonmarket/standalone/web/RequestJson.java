package org.openmrs.module.addonmarket.standalone.web;

import java.util.stream.Collectors;

import org.openmrs.module.addonmarket.error.AddonMarketException;
import org.openmrs.module.addonmarket.error.ErrorCode;
import org.openmrs.module.addonmarket.web.ApiJson;
import org.springframework.stereotype.Component;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;

/**
 * Reads a request's JSON body with the module's own Jackson settings (as {@link ApiJson} writes answers), and
 * turns what is wrong with it into a 400 that names the field.
 */
@Component
public class RequestJson {

	private final ApiJson json;

	public RequestJson(ApiJson json) {
		this.json = json;
	}

	/**
	 * @return the body as that type
	 * @throws AddonMarketException BAD_PARAMETER when there is no body, it is not JSON, has an unknown field or a
	 *             field of the wrong type
	 */
	public <T> T read(String body, Class<T> type) {
		if (body == null || body.isBlank()) {
			throw new AddonMarketException(ErrorCode.BAD_PARAMETER, "The request needs a JSON body");
		}
		try {
			return json.mapper().readValue(body, type);
		}
		catch (UnrecognizedPropertyException e) {
			throw new AddonMarketException(ErrorCode.BAD_PARAMETER, "Unknown field \"" + e.getPropertyName() + "\"",
			        pointer(e), e);
		}
		catch (MismatchedInputException e) {
			throw new AddonMarketException(ErrorCode.BAD_PARAMETER, "A field has the wrong type", pointer(e), e);
		}
		catch (JsonProcessingException e) {
			throw new AddonMarketException(ErrorCode.BAD_PARAMETER, "The request body is not valid JSON", null, e);
		}
	}

	/** @return the JSON pointer of the value at fault, e.g. {@code /roles/0} */
	private static String pointer(JsonMappingException e) {
		return e.getPath().stream()
		        .map(reference -> "/" + (reference.getFieldName() != null ? reference.getFieldName() : reference.getIndex()))
		        .collect(Collectors.joining());
	}
}
