// Checked against openmrs-core: api/src/main/java/org/openmrs/User.java as of the 2.x annotated mapping (User
// extends BaseOpenmrsObject since TRUNK-5665, merged for 2.4) and of the 2.9/3.0 development line; getUsername,
// getSystemId, getGivenName and getFamilyName are declared in User itself with these signatures in every version read.
package org.openmrs;

/**
 * Stand-in for the OpenMRS platform class of the same name, holding only the members the omod uses. Compile-only:
 * the platform's own class is used at run time. Its constructor is private here because the omod creates no users.
 */
public class User extends BaseOpenmrsObject {

	private User() {
	}

	/** Stand-in for the platform's getter of the name the user signs in with (may be null). */
	public String getUsername() {
		throw new UnsupportedOperationException("stub");
	}

	/** Stand-in for the platform's getter of the user's system id. */
	public String getSystemId() {
		throw new UnsupportedOperationException("stub");
	}

	/** Stand-in for the platform's getter of the given name of the person behind the account. */
	public String getGivenName() {
		throw new UnsupportedOperationException("stub");
	}

	/** Stand-in for the platform's getter of the family name of the person behind the account. */
	public String getFamilyName() {
		throw new UnsupportedOperationException("stub");
	}
}
