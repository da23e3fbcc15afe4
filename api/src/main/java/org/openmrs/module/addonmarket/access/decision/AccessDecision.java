package org.openmrs.module.addonmarket.access.decision;

import java.util.List;
import java.util.Objects;

/**
 * The gateway's answer to one call: the reason (which says whether it is permitted), in words, and what permitted
 * it. A denial names the grant it looked at, if any, and no scope.
 *
 * @param reason why; {@link AccessReason#permits()} says whether the call may go ahead
 * @param text the reason in words, for auditors and the add-on's developer
 * @param grantUuid the grant that decided, or null when there is none
 * @param permitting every granted scope that permits the call, in the grant's order; empty for denials and egress.
 *            A returned record is released when one of them admits it
 * @param egressEntry the approved egress destination a permitted egress call lies under, or null
 */
public record AccessDecision(AccessReason reason, String text, String grantUuid, List<ScopeTerms> permitting,
        String egressEntry) {

	public AccessDecision {
		Objects.requireNonNull(reason, "reason");
		Objects.requireNonNull(text, "text");
		permitting = permitting == null ? List.of() : List.copyOf(permitting);
	}

	/** @return a denial for that reason, naming the grant looked at (or null) */
	public static AccessDecision deny(AccessReason reason, String text, String grantUuid) {
		if (reason.permits()) {
			throw new IllegalArgumentException(reason + " does not deny");
		}
		return new AccessDecision(reason, text, grantUuid, List.of(), null);
	}

	/** @return whether the call may go ahead */
	public boolean isPermit() {
		return reason.permits();
	}

	/** @return the scope that permitted the call, the first of {@link #permitting()}, or null */
	public ScopeTerms scope() {
		return permitting.isEmpty() ? null : permitting.get(0);
	}

	/** @return the permitting scope in canonical form, or null */
	public String scopeText() {
		return permitting.isEmpty() ? null : permitting.get(0).canonical();
	}

	@Override
	public String toString() {
		return reason + ": " + text;
	}
}
