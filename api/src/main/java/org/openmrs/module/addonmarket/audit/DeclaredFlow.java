package org.openmrs.module.addonmarket.audit;

import java.util.List;

/**
 * What an add-on declared it would do with data, and what it was allowed: the scopes its manifest asks for
 * (canonical), the egress URLs of its manifest, and the scopes its active installations' grants hold now. The
 * data-flow report compares this with what the audit log shows it did.
 *
 * @param scopes canonical SMART v2 scopes, e.g. {@code patient/Observation.rs?code=http://loinc.org|8480-6}
 * @param egress the URLs it may send data to; a destination is declared when it starts with one of them
 * @param granted the canonical scopes granted to its active installations now (a grant may hold fewer or narrower
 *            scopes than the manifest asks for); a granted scope no call used in the period is drift: the grant
 *            could be narrowed
 */
public record DeclaredFlow(List<String> scopes, List<String> egress, List<String> granted) {

	public DeclaredFlow {
		scopes = scopes == null ? List.of() : List.copyOf(scopes);
		egress = egress == null ? List.of() : List.copyOf(egress);
		granted = granted == null ? List.of() : List.copyOf(granted);
	}

	/** A declaration of an add-on that holds no grant now. */
	public DeclaredFlow(List<String> scopes, List<String> egress) {
		this(scopes, egress, List.of());
	}

	/** @return a declaration of nothing, as for an add-on the caller knows nothing about */
	public static DeclaredFlow nothing() {
		return new DeclaredFlow(List.of(), List.of(), List.of());
	}
}
