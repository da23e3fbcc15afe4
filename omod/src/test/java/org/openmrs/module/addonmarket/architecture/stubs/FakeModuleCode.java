package org.openmrs.module.addonmarket.architecture.stubs;

/**
 * Plays the module's main code for {@code PlatformStubUsageTest}.
 */
public class FakeModuleCode {

	public String uuid() {
		return FakePlatformClass.used().getUuid();
	}
}
