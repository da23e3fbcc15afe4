package org.openmrs.module.addonmarket.inventory;

import java.time.Instant;
import java.util.List;

import org.openmrs.module.addonmarket.audit.DataFlowReport;

/**
 * What a health system must always know: every add-on that runs in it, who approved what, and where patient data
 * flowed compared with what each add-on declared.
 */
public interface InventoryService {

	/**
	 * Every live installation in the organisation (uninstalled ones are left out), with its grant and last
	 * activity. Needs Manage Add-ons, Grant Add-on Access or View Add-on Access Log.
	 */
	List<InventoryEntry> getInventory();

	/**
	 * Declared against observed, per add-on, over [from, to): what the running versions of its installations ask
	 * for against what the audit log shows it did. Needs View Add-on Access Log.
	 */
	DataFlowReport getDataFlow(Instant from, Instant to);
}
