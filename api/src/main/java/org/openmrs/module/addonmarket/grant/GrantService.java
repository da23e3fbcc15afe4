package org.openmrs.module.addonmarket.grant;

import java.util.List;
import java.util.Optional;

import org.openmrs.module.addonmarket.error.AddonMarketException;
import org.openmrs.module.addonmarket.install.Installation;

/**
 * Administrators' decisions on what installations may access. Every decision is a new, immutable grant that
 * supersedes the previous one.
 */
public interface GrantService {

	/**
	 * Needs Grant Add-on Access.
	 *
	 * @return installations awaiting a decision, oldest first, with what they ask for
	 */
	List<ApprovalRequest> getApprovalQueue();

	/**
	 * Grants all or part of what an installation's awaited version asks for. Needs Grant Add-on Access; the
	 * approver may be neither a member of the add-on's publisher nor the installer. The installation becomes
	 * ACTIVE when every non-optional scope is granted (as asked or narrowed); otherwise it stays pending. An
	 * approved upgrade starts running its version.
	 *
	 * @throws AddonMarketException SEPARATION_OF_DUTIES, GRANT_SCOPE_NOT_REQUESTED (a scope wider than or unrelated to
	 *             what was asked), EGRESS_NOT_REQUESTED, EXPIRY_IN_PAST, REASON_REQUIRED, ILLEGAL_TRANSITION,
	 *             CONCURRENT_CHANGE when another administrator decided at the same time
	 */
	Grant approve(String installationUuid, GrantRequest request);

	/**
	 * Refuses an installation (or its awaited upgrade), with a rationale. Needs Grant Add-on Access.
	 */
	Installation deny(String installationUuid, String rationale);

	/**
	 * Takes everything back: a grant of nothing; the installation waits for approval again. Needs Grant Add-on
	 * Access.
	 */
	Grant revoke(String installationUuid, String rationale);

	/** Needs Browse Add-ons. @return the newest grant (in force, expired or a revocation), or empty */
	Optional<Grant> getCurrentGrant(String installationUuid);

	/** Needs Browse Add-ons. @return every grant of the installation, newest first */
	List<Grant> getGrantHistory(String installationUuid);

	/**
	 * Moves every ACTIVE installation whose grant has expired back to PENDING_APPROVAL, records a governance event for
	 * each and leaves a notice for its owner (the user who installed it) saying which add-on lost access and why. Run
	 * by the host's scheduler with no user; the gateway refuses an expired grant on every call regardless.
	 *
	 * @return the installations moved
	 */
	List<Installation> expireGrants();
}
