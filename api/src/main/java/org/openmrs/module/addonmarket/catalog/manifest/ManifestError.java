package org.openmrs.module.addonmarket.catalog.manifest;

import java.io.Serializable;

import org.openmrs.module.addonmarket.error.ErrorCode;

/**
 * One thing wrong with a manifest.
 *
 * @param code what kind of fault it is
 * @param pointer the JSON pointer of the offending value in addon.json; for a missing or unknown field, the pointer
 *            that field has or would have; {@code ""} for the whole document
 * @param message what is wrong and what is expected, without the pointer
 */
public record ManifestError(ErrorCode code, String pointer, String message) implements Serializable {

	/** @return the pointer and the message, as one line a person reads */
	public String describe() {
		return (pointer.isEmpty() ? "addon.json" : pointer) + ": " + message;
	}
}
