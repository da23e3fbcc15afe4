package org.openmrs.module.addonmarket.runtime.background;

import java.util.Objects;

import org.openmrs.module.addonmarket.runtime.impl.RunnableInstallations;
import org.springframework.stereotype.Component;

/**
 * Keeps the {@link HandlerTable} of the ACTIVE installations. Each look-up costs one aggregate query (the
 * installations' change stamp: their count and the sum of their lock versions, no rows loaded); the table is
 * rebuilt only when the stamp moved, which any change to any installation does, on this server or on another
 * one sharing the database. Callers run inside the host's system context: the look-up reads the database.
 */
@Component
class ActiveHandlers {

	private final RunnableInstallations installations;

	private volatile HandlerTable table = HandlerTable.EMPTY;

	ActiveHandlers(RunnableInstallations installations) {
		this.installations = installations;
	}

	/** @return the table as of now */
	HandlerTable current() {
		String stamp = installations.changeStamp();
		HandlerTable known = table;
		if (Objects.equals(known.stamp(), stamp)) {
			return known;
		}
		synchronized (this) {
			if (!Objects.equals(table.stamp(), stamp)) {
				table = new HandlerTable(stamp, installations.active());
			}
			return table;
		}
	}
}
