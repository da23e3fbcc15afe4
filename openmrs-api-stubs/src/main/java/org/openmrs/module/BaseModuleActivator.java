// Checked against openmrs-core: api/src/main/java/org/openmrs/module/BaseModuleActivator.java (abstract since 1.7,
// with empty implementations of the six callbacks below; the 2.9 development line adds two the stand-in leaves out).
package org.openmrs.module;

/**
 * Stand-in for the OpenMRS platform class of the same name: a {@link ModuleActivator} whose callbacks do nothing.
 * Compile-only: the platform's own class is used at run time.
 */
public abstract class BaseModuleActivator implements ModuleActivator {

	@Override
	public void contextRefreshed() {
	}

	@Override
	public void started() {
	}

	@Override
	public void stopped() {
	}

	@Override
	public void willRefreshContext() {
	}

	@Override
	public void willStart() {
	}

	@Override
	public void willStop() {
	}
}
