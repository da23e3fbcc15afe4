package org.openmrs.module.addonmarket.standalone.cli;

import java.util.List;

import org.openmrs.module.addonmarket.catalog.manifest.InvalidManifestException;
import org.openmrs.module.addonmarket.catalog.pkg.AddonPackageReader;
import org.openmrs.module.addonmarket.error.AddonMarketException;
import org.openmrs.module.addonmarket.error.ErrorCode;

/**
 * One fault in an add-on, printed as one line: {@code addon.json /permissions/0/scope: unknown resource type
 * "Obsrvation"; expected one of … (ADDON-0203)}.
 *
 * @param file the file it is in, as the user reads it
 * @param pointer the JSON pointer of the value at fault in addon.json, or {@code ""} when the fault is not in one
 *            value
 * @param message what is wrong and what is expected
 * @param code the catalog's error code
 */
record Problem(String file, String pointer, String message, ErrorCode code) {

	/** @return one problem for each error in the manifest, in document order */
	static List<Problem> of(InvalidManifestException invalid) {
		return invalid.getErrors().stream()
		        .map(e -> new Problem(AddonPackageReader.MANIFEST, e.pointer(), e.message(), e.code())).toList();
	}

	/**
	 * @param file the file the error is about
	 * @param error what the catalog said
	 * @return the problem, with the catalog's message as it is
	 */
	static Problem in(String file, AddonMarketException error) {
		return new Problem(file, "", error.getMessage(), error.getCode());
	}

	/**
	 * @param error what the package reader said about one of a folder's files, naming the file as its field, or
	 *            about the whole package
	 * @param folder the folder, as the user reads it: the file of an error about the whole package
	 * @return the problem, naming the file once
	 */
	static Problem inFolder(AddonMarketException error, String folder) {
		if (error.getField() == null) {
			return in(folder, error);
		}
		String prefix = "Entry \"" + error.getField() + "\" ";
		String message = error.getMessage().startsWith(prefix) ? error.getMessage().substring(prefix.length())
		        : error.getMessage();
		return new Problem(error.getField(), "", message, error.getCode());
	}

	/** @return the problem as one line */
	String line() {
		String where = pointer.isEmpty() ? file : file + " " + pointer;
		return (where + ": " + message + " (" + code.code() + ")").replaceAll("\\R", " ");
	}
}
