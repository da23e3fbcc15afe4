package org.openmrs.module.addonmarket.notice;

import java.util.List;

import org.openmrs.module.addonmarket.error.AddonMarketException;

/**
 * The notices add-ons raised, for the people they are meant for. Add-ons raise them only through the access gateway
 * ({@code AccessGateway.create(context, "Notice", json)}, under a {@code Notice.c} scope).
 */
public interface NoticeService {

	/** The most notices one call returns. */
	int MAX_NOTICES = 500;

	/**
	 * Needs Use Add-ons. The notices whose audience includes the signed-in user: addressed to them by uuid, or to the
	 * organisation. Notices for a role or a location are not matched: the host ports do not say which roles a user
	 * holds or where they work.
	 *
	 * @param max the most to return, 1 to {@link #MAX_NOTICES}
	 * @return the notices, newest first
	 * @throws AddonMarketException BAD_PARAMETER when max is out of range
	 */
	List<Notice> getMyNotices(int max);

	/**
	 * Needs Use Add-ons. As {@link #getMyNotices(int)}, about one patient only.
	 *
	 * @param patientUuid the patient the notices are about, or null for every notice
	 * @param max the most to return, 1 to {@link #MAX_NOTICES}
	 * @return the notices, newest first
	 * @throws AddonMarketException BAD_PARAMETER when max is out of range
	 */
	List<Notice> getMyNotices(String patientUuid, int max);
}
