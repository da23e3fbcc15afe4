package org.openmrs.module.addonmarket.architecture.stubs;

/**
 * Plays a platform stand-in for {@code PlatformStubUsageTest}: the module code uses {@link #used()} and the
 * inherited {@code getUuid()}, and nothing uses {@link #unused()}.
 */
public final class FakePlatformClass extends FakePlatformBase {

	public static final String UNUSED_CONSTANT_NAME = "constant";

	private FakePlatformClass() {
	}

	public static FakePlatformClass used() {
		return new FakePlatformClass();
	}

	public static String unused() {
		return "unused";
	}
}
