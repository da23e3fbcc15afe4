package org.openmrs.module.addonmarket.audit;

import java.util.List;

/**
 * What an add-on declared it would do with data: the scopes its manifest asks for (canonical) and the egress URLs of
 * its manifest. The data-flow report compares this with what the audit log shows it did.
 *
 * @param scopes canonical SMART v2 scopes, e.g. {@code patient/Observation.rs?code=http://loinc.org|8480-6}
 * @param egress the URLs it may send data to; a destination is declared when it starts with one of them
 */
public record DeclaredFlow(List<String> scopes, List<String> egress) {

	public DeclaredFlow {
		scopes = scopes == null ? List.of() : List.copyOf(scopes);
		egress = egress == null ? List.of() : List.copyOf(egress);
	}

	/** @return a declaration of nothing, as for an add-on the caller knows nothing about */
	public static DeclaredFlow nothing() {
		return new DeclaredFlow(List.of(), List.of());
	}
}
