package org.openmrs.module.addonmarket.notice;

import org.openmrs.module.addonmarket.host.ModuleClock;
import org.openmrs.module.addonmarket.install.Audience;
import org.openmrs.module.addonmarket.install.Installation;
import org.openmrs.module.addonmarket.notice.dao.NoticeDao;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The module's own notices about an installation (its grant expired, …), as opposed to the notices add-ons raise
 * through the access gateway. Internal: no privilege is checked and nobody need be signed in, so only the module's
 * services call it, inside the transaction of the change the notice tells of (it is kept only if that change is).
 * Such a notice names the add-on it is about and is created by {@value NoticeOrigin#MODULE}.
 */
@Component
public class ModuleNotices {

	private final NoticeDao notices;

	private final ModuleClock clock;

	public ModuleNotices(NoticeDao notices, ModuleClock clock) {
		this.notices = notices;
		this.clock = clock;
	}

	/**
	 * Tells the installation's owner, the user who installed it, about it.
	 *
	 * @param installation what the notice is about
	 * @param severity how urgent
	 * @param text what it says, at most {@link Notice#MAX_TEXT} characters (longer text is cut)
	 * @return the stored notice
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public Notice tellOwner(Installation installation, NoticeSeverity severity, String text) {
		String words = text.length() > Notice.MAX_TEXT ? text.substring(0, Notice.MAX_TEXT) : text;
		NoticeOrigin origin = NoticeOrigin.module(installation.getUuid(), installation.getAddon().getAddonId(),
		    clock.now());
		return notices.save(new Notice(origin, new NoticeDraft(severity, words, null, null),
		        Audience.user(installation.getInstalledBy())));
	}
}
