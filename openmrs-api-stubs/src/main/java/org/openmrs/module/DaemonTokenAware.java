// Checked against openmrs-core: api/src/main/java/org/openmrs/module/DaemonTokenAware.java (since 1.9.2, unchanged in
// the 2.9 development line): the one callback below, which the platform makes on a module's activator.
package org.openmrs.module;

/**
 * Stand-in for the OpenMRS platform interface of the same name. Compile-only: the platform's own interface is used at
 * run time.
 */
public interface DaemonTokenAware {

	/** Stand-in for the platform's callback handing the module its daemon token. */
	void setDaemonToken(DaemonToken token);
}
