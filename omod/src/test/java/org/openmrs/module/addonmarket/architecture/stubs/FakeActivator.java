package org.openmrs.module.addonmarket.architecture.stubs;

import org.openmrs.module.BaseModuleActivator;

/**
 * Plays the module's activator for {@code PlatformStubUsageTest}: overrides one callback and inherits the others.
 */
public class FakeActivator extends BaseModuleActivator {

	@Override
	public void started() {
		// the platform calls this; nothing to do in the fixture
	}
}
