package org.openmrs.module.addonmarket.runtime.dao;

import java.time.Instant;
import java.util.List;

import org.openmrs.module.addonmarket.runtime.ScheduleClaim;

/**
 * Storage of schedule claims.
 */
public interface ScheduleClaimDao {

	/**
	 * Inserts the claim at once (not at commit), so that a claim another server holds fails here.
	 *
	 * @return true when inserted; false when a claim of the same installation, handler and tick exists, in which
	 *         case the caller must roll its transaction back
	 */
	boolean insertIfAbsent(ScheduleClaim claim);

	/** @return the claims of one installation's schedule handler, oldest tick first */
	List<ScheduleClaim> find(String installationUuid, String handler);

	/**
	 * @param before the oldest tick to keep
	 * @return how many claims were deleted
	 */
	int deleteTicksBefore(Instant before);
}
