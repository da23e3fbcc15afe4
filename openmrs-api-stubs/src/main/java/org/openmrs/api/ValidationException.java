// Checked against openmrs-core: api/src/main/java/org/openmrs/api/ValidationException.java: thrown by the save
// methods when a validator rejects the object. The platform's class extends APIException (a RuntimeException); the
// stand-in leaves that class out because the omod only catches this one.
package org.openmrs.api;

/**
 * Stand-in for the OpenMRS platform exception of the same name. Compile-only: the platform's own class is used at run
 * time. Its constructor is private here because the omod only catches it.
 */
public class ValidationException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	private ValidationException() {
	}
}
