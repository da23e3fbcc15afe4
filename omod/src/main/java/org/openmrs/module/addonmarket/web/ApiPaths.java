package org.openmrs.module.addonmarket.web;

/**
 * Where the REST API answers: under the host's {@code /ws} servlet, so {@code /openmrs/ws/rest/addonmarket/v1} in
 * OpenMRS and {@code /ws/rest/addonmarket/v1} in the standalone server.
 */
public final class ApiPaths {

	public static final String BASE = "/rest/addonmarket/v1";

	private ApiPaths() {
	}
}
