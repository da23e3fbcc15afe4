package org.openmrs.module.addonmarket.catalog.scope;

import java.util.Optional;

/**
 * One thing a scope lets an add-on do with records, written as one letter of {@code cruds}. The declaration order is
 * the order the letters must be written in.
 */
public enum Permission {
	CREATE('c'),
	READ('r'),
	UPDATE('u'),
	DELETE('d'),
	SEARCH('s');

	private final char letter;

	Permission(char letter) {
		this.letter = letter;
	}

	/** @return the letter that stands for this permission in a scope, e.g. {@code r} */
	public char letter() {
		return letter;
	}

	/**
	 * @param letter a letter of a scope's permissions
	 * @return the permission, or empty if the letter is not one of {@code cruds}
	 */
	public static Optional<Permission> fromLetter(char letter) {
		for (Permission permission : values()) {
			if (permission.letter == letter) {
				return Optional.of(permission);
			}
		}
		return Optional.empty();
	}
}
