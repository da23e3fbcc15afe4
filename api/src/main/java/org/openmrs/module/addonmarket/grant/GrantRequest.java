package org.openmrs.module.addonmarket.grant;

import java.time.Instant;
import java.util.List;

/**
 * An administrator's approval: which scopes (each one asked for, or narrower), which egress destinations, until
 * when, and why.
 *
 * @param scopes the scopes granted, e.g. {@code patient/Observation.rs?code=http://loinc.org|8480-6}
 * @param sensitiveScopes those of the granted scopes that also release data on the sensitive list
 * @param egress the approved egress destinations (each one the add-on declared)
 * @param expiresAt when the grant stops allowing anything, or null
 * @param rationale why, required
 * @param lockVersion the installation's lock version the administrator saw, or null: when it has changed since,
 *            someone else decided meanwhile and the approval is refused with 409
 */
public record GrantRequest(List<String> scopes, List<String> sensitiveScopes, List<String> egress, Instant expiresAt,
        String rationale, Integer lockVersion) {

	public GrantRequest {
		scopes = scopes == null ? List.of() : List.copyOf(scopes);
		sensitiveScopes = sensitiveScopes == null ? List.of() : List.copyOf(sensitiveScopes);
		egress = egress == null ? List.of() : List.copyOf(egress);
	}
}
