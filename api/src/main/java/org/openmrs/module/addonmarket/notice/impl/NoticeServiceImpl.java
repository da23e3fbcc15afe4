package org.openmrs.module.addonmarket.notice.impl;

import java.util.List;

import org.openmrs.module.addonmarket.Privileges;
import org.openmrs.module.addonmarket.error.AddonMarketException;
import org.openmrs.module.addonmarket.error.ErrorCode;
import org.openmrs.module.addonmarket.host.Actor;
import org.openmrs.module.addonmarket.host.UserPrivileges;
import org.openmrs.module.addonmarket.notice.Notice;
import org.openmrs.module.addonmarket.notice.NoticeService;
import org.openmrs.module.addonmarket.notice.dao.NoticeDao;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * @see NoticeService
 */
@Service
@Transactional(readOnly = true)
public class NoticeServiceImpl implements NoticeService {

	private final NoticeDao notices;

	private final UserPrivileges privileges;

	public NoticeServiceImpl(NoticeDao notices, UserPrivileges privileges) {
		this.notices = notices;
		this.privileges = privileges;
	}

	@Override
	public List<Notice> getMyNotices(int max) {
		return getMyNotices(null, max);
	}

	@Override
	public List<Notice> getMyNotices(String patientUuid, int max) {
		Actor actor = privileges.require(Privileges.USE_ADDONS);
		if (max < 1 || max > MAX_NOTICES) {
			throw new AddonMarketException(ErrorCode.BAD_PARAMETER,
			        "max must be between 1 and " + MAX_NOTICES + ", got " + max, "max");
		}
		return notices.forUser(actor.uuid(), patientUuid == null || patientUuid.isBlank() ? null : patientUuid.strip(),
		    max);
	}
}
