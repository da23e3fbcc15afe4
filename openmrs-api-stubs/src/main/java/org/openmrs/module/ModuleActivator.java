// Checked against openmrs-core: api/src/main/java/org/openmrs/module/ModuleActivator.java (the six callbacks below
// since 1.7, unchanged through the 2.9 development line, which adds two default methods the stand-in leaves out).
package org.openmrs.module;

/**
 * Stand-in for the OpenMRS platform interface of the same name (present since 1.7, unchanged in 2.6 to 2.8).
 * Compile-only: the platform's own class is used at run time.
 */
public interface ModuleActivator {

	void willRefreshContext();

	void contextRefreshed();

	void willStart();

	void started();

	void willStop();

	void stopped();
}
