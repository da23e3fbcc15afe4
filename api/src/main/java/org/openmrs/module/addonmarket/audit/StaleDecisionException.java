package org.openmrs.module.addonmarket.audit;

/**
 * An event was not recorded because the installation its decision was made on changed before the event could be
 * committed (see {@link DecidedAt}). Nothing was recorded and nothing may be released: the caller decides again on
 * the installation as it is now.
 */
public class StaleDecisionException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	private final DecidedAt decidedAt;

	public StaleDecisionException(DecidedAt decidedAt, Integer currentVersion) {
		super("Installation " + decidedAt.installationUuid() + " changed (version " + decidedAt.lockVersion() + " → "
		        + (currentVersion == null ? "gone" : currentVersion) + ") after the decision; decide again", null, false,
		        false);
		this.decidedAt = decidedAt;
	}

	/** @return what the stale decision was made on */
	public DecidedAt getDecidedAt() {
		return decidedAt;
	}
}
