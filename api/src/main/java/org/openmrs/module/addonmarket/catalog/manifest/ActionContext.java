package org.openmrs.module.addonmarket.catalog.manifest;

import java.util.Arrays;
import java.util.Optional;

/**
 * What an action runs for: one patient, chosen by the user who runs it, or the user alone.
 */
public enum ActionContext {

	PATIENT("patient"),
	USER("user");

	private final String wireName;

	ActionContext(String wireName) {
		this.wireName = wireName;
	}

	/** @return the name manifests write, e.g. {@code patient} */
	public String wireName() {
		return wireName;
	}

	/**
	 * @param wireName a context as manifests write it
	 * @return the context, or empty when there is none of that name
	 */
	public static Optional<ActionContext> fromWireName(String wireName) {
		return Arrays.stream(values()).filter(c -> c.wireName.equals(wireName)).findFirst();
	}
}
