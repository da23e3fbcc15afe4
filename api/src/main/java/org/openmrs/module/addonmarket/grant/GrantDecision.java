package org.openmrs.module.addonmarket.grant;

import java.time.Instant;
import java.util.List;

/**
 * What a grant says, before it is stored.
 *
 * @param scopes the granted scopes, canonical
 * @param egress the approved egress destinations
 * @param expiresAt when it stops allowing anything, or null
 * @param rationale why
 * @param at when it was decided
 * @param supersedesUuid the grant it replaces, or null
 */
public record GrantDecision(List<GrantedScope> scopes, List<String> egress, Instant expiresAt, String rationale,
        Instant at, String supersedesUuid) {

	public GrantDecision {
		scopes = List.copyOf(scopes);
		egress = List.copyOf(egress);
	}
}
