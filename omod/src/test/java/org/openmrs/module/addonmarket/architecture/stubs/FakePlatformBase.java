package org.openmrs.module.addonmarket.architecture.stubs;

/**
 * Plays a platform stand-in's superclass for {@code PlatformStubUsageTest}.
 */
public abstract class FakePlatformBase {

	FakePlatformBase() {
	}

	public String getUuid() {
		return "uuid";
	}
}
