package org.openmrs.module.addonmarket.access.decision;

import java.util.List;
import java.util.Objects;

import org.openmrs.module.addonmarket.catalog.scope.Scope;

/**
 * One scope of a grant with what it releases. Its canonical text is spelled once, here, not on every decision that
 * names it (the decision's text and the audit event carry it on every call).
 */
public final class ScopeTerms {

	private final Scope scope;

	private final boolean sensitive;

	private final List<String> elements;

	private final String canonical;

	/**
	 * @param scope the granted scope
	 * @param sensitive whether records with codes on the sensitive list are released under it
	 * @param elements the top-level elements a read returns (from the manifest's permission the scope was granted
	 *            for), empty for all
	 */
	public ScopeTerms(Scope scope, boolean sensitive, List<String> elements) {
		this.scope = Objects.requireNonNull(scope, "scope");
		this.sensitive = sensitive;
		this.elements = elements == null ? List.of() : List.copyOf(elements);
		this.canonical = scope.canonical();
	}

	/** A scope that releases every element and nothing sensitive. */
	public static ScopeTerms of(String scope) {
		return new ScopeTerms(Scope.parse(scope), false, List.of());
	}

	public Scope scope() {
		return scope;
	}

	public boolean sensitive() {
		return sensitive;
	}

	public List<String> elements() {
		return elements;
	}

	/** @return the scope in canonical form, as {@link Scope#canonical()} spells it */
	public String canonical() {
		return canonical;
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof ScopeTerms that && sensitive == that.sensitive && scope.equals(that.scope)
		        && elements.equals(that.elements);
	}

	@Override
	public int hashCode() {
		return Objects.hash(scope, sensitive, elements);
	}

	@Override
	public String toString() {
		return sensitive ? canonical + " (sensitive)" : canonical;
	}
}
