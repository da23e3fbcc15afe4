package org.openmrs.module.addonmarket.standalone.web;

import org.openmrs.module.addonmarket.error.ErrorCode;
import org.openmrs.module.addonmarket.web.ApiErrors;
import org.openmrs.module.addonmarket.web.ApiJson;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * The module's error mapping ({@link ApiErrors}, whose handlers this inherits) for the standalone server's own
 * controllers, which live outside the module's web package; plus a 400 for a query parameter of the wrong type.
 */
@ControllerAdvice(basePackages = "org.openmrs.module.addonmarket.standalone")
public class StandaloneApiErrors extends ApiErrors {

	private final ApiJson json;

	public StandaloneApiErrors(ApiJson json) {
		super(json);
		this.json = json;
	}

	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	public ResponseEntity<String> handle(MethodArgumentTypeMismatchException e) {
		return json.error(HttpStatus.BAD_REQUEST, ErrorCode.BAD_PARAMETER.code(),
		    "Parameter " + e.getName() + " has the wrong type", e.getName());
	}
}
