package org.openmrs.module.addonmarket.install;

import java.util.List;
import java.util.Optional;

import org.openmrs.module.addonmarket.catalog.PermissionDiff;
import org.openmrs.module.addonmarket.catalog.RequestedPermission;

/**
 * What installations need to know of their grants, and the grant changes their lifecycle causes. Implemented by
 * the grant capability, so that installations do not depend on it (grants refer to installations).
 */
public interface InstallationGrants {

	/** @return whether the installation's newest grant allows anything now */
	boolean inForce(Installation installation);

	/**
	 * @param requested what the new version asks for
	 * @param egress the egress destinations it declares
	 * @param runningEgress the egress destinations the running version declares
	 * @return the difference between the installation's grant in force (or nothing) and what a version asks for
	 */
	PermissionDiff diff(Installation installation, List<RequestedPermission> requested, List<String> egress,
	        List<String> runningEgress);

	/**
	 * Carries the grant in force over to a new version that asks for no more, narrowed to what it asks for.
	 *
	 * @param actorUuid who upgraded
	 */
	void narrowForUpgrade(Installation installation, String newVersion, List<RequestedPermission> requested,
	        List<String> egress, String actorUuid);

	/** Revokes whatever the installation holds, e.g. on uninstall. */
	void revokeAll(Installation installation, String actorUuid, String rationale);

	/**
	 * @return the newest approved version other than the one running, or empty when there is none
	 */
	Optional<String> lastApprovedOtherVersion(Installation installation);

	/** Re-issues the newest grant given for that version, so that it is in force again (rollback). */
	void restoreGrantOf(Installation installation, String version, String actorUuid);
}
