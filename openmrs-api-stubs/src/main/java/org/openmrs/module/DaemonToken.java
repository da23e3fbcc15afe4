// Checked against openmrs-core: api/src/main/java/org/openmrs/module/DaemonToken.java (since 1.9.2): the token the
// platform gives a module to run code as its daemon user.
package org.openmrs.module;

/**
 * Stand-in for the OpenMRS platform class of the same name: the omod only keeps and passes it on. Compile-only: the
 * platform's own class is used at run time.
 */
public class DaemonToken {

	private DaemonToken() {
	}
}
