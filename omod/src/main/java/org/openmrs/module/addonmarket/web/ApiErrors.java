package org.openmrs.module.addonmarket.web;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.openmrs.module.addonmarket.catalog.manifest.InvalidManifestException;

import org.openmrs.module.addonmarket.error.AddonMarketException;
import org.openmrs.module.addonmarket.error.ErrorCode;
import org.openmrs.module.addonmarket.error.ErrorKind;
import org.openmrs.module.addonmarket.error.InvalidInputException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/**
 * The one place where errors become HTTP: each {@link ErrorKind} has one status. Applies only to the module's own
 * controllers, so that it never changes how another module's errors look.
 */
@ControllerAdvice(basePackageClasses = ApiErrors.class)
public class ApiErrors {

	private static final Logger log = LoggerFactory.getLogger(ApiErrors.class);

	private static final Map<ErrorKind, HttpStatus> STATUS = new EnumMap<>(ErrorKind.class);

	static {
		STATUS.put(ErrorKind.BAD_REQUEST, HttpStatus.BAD_REQUEST);
		STATUS.put(ErrorKind.UNAUTHENTICATED, HttpStatus.UNAUTHORIZED);
		STATUS.put(ErrorKind.FORBIDDEN, HttpStatus.FORBIDDEN);
		STATUS.put(ErrorKind.NOT_FOUND, HttpStatus.NOT_FOUND);
		STATUS.put(ErrorKind.CONFLICT, HttpStatus.CONFLICT);
		STATUS.put(ErrorKind.TOO_LARGE, HttpStatus.PAYLOAD_TOO_LARGE);
		STATUS.put(ErrorKind.INVALID, HttpStatus.UNPROCESSABLE_ENTITY);
		STATUS.put(ErrorKind.UNAVAILABLE, HttpStatus.SERVICE_UNAVAILABLE);
	}

	private final ApiJson json;

	public ApiErrors(ApiJson json) {
		this.json = json;
	}

	/** @return the HTTP status errors of this kind are answered with */
	public static HttpStatus statusOf(ErrorKind kind) {
		return STATUS.get(kind);
	}

	@ExceptionHandler(AddonMarketException.class)
	public ResponseEntity<String> handle(AddonMarketException e) {
		return json.error(statusOf(e.getCode().kind()), e.getCode().code(), e.getMessage(), e.getField(), details(e));
	}

	/** @return every error of a validation that found several, each with its code and JSON pointer; else null */
	private static List<Map<String, String>> details(AddonMarketException e) {
		List<Map<String, String>> details = new ArrayList<>();
		if (e instanceof InvalidInputException) {
			((InvalidInputException) e).getErrors().forEach(f -> details.add(detail(f.code(), f.pointer(), f.message())));
		}
		else if (e instanceof InvalidManifestException) {
			((InvalidManifestException) e).getErrors()
			        .forEach(f -> details.add(detail(f.code().code(), f.pointer(), f.message())));
		}
		return details.isEmpty() ? null : details;
	}

	private static Map<String, String> detail(String code, String field, String message) {
		Map<String, String> detail = new LinkedHashMap<>();
		detail.put("code", code);
		detail.put("field", field);
		detail.put("message", message);
		return detail;
	}

	/** Two people changed the same thing at once, or a unique rule was hit by a concurrent request. */
	@ExceptionHandler({ OptimisticLockingFailureException.class, DataIntegrityViolationException.class })
	public ResponseEntity<String> handleConflict(DataAccessException e) {
		log.info("Concurrent change refused: {}", e.getMessage());
		return json.error(HttpStatus.CONFLICT, ErrorCode.CONCURRENT_CHANGE.code(),
		    "Someone else changed this at the same time; nothing of this request was saved. Reload and try again.",
		    null);
	}

	@ExceptionHandler(DataAccessException.class)
	public ResponseEntity<String> handle(DataAccessException e) {
		log.error("Database failure in the Add-on Marketplace API", e);
		return json.error(HttpStatus.SERVICE_UNAVAILABLE, ErrorCode.STORAGE_UNAVAILABLE.code(),
		    "The database could not complete the request; nothing was changed", null);
	}
}
