package org.openmrs.module.addonmarket.notice.dao;

import java.util.List;

import org.openmrs.module.addonmarket.notice.Notice;

/**
 * Storage of notices. Notices are only ever added.
 */
public interface NoticeDao {

	Notice save(Notice notice);

	/**
	 * @param userUuid a user
	 * @param patientUuid the patient they are about, or null for any
	 * @param max the most to return
	 * @return notices addressed to that user or to the organisation, newest first
	 */
	List<Notice> forUser(String userUuid, String patientUuid, int max);
}
