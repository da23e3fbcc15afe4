package org.openmrs.module.addonmarket.catalog.manifest;

import java.util.regex.Pattern;

import org.openmrs.module.addonmarket.error.AddonMarketException;
import org.openmrs.module.addonmarket.error.ErrorCode;

/**
 * A stand-in for the SMART v2 scope parser while it is written elsewhere: accepts
 * {@code context/Resource.permissions[?query]} with the contexts, resources and permission letters of DESIGN.md
 * section 3, and refuses anything else with MANIFEST_VALUE_INVALID (the real parser uses its own ADDON-02xx codes).
 */
public final class TestScopes {

	private static final Pattern SCOPE = Pattern
	        .compile("(patient|user|system)/(Patient|Observation|Encounter|Condition|Notice|\\*)\\.c?r?u?d?s?(\\?.+)?");

	/** Checks scopes as described above. */
	public static final ScopeSyntax SYNTAX = (scope, pointer) -> {
		if (!SCOPE.matcher(scope).matches() || scope.matches("[^.]*\\.(\\?.*)?")) {
			throw new AddonMarketException(ErrorCode.MANIFEST_VALUE_INVALID, pointer + ": \"" + scope
			        + "\" is not a SMART v2 scope; expected context/Resource.cruds, e.g. patient/Observation.rs", pointer);
		}
	};

	private TestScopes() {
	}

	/** @return a manifest reader that checks scopes with {@link #SYNTAX} */
	public static ManifestReader manifestReader() {
		return new ManifestReader(SYNTAX);
	}
}
