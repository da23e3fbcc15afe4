package org.openmrs.module.addonmarket;

import java.util.List;

/**
 * The privileges the module declares (config.xml in OpenMRS, the standalone server's role table) and the clinical
 * privileges of the platform that the access gateway checks for the user behind an add-on's call.
 */
public final class Privileges {

	public static final String BROWSE_ADDONS = "Browse Add-ons";

	public static final String INSTALL_ADDONS = "Install Add-ons";

	public static final String USE_ADDONS = "Use Add-ons";

	public static final String PUBLISH_ADDONS = "Publish Add-ons";

	public static final String MANAGE_ADDONS = "Manage Add-ons";

	public static final String GRANT_ADDON_ACCESS = "Grant Add-on Access";

	public static final String VIEW_ADDON_ACCESS_LOG = "View Add-on Access Log";

	public static final String GET_PATIENTS = "Get Patients";

	public static final String GET_OBSERVATIONS = "Get Observations";

	public static final String GET_ENCOUNTERS = "Get Encounters";

	public static final String GET_CONDITIONS = "Get Conditions";

	public static final String ADD_OBSERVATIONS = "Add Observations";

	/** The module's own privileges, in the order an administrator reads them. */
	public static final List<String> MODULE_PRIVILEGES = List.of(BROWSE_ADDONS, INSTALL_ADDONS, USE_ADDONS,
	    PUBLISH_ADDONS, MANAGE_ADDONS, GRANT_ADDON_ACCESS, VIEW_ADDON_ACCESS_LOG);

	/** The platform's clinical privileges that the gateway requires of the user behind a call. */
	public static final List<String> CLINICAL_PRIVILEGES = List.of(GET_PATIENTS, GET_OBSERVATIONS, GET_ENCOUNTERS,
	    GET_CONDITIONS, ADD_OBSERVATIONS);

	private Privileges() {
	}
}
