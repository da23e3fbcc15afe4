package org.openmrs.module.addonmarket.notice;

import org.openmrs.module.addonmarket.install.Installation;

/**
 * The module's own notices about an installation (its grant expired, …), as opposed to the notices add-ons raise
 * through the access gateway. Internal: no privilege is checked and nobody need be signed in, so only the module's
 * services call it, inside the transaction of the change the notice tells of (it is kept only if that change is).
 * Such a notice names the add-on it is about and is created by {@value NoticeOrigin#MODULE}.
 */
public interface ModuleNotices {

	/**
	 * Tells the installation's owner, the user who installed it, about it. Must be called inside a transaction.
	 *
	 * @param installation what the notice is about
	 * @param severity how urgent
	 * @param text what it says, at most {@link Notice#MAX_TEXT} characters (longer text is cut)
	 * @return the stored notice
	 */
	Notice tellOwner(Installation installation, NoticeSeverity severity, String text);
}
