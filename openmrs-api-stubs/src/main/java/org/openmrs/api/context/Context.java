// Checked against openmrs-core: api/src/main/java/org/openmrs/api/context/Context.java of 2.5.0-SNAPSHOT and of the
// 2.9/3.0 development line: every member below is public static with this signature and no checked exception in
// both. Not used: the addProxyPrivilege(String...) and removeProxyPrivilege(String...) overloads (only since 2.7.8
// and 2.8.2). getConditionService() exists since 2.2; getRegisteredComponents(Class) since 1.5.
package org.openmrs.api.context;

import java.util.List;

import org.openmrs.User;
import org.openmrs.api.AdministrationService;
import org.openmrs.api.ConceptService;
import org.openmrs.api.ConditionService;
import org.openmrs.api.EncounterService;
import org.openmrs.api.ObsService;
import org.openmrs.api.PatientService;

/**
 * Stand-in for the OpenMRS platform class of the same name, holding only the members the omod uses. Compile-only:
 * the platform's own class is used at run time. Its constructor is private here because the omod never creates one.
 */
public class Context {

	private Context() {
	}

	/** Stand-in for the platform's check that the current thread has a user context (a session). */
	public static boolean isSessionOpen() {
		throw new UnsupportedOperationException("stub");
	}

	/** Stand-in for the platform's signed-in user of the current thread, or null. */
	public static User getAuthenticatedUser() {
		throw new UnsupportedOperationException("stub");
	}

	/** Stand-in for the platform's privilege check of the current thread's user. */
	public static boolean hasPrivilege(String privilege) {
		throw new UnsupportedOperationException("stub");
	}

	/** Stand-in for the platform's temporary grant of a privilege to the current user context. */
	public static void addProxyPrivilege(String privilege) {
		throw new UnsupportedOperationException("stub");
	}

	/** Stand-in for the platform's withdrawal of a privilege granted by {@link #addProxyPrivilege(String)}. */
	public static void removeProxyPrivilege(String privilege) {
		throw new UnsupportedOperationException("stub");
	}

	/** Stand-in for the platform's accessor of its administration service. */
	public static AdministrationService getAdministrationService() {
		throw new UnsupportedOperationException("stub");
	}

	/** Stand-in for the platform's accessor of its patient service. */
	public static PatientService getPatientService() {
		throw new UnsupportedOperationException("stub");
	}

	/** Stand-in for the platform's accessor of its observation service. */
	public static ObsService getObsService() {
		throw new UnsupportedOperationException("stub");
	}

	/** Stand-in for the platform's accessor of its encounter service. */
	public static EncounterService getEncounterService() {
		throw new UnsupportedOperationException("stub");
	}

	/** Stand-in for the platform's accessor of its condition service. */
	public static ConditionService getConditionService() {
		throw new UnsupportedOperationException("stub");
	}

	/** Stand-in for the platform's accessor of its concept service. */
	public static ConceptService getConceptService() {
		throw new UnsupportedOperationException("stub");
	}

	/** Stand-in for the platform's lookup of the beans of a type in its application context (modules' included). */
	public static <T> List<T> getRegisteredComponents(Class<T> type) {
		throw new UnsupportedOperationException("stub");
	}
}
