package org.openmrs.module.addonmarket.access.decision;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * What an installation's newest grant says, as the decision needs it.
 *
 * @param uuid the grant's uuid
 * @param revocation whether the grant takes everything back
 * @param expiresAt when it stops allowing anything, or null for never
 * @param scopes the granted scopes, in the grant's order
 * @param egress the approved egress destinations
 */
public record GrantTerms(String uuid, boolean revocation, Instant expiresAt, List<ScopeTerms> scopes,
        List<String> egress) {

	public GrantTerms {
		Objects.requireNonNull(uuid, "uuid");
		scopes = scopes == null ? List.of() : List.copyOf(scopes);
		egress = egress == null ? List.of() : List.copyOf(egress);
	}

	/** @return whether the expiry has passed at that time (at the expiry itself it has) */
	public boolean expiredAt(Instant at) {
		return expiresAt != null && !at.isBefore(expiresAt);
	}
}
