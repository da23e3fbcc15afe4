package org.openmrs.module.addonmarket.error;

/**
 * The reasons and rationales people must give for the record (blocking, withdrawing, suspending, approving,
 * denying, revoking).
 */
public final class Reasons {

	private Reasons() {
	}

	/**
	 * @param text what the person wrote
	 * @param pointer where it was in the request, e.g. {@code /reason}
	 * @return the text without surrounding blanks
	 * @throws AddonMarketException REASON_REQUIRED when it is missing or blank
	 */
	public static String require(String text, String pointer) {
		if (text == null || text.isBlank()) {
			throw new AddonMarketException(ErrorCode.REASON_REQUIRED,
			        "Say why, for the record: " + pointer.substring(1) + " is required", pointer);
		}
		return text.trim();
	}
}
