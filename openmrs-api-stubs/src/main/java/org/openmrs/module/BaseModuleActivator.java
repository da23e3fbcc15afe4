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
