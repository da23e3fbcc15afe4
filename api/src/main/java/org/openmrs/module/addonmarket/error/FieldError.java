package org.openmrs.module.addonmarket.error;

/**
 * One thing wrong with one value of a request or document.
 *
 * @param code the stable code of the problem
 * @param pointer the JSON pointer of the offending value, e.g. {@code /permissions/0/scope}
 * @param message what is wrong and what is expected
 */
public record FieldError(String code, String pointer, String message) {

	@Override
	public String toString() {
		return pointer + ": " + message;
	}
}
