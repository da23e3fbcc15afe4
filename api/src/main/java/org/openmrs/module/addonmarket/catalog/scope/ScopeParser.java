package org.openmrs.module.addonmarket.catalog.scope;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

import org.openmrs.module.addonmarket.error.AddonMarketException;
import org.openmrs.module.addonmarket.error.ErrorCode;

/**
 * Reads one scope string. Each refusal quotes the offending text and says what is expected, so that a message
 * prefixed with the JSON pointer of the scope tells the publisher all they need.
 */
final class ScopeParser {

	private static final String FORM = "expected context/Resource.permissions[?name=value&...], "
	        + "e.g. \"patient/Observation.rs\"";

	private static final String PARAMETER_FORM = "expected name=value, e.g. \"code=http://loinc.org|8480-6\"";

	/** SMART v1 permissions and their v2 equivalents. */
	private static final Map<String, String> V1 = Map.of("read", "rs", "write", "cud", "*", "cruds");

	private final String text;

	ScopeParser(String text) {
		this.text = text;
	}

	Scope parse() {
		checkCharacters();
		int question = text.indexOf('?');
		String head = question < 0 ? text : text.substring(0, question);
		String query = question < 0 ? null : text.substring(question + 1);
		int slash = head.indexOf('/');
		if (slash < 0) {
			throw syntax("scope \"" + text + "\" has no \"/\" after its context; " + FORM);
		}
		int dot = head.indexOf('.', slash + 1);
		if (dot < 0) {
			throw syntax("scope \"" + text + "\" has no \".\" before its permissions; " + FORM);
		}
		ScopeContext context = context(head.substring(0, slash));
		ResourceType resourceType = resourceType(head.substring(slash + 1, dot));
		Set<Permission> permissions = permissions(head.substring(0, dot), head.substring(dot + 1), query);
		SortedMap<String, SortedSet<String>> parameters = query == null ? Collections.emptySortedMap()
		        : parameters(resourceType, query);
		return new Scope(context, resourceType, permissions, parameters);
	}

	private void checkCharacters() {
		if (text == null || text.isEmpty()) {
			throw syntax("scope is empty; " + FORM);
		}
		if (text.codePoints().anyMatch(PercentEncoding::isSpaceOrControl)) {
			throw syntax("scope \"" + text + "\" holds a space or control character; " + FORM
			        + ", with spaces in values written as %20");
		}
	}

	private static ScopeContext context(String token) {
		return ScopeContext.fromToken(token).orElseThrow(() -> new AddonMarketException(ErrorCode.SCOPE_CONTEXT_UNKNOWN,
		        "unknown context \"" + token + "\"; expected one of patient, user, system"));
	}

	private static ResourceType resourceType(String name) {
		return ResourceType.fromFhirName(name).orElseThrow(() -> {
			StringBuilder expected = new StringBuilder();
			for (ResourceType type : ResourceType.values()) {
				expected.append(expected.length() == 0 ? "" : ", ").append(type.fhirName());
			}
			return new AddonMarketException(ErrorCode.SCOPE_RESOURCE_UNKNOWN,
			        "unknown resource type \"" + name + "\"; expected one of " + expected);
		});
	}

	private Set<Permission> permissions(String prefix, String letters, String query) {
		String v2 = V1.get(letters);
		if (v2 != null) {
			throw new AddonMarketException(ErrorCode.SCOPE_V1_FORM, "SMART v1 scope \"" + text + "\" is not accepted; "
			        + "write it as \"" + prefix + "." + v2 + (query == null ? "" : "?" + query) + "\"");
		}
		if (letters.isEmpty()) {
			throw badPermissions("scope \"" + text + "\" has no permissions after the \".\"");
		}
		Set<Permission> permissions = EnumSet.noneOf(Permission.class);
		for (char letter : letters.toCharArray()) {
			Permission permission = Permission.fromLetter(letter).orElseThrow(
			    () -> badPermissions("unknown permission \"" + letter + "\" in \"" + letters + "\""));
			if (!permissions.add(permission)) {
				throw badPermissions("permission \"" + letter + "\" appears twice in \"" + letters + "\"");
			}
		}
		String ordered = Scope.letters(permissions);
		if (!ordered.equals(letters)) {
			throw badPermissions("permissions \"" + letters + "\" are out of order; write them in the order cruds, as \""
			        + ordered + "\"");
		}
		return permissions;
	}

	private static AddonMarketException badPermissions(String problem) {
		return new AddonMarketException(ErrorCode.SCOPE_PERMISSIONS_INVALID, problem
		        + "; expected letters from cruds, each at most once and in that order, e.g. \"rs\"");
	}

	private SortedMap<String, SortedSet<String>> parameters(ResourceType resourceType, String query) {
		if (query.isEmpty()) {
			throw syntax("scope \"" + text + "\" has nothing after the \"?\"; " + PARAMETER_FORM);
		}
		SortedMap<String, SortedSet<String>> parameters = new TreeMap<>();
		for (String pair : query.split("&", -1)) {
			if (pair.isEmpty()) {
				throw syntax("scope \"" + text + "\" has an empty parameter; expected name=value pairs separated by "
				        + "one \"&\", e.g. \"code=http://loinc.org|8480-6&category=laboratory\"");
			}
			int equals = pair.indexOf('=');
			if (equals <= 0) {
				throw syntax("parameter \"" + pair + "\" has " + (equals < 0 ? "no \"=\"" : "no name") + "; "
				        + PARAMETER_FORM);
			}
			String name = pair.substring(0, equals);
			ParameterRules.checkName(resourceType, name);
			if (parameters.containsKey(name)) {
				throw new AddonMarketException(ErrorCode.SCOPE_PARAMETER_DUPLICATE, "parameter \"" + name
				        + "\" appears twice; expected it once, with all its values separated by \",\", e.g. \"" + name
				        + "=http://loinc.org|8480-6,http://loinc.org|8462-4\"");
			}
			parameters.put(name, tokens(name, pair.substring(equals + 1)));
		}
		return parameters;
	}

	private static SortedSet<String> tokens(String name, String value) {
		if (value.isEmpty()) {
			throw ParameterRules.emptyValue(name);
		}
		if (value.indexOf('=') >= 0) {
			throw syntax("value \"" + value + "\" of parameter \"" + name + "\" holds a raw \"=\"; expected it "
			        + "percent-encoded as %3D");
		}
		SortedSet<String> tokens = new TreeSet<>();
		for (String encoded : value.split(",", -1)) {
			if (encoded.isEmpty()) {
				throw new AddonMarketException(ErrorCode.SCOPE_PARAMETER_EMPTY, "value \"" + value + "\" of parameter \""
				        + name + "\" has an empty item; expected values separated by one \",\", with none empty");
			}
			String token = PercentEncoding.decode(encoded);
			ParameterRules.checkToken(name, token);
			tokens.add(token);
		}
		return tokens;
	}

	private static AddonMarketException syntax(String message) {
		return new AddonMarketException(ErrorCode.SCOPE_SYNTAX, message);
	}
}
