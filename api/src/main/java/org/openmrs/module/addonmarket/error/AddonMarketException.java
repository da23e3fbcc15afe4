package org.openmrs.module.addonmarket.error;

/**
 * The one exception type the module throws for anything a caller can act on. It carries a stable {@link ErrorCode},
 * a message a person understands, and, where the fault is in one value, the JSON pointer or parameter name of that
 * value.
 */
public class AddonMarketException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	private final ErrorCode code;

	private final String field;

	public AddonMarketException(ErrorCode code, String message) {
		this(code, message, null, null);
	}

	public AddonMarketException(ErrorCode code, String message, String field) {
		this(code, message, field, null);
	}

	public AddonMarketException(ErrorCode code, String message, String field, Throwable cause) {
		super(message, cause);
		this.code = code;
		this.field = field;
	}

	public ErrorCode getCode() {
		return code;
	}

	/** @return the JSON pointer or parameter that is wrong, or null when the error is not about one value */
	public String getField() {
		return field;
	}
}
