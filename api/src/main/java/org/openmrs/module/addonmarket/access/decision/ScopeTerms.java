package org.openmrs.module.addonmarket.access.decision;

import java.util.List;
import java.util.Objects;

import org.openmrs.module.addonmarket.catalog.scope.Scope;

/**
 * One scope of a grant with what it releases.
 *
 * @param scope the granted scope
 * @param sensitive whether records with codes on the sensitive list are released under it
 * @param elements the top-level elements a read returns (from the manifest's permission the scope was granted
 *            for), empty for all
 */
public record ScopeTerms(Scope scope, boolean sensitive, List<String> elements) {

	public ScopeTerms {
		Objects.requireNonNull(scope, "scope");
		elements = elements == null ? List.of() : List.copyOf(elements);
	}

	/** A scope that releases every element and nothing sensitive. */
	public static ScopeTerms of(String scope) {
		return new ScopeTerms(Scope.parse(scope), false, List.of());
	}

	@Override
	public String toString() {
		return scope.canonical() + (sensitive ? " (sensitive)" : "");
	}
}
