package org.openmrs.module.addonmarket.catalog.scope;

import java.util.Collection;

import org.openmrs.module.addonmarket.error.AddonMarketException;
import org.openmrs.module.addonmarket.error.ErrorCode;

/**
 * Which parameters may narrow a scope, what their values look like, and when one value allows another. The parser
 * and the {@link Scope} constructor both check through here, so a scope built either way obeys the same rules.
 */
final class ParameterRules {

	private static final String TOKEN_FORMS = "system|code or code, e.g. \"http://loinc.org|8480-6\" or \"8480-6\"";

	private ParameterRules() {
	}

	/** Refuses a parameter the marketplace does not know or that the resource type does not take. */
	static void checkName(ResourceType resourceType, String name) {
		if (!ResourceType.ANY.parameters().contains(name)) {
			throw new AddonMarketException(ErrorCode.SCOPE_PARAMETER_UNKNOWN, "unknown parameter \"" + name
			        + "\"; expected one of " + String.join(", ", ResourceType.ANY.parameters()));
		}
		if (!resourceType.parameters().contains(name)) {
			String takes = resourceType.parameters().isEmpty() ? "no parameters"
			        : String.join(", ", resourceType.parameters());
			throw new AddonMarketException(ErrorCode.SCOPE_PARAMETER_NOT_ALLOWED, "parameter \"" + name
			        + "\" is not allowed for " + resourceType.fhirName() + "; " + resourceType.fhirName() + " takes " + takes);
		}
	}

	/** Refuses a parameter with no values or with a value that is not a token. */
	static void checkValues(String name, Collection<String> tokens) {
		if (tokens == null || tokens.isEmpty()) {
			throw emptyValue(name);
		}
		for (String token : tokens) {
			checkToken(name, token);
		}
	}

	/** Refuses a value that is neither {@code system|code} nor a bare {@code code}. */
	static void checkToken(String name, String token) {
		if (token == null || token.isEmpty()) {
			throw emptyValue(name);
		}
		int bar = token.indexOf('|');
		if (bar >= 0 && (bar == 0 || bar == token.length() - 1 || token.indexOf('|', bar + 1) >= 0)) {
			throw new AddonMarketException(ErrorCode.SCOPE_TOKEN_INVALID, "value \"" + token + "\" of parameter \"" + name
			        + "\" is neither system|code nor code; expected " + TOKEN_FORMS);
		}
	}

	static AddonMarketException emptyValue(String name) {
		return new AddonMarketException(ErrorCode.SCOPE_PARAMETER_EMPTY, "parameter \"" + name
		        + "\" has an empty value; expected one or more values separated by \",\", each " + TOKEN_FORMS);
	}

	/**
	 * @param restriction a value a scope allows
	 * @param token a record's value, or another scope's
	 * @return true if {@code restriction} allows {@code token}: they are equal, or {@code restriction} is a bare code
	 *         and {@code token} is that code in some system
	 */
	static boolean covers(String restriction, String token) {
		if (restriction.equals(token)) {
			return true;
		}
		if (token == null || restriction.indexOf('|') >= 0) {
			return false;
		}
		int bar = token.indexOf('|');
		return bar >= 0 && token.substring(bar + 1).equals(restriction);
	}
}
