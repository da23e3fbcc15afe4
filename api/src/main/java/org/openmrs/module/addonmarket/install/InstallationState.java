package org.openmrs.module.addonmarket.install;

import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * Where an installation is in its life (DESIGN.md section 4), and which moves are legal from each state. Every
 * change of state goes through {@link #canMoveTo(InstallationState)}; an illegal move is refused with 409.
 */
public enum InstallationState {

	/** Installed, waiting for an administrator to grant what it asks for; touches no data. */
	PENDING_APPROVAL,
	/** Granted and running. */
	ACTIVE,
	/** Switched off by its owner or an administrator; keeps its grant. */
	DISABLED,
	/** An administrator refused the grant, with a rationale. */
	DENIED,
	/** Stopped by the kill switch; only an administrator resumes it. */
	SUSPENDED,
	/** Removed; its grants are revoked and its history stays. */
	UNINSTALLED;

	private static final Map<InstallationState, Set<InstallationState>> MOVES = new EnumMap<>(
	        InstallationState.class);

	static {
		MOVES.put(PENDING_APPROVAL, EnumSet.of(ACTIVE, DENIED, SUSPENDED, UNINSTALLED));
		MOVES.put(ACTIVE, EnumSet.of(DISABLED, SUSPENDED, PENDING_APPROVAL, UNINSTALLED));
		MOVES.put(DISABLED, EnumSet.of(ACTIVE, PENDING_APPROVAL, SUSPENDED, UNINSTALLED));
		MOVES.put(DENIED, EnumSet.of(UNINSTALLED));
		MOVES.put(SUSPENDED, EnumSet.of(ACTIVE, PENDING_APPROVAL, UNINSTALLED));
		MOVES.put(UNINSTALLED, EnumSet.noneOf(InstallationState.class));
	}

	/** @return the states this one may move to */
	public Set<InstallationState> next() {
		return Collections.unmodifiableSet(MOVES.get(this));
	}

	public boolean canMoveTo(InstallationState target) {
		return MOVES.get(this).contains(target);
	}

	/** @return whether the installation still exists for its users (not uninstalled, not denied) */
	public boolean isLive() {
		return this != UNINSTALLED && this != DENIED;
	}
}
