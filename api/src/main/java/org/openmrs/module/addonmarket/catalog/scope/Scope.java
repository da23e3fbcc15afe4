package org.openmrs.module.addonmarket.catalog.scope;

import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

import org.openmrs.module.addonmarket.error.AddonMarketException;
import org.openmrs.module.addonmarket.error.ErrorCode;

/**
 * A SMART App Launch v2 scope: what an add-on may do with which records, written
 * {@code context/Resource.permissions[?name=value&name=value…]}, e.g.
 * {@code patient/Observation.rs?code=http://loinc.org|8480-6,http://loinc.org|8462-4}.
 * <p>
 * A scope is a value: two spellings of the same scope (parameters in another order, values repeated or
 * percent-encoded) are equal, and {@link #toString()} gives the one canonical spelling. Every scope is valid; the
 * constructor refuses what {@link #parse(String)} would refuse.
 *
 * @param context whose records the scope reaches
 * @param resourceType the kind of record, or {@link ResourceType#ANY} for every kind
 * @param permissions what the scope lets the add-on do, never empty
 * @param parameters restrictions by parameter name ({@link #CODE}, {@link #TYPE}, {@link #CATEGORY}), each a
 *            non-empty set of tokens {@code system|code} or {@code code} of which a record must have one
 */
public record Scope(ScopeContext context, ResourceType resourceType, Set<Permission> permissions,
        SortedMap<String, SortedSet<String>> parameters) {

	/** The parameter that narrows Observations and Conditions by their code. */
	public static final String CODE = "code";

	/** The parameter that narrows Encounters by their type. */
	public static final String TYPE = "type";

	/** The parameter that narrows Observations, Conditions and Encounters by their category. */
	public static final String CATEGORY = "category";

	/**
	 * @throws AddonMarketException if the permissions are empty or a parameter is unknown, not allowed for the
	 *             resource type, without values or with a value that is not a token
	 */
	public Scope {
		Objects.requireNonNull(context, "context");
		Objects.requireNonNull(resourceType, "resourceType");
		if (permissions == null || permissions.isEmpty()) {
			throw new AddonMarketException(ErrorCode.SCOPE_PERMISSIONS_INVALID,
			        "a scope needs at least one permission; expected letters from cruds, in that order, e.g. \"rs\"");
		}
		permissions = Collections.unmodifiableSet(EnumSet.copyOf(permissions));
		parameters = copyOf(resourceType, parameters);
	}

	/** A scope that no parameter narrows. */
	public Scope(ScopeContext context, ResourceType resourceType, Set<Permission> permissions) {
		this(context, resourceType, permissions, null);
	}

	/**
	 * @param text a scope as an add-on manifest writes it
	 * @return the scope
	 * @throws AddonMarketException if {@code text} is not a valid SMART v2 scope; the message says what is wrong and
	 *             what is expected, and the field is null
	 */
	public static Scope parse(String text) {
		return new ScopeParser(text).parse();
	}

	/**
	 * @param text a scope as an add-on manifest writes it
	 * @param pointer the JSON pointer of {@code text} in the manifest, e.g. {@code /permissions/0/scope}
	 * @return the scope
	 * @throws AddonMarketException if {@code text} is not a valid SMART v2 scope, with {@code pointer} as its field
	 */
	public static Scope parse(String text, String pointer) {
		try {
			return parse(text);
		}
		catch (AddonMarketException e) {
			throw new AddonMarketException(e.getCode(), e.getMessage(), pointer, e);
		}
	}

	/**
	 * @return the one spelling of this scope: permissions in the order cruds, parameters sorted by name, values sorted
	 *         without repeats, and percent-encoded only where a character would otherwise be read as syntax or
	 *         whitespace ({@code & = , %} and spaces)
	 */
	public String canonical() {
		StringBuilder out = new StringBuilder(context.token()).append('/').append(resourceType.fhirName()).append('.')
		        .append(letters(permissions));
		char separator = '?';
		for (Map.Entry<String, SortedSet<String>> parameter : parameters.entrySet()) {
			out.append(separator).append(parameter.getKey()).append('=');
			String comma = "";
			for (String token : parameter.getValue()) {
				out.append(comma).append(PercentEncoding.encodeValue(token));
				comma = ",";
			}
			separator = '&';
		}
		return out.toString();
	}

	/** @return {@link #canonical()} */
	@Override
	public String toString() {
		return canonical();
	}

	/**
	 * Whether this scope allows every call {@code other} allows. A {@code user} scope covers a {@code patient} one; a
	 * {@code system} scope covers only {@code system} ones. Resource {@code *} covers every resource type. Each
	 * parameter this scope restricts, {@code other} must restrict to values this scope allows; so a scope with no
	 * restriction covers any restriction, and a restricted scope never covers an unrestricted one.
	 *
	 * @param other another scope
	 * @return true if this scope is at least as broad as {@code other}
	 */
	public boolean covers(Scope other) {
		return context.covers(other.context)
		        && (resourceType == ResourceType.ANY || resourceType == other.resourceType)
		        && permissions.containsAll(other.permissions) && parametersCover(other);
	}

	/**
	 * @param other another scope
	 * @return true if {@code other} covers this scope and the two differ: this scope is strictly narrower
	 */
	public boolean narrows(Scope other) {
		return other.covers(this) && !equals(other);
	}

	/**
	 * Whether this scope lets an add-on act on records of a type. The caller checks the context and, for each record,
	 * {@link #matchesParameter(String, Collection)}.
	 *
	 * @param permission what the add-on would do
	 * @param resourceType the record's type, e.g. {@code Observation}
	 * @return true if this scope grants {@code permission} on that type
	 */
	public boolean allows(Permission permission, String resourceType) {
		return permissions.contains(permission)
		        && (this.resourceType == ResourceType.ANY || this.resourceType.fhirName().equals(resourceType));
	}

	/**
	 * Whether a record's values of one parameter satisfy this scope. Tokens compare as {@code system|code}; a
	 * restriction to a bare {@code code} matches that code in any system. A record with no value for a restricted
	 * parameter does not match.
	 *
	 * @param name a parameter name, e.g. {@link #CODE}
	 * @param recordTokens the record's values of that parameter, each {@code system|code} (or a bare code)
	 * @return true if this scope does not restrict {@code name} or one of {@code recordTokens} is allowed
	 */
	public boolean matchesParameter(String name, Collection<String> recordTokens) {
		SortedSet<String> allowed = parameters.get(name);
		if (allowed == null) {
			return true;
		}
		if (recordTokens == null) {
			return false;
		}
		for (String token : recordTokens) {
			if (anyCovers(allowed, token)) {
				return true;
			}
		}
		return false;
	}

	/**
	 * Whether one allowed value admits one record value, by the rule scopes use: equal, or a bare {@code code}
	 * admitting that code in any system. Lists of codes that are not scopes (the sensitive-code list) match by it
	 * too, so that both agree on what a code is.
	 *
	 * @param allowed a value such as {@code http://loinc.org|8480-6} or {@code 8480-6}
	 * @param token a record's value, {@code system|code} or a bare code
	 * @return true if {@code allowed} admits {@code token}
	 */
	public static boolean admits(String allowed, String token) {
		return allowed != null && ParameterRules.covers(allowed, token);
	}

	/**
	 * @return what this scope lets an add-on do, in plain language for the people who approve it, e.g. "Read and
	 *         search this patient's Observations with code LOINC 8480-6 or LOINC 8462-4"
	 */
	public String describe() {
		return ScopeWording.describe(this);
	}

	static String letters(Set<Permission> permissions) {
		StringBuilder letters = new StringBuilder();
		for (Permission permission : permissions) {
			letters.append(permission.letter());
		}
		return letters.toString();
	}

	private boolean parametersCover(Scope other) {
		for (Map.Entry<String, SortedSet<String>> restriction : parameters.entrySet()) {
			SortedSet<String> otherValues = other.parameters.get(restriction.getKey());
			if (otherValues == null) {
				return false;
			}
			for (String token : otherValues) {
				if (!anyCovers(restriction.getValue(), token)) {
					return false;
				}
			}
		}
		return true;
	}

	private static boolean anyCovers(Set<String> restrictions, String token) {
		for (String restriction : restrictions) {
			if (ParameterRules.covers(restriction, token)) {
				return true;
			}
		}
		return false;
	}

	private static SortedMap<String, SortedSet<String>> copyOf(ResourceType resourceType,
	        Map<String, ? extends Collection<String>> parameters) {
		SortedMap<String, SortedSet<String>> copy = new TreeMap<>();
		if (parameters != null) {
			for (Map.Entry<String, ? extends Collection<String>> parameter : parameters.entrySet()) {
				ParameterRules.checkName(resourceType, parameter.getKey());
				ParameterRules.checkValues(parameter.getKey(), parameter.getValue());
				copy.put(parameter.getKey(), Collections.unmodifiableSortedSet(new TreeSet<>(parameter.getValue())));
			}
		}
		return Collections.unmodifiableSortedMap(copy);
	}
}
