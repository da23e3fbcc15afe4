package org.openmrs.module.addonmarket.web;

import java.util.Map;

import org.openmrs.module.addonmarket.error.AddonMarketException;
import org.openmrs.module.addonmarket.error.ErrorCode;

/**
 * Reads query parameters with errors that name the parameter.
 */
final class QueryParams {

	private QueryParams() {
	}

	static int integer(Map<String, String> query, String name, int fallback) {
		String value = query.get(name);
		if (value == null || value.isBlank()) {
			return fallback;
		}
		try {
			return Integer.parseInt(value.trim());
		}
		catch (NumberFormatException e) {
			throw new AddonMarketException(ErrorCode.BAD_PARAMETER,
			        name + " must be a whole number, got \"" + value + "\"", name, e);
		}
	}
}
