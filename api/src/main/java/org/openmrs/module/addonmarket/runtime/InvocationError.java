package org.openmrs.module.addonmarket.runtime;

import org.openmrs.module.addonmarket.error.AddonMarketException;
import org.openmrs.module.addonmarket.error.ErrorCode;

/**
 * Why a run of an add-on failed.
 *
 * @param code the stable code, e.g. {@code ADDON-0810}, or the code of the error the access gateway refused a call
 *            with when the add-on did not catch it
 * @param message what happened, for the installation's owner
 */
public record InvocationError(String code, String message) {

	/** @return the error of this exception */
	public static InvocationError of(AddonMarketException e) {
		return new InvocationError(e.getCode().code(), e.getMessage());
	}

	/** @return an error of this code */
	public static InvocationError of(ErrorCode code, String message) {
		return new InvocationError(code.code(), message);
	}
}
