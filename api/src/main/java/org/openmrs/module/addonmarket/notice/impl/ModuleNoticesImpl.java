package org.openmrs.module.addonmarket.notice.impl;

import org.openmrs.module.addonmarket.host.ModuleClock;
import org.openmrs.module.addonmarket.install.Audience;
import org.openmrs.module.addonmarket.install.Installation;
import org.openmrs.module.addonmarket.notice.ModuleNotices;
import org.openmrs.module.addonmarket.notice.Notice;
import org.openmrs.module.addonmarket.notice.NoticeDraft;
import org.openmrs.module.addonmarket.notice.NoticeOrigin;
import org.openmrs.module.addonmarket.notice.NoticeSeverity;
import org.openmrs.module.addonmarket.notice.dao.NoticeDao;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * @see ModuleNotices
 */
@Service
@Transactional(propagation = Propagation.MANDATORY)
public class ModuleNoticesImpl implements ModuleNotices {

	private final NoticeDao notices;

	private final ModuleClock clock;

	public ModuleNoticesImpl(NoticeDao notices, ModuleClock clock) {
		this.notices = notices;
		this.clock = clock;
	}

	@Override
	public Notice tellOwner(Installation installation, NoticeSeverity severity, String text) {
		String words = text.length() > Notice.MAX_TEXT ? text.substring(0, Notice.MAX_TEXT) : text;
		NoticeOrigin origin = NoticeOrigin.module(installation.getUuid(), installation.getAddon().getAddonId(),
		    clock.now());
		return notices.save(new Notice(origin, new NoticeDraft(severity, words, null, null),
		        Audience.user(installation.getInstalledBy())));
	}
}
