package org.openmrs.module.addonmarket.catalog.scope;

import org.openmrs.module.addonmarket.catalog.manifest.ScopeSyntax;
import org.springframework.stereotype.Component;

/**
 * The manifest reader's check of every requested scope: the SMART v2 parser, with the scope's JSON pointer.
 */
@Component
public class ScopeSyntaxCheck implements ScopeSyntax {

	@Override
	public void check(String scope, String pointer) {
		Scope.parse(scope, pointer);
	}
}
