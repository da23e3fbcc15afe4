package org.openmrs.module.addonmarket.runtime.dao;

import java.util.List;

import org.openmrs.module.addonmarket.runtime.Invocation;

/**
 * Storage of the records of add-on runs.
 */
public interface InvocationDao {

	Invocation save(Invocation invocation);

	/**
	 * @param installationUuid the installation
	 * @param userUuid only the runs this user started, or null for every run
	 * @param max the most to return
	 * @return the runs, newest first
	 */
	List<Invocation> find(String installationUuid, String userUuid, int max);
}
