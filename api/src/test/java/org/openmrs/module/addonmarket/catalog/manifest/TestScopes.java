package org.openmrs.module.addonmarket.catalog.manifest;

import org.openmrs.module.addonmarket.catalog.scope.ScopeSyntaxCheck;

/**
 * The manifest reader as the module wires it, with the real SMART v2 scope parser, for tests that build one
 * without Spring.
 */
public final class TestScopes {

	/** Checks scopes with the real SMART v2 parser. */
	public static final ScopeSyntax SYNTAX = new ScopeSyntaxCheck();

	private TestScopes() {
	}

	/** @return a manifest reader that checks scopes with {@link #SYNTAX} */
	public static ManifestReader manifestReader() {
		return new ManifestReader(SYNTAX);
	}
}
