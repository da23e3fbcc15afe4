package org.openmrs.module.addonmarket.openmrs;

import org.openmrs.module.BaseModuleActivator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Told by OpenMRS when the module starts and stops.
 */
public class AddonMarketActivator extends BaseModuleActivator {

	private static final Logger log = LoggerFactory.getLogger(AddonMarketActivator.class);

	@Override
	public void started() {
		log.info("Add-on Marketplace started");
	}

	@Override
	public void stopped() {
		log.info("Add-on Marketplace stopped");
	}
}
