package org.openmrs.module.addonmarket.architecture.violations;

import javax.servlet.http.HttpServletRequest;

/**
 * A deliberate violation for {@code ArchitectureRulesTest}: an api-side class that uses the servlet API.
 */
public class ApiClassUsingServlet {

	public String path(HttpServletRequest request) {
		return request.getRequestURI();
	}
}
