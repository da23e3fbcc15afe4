package org.openmrs.module.addonmarket.catalog.manifest;

import java.util.List;
import java.util.stream.Collectors;

import org.openmrs.module.addonmarket.error.AddonMarketException;

/**
 * A manifest that is not valid, with everything wrong with it. Its code and field are those of the first error, in
 * document order, so a caller that shows one error shows the first.
 */
public class InvalidManifestException extends AddonMarketException {

	private static final long serialVersionUID = 1L;

	/** The message lists at most this many errors; {@link #getErrors()} has them all. */
	public static final int MAX_DESCRIBED = 25;

	private final List<ManifestError> errors;

	/**
	 * @param errors what is wrong, at least one
	 */
	public InvalidManifestException(List<ManifestError> errors) {
		super(errors.get(0).code(), describe(errors), errors.get(0).pointer());
		this.errors = List.copyOf(errors);
	}

	/** @return every error found, in document order */
	public List<ManifestError> getErrors() {
		return errors;
	}

	private static String describe(List<ManifestError> errors) {
		String count = errors.size() == 1 ? "1 error" : errors.size() + " errors";
		String more = errors.size() > MAX_DESCRIBED ? "; and " + (errors.size() - MAX_DESCRIBED) + " more" : "";
		return "addon.json is not valid (" + count + "): " + errors.stream().limit(MAX_DESCRIBED)
		        .map(ManifestError::describe).collect(Collectors.joining("; ")) + more;
	}
}
