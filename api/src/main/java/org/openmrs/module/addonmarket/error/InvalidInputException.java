package org.openmrs.module.addonmarket.error;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Input that failed validation, with every problem found (not only the first), each at its JSON pointer.
 */
public class InvalidInputException extends AddonMarketException {

	private static final long serialVersionUID = 1L;

	private final List<FieldError> errors;

	/**
	 * @param code the error's code
	 * @param summary what was being validated, e.g. "The configuration does not match the add-on's schema"
	 * @param errors every problem, at least one
	 */
	public InvalidInputException(ErrorCode code, String summary, List<FieldError> errors) {
		super(code, summary + ": " + errors.stream().map(FieldError::toString).collect(Collectors.joining("; ")),
		        errors.isEmpty() ? null : errors.get(0).pointer());
		this.errors = List.copyOf(errors);
	}

	public List<FieldError> getErrors() {
		return errors;
	}
}
