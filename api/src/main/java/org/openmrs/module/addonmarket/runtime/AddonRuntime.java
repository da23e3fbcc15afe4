package org.openmrs.module.addonmarket.runtime;

import java.util.List;

import org.openmrs.module.addonmarket.error.AddonMarketException;

/**
 * Runs add-on code (DESIGN.md 7): an installation's running version, in a fresh sandbox per run, with its current
 * configuration and a {@code ctx} whose data and network calls go through the access gateway. Every run, successful or
 * not, is recorded as an {@link Invocation} with its id, outcome, error, duration and log.
 */
public interface AddonRuntime {

	/**
	 * Runs an action of an installation for the signed-in user. Needs Use Add-ons. A failure of the add-on itself (it
	 * threw, was refused data, was stopped at a limit) is an answer with outcome ERROR, not an exception.
	 *
	 * @param installationUuid the installation
	 * @param actionId the action's id in the manifest, e.g. {@code trend}
	 * @param patientId the patient it runs for; required when the action's context is {@code patient}
	 * @return the run's id, outcome, result (a card: title, text, items, severity) or error
	 * @throws AddonMarketException NOT_SIGNED_IN, PRIVILEGE_REQUIRED, INSTALLATION_NOT_FOUND,
	 *             RUNTIME_INSTALLATION_NOT_ACTIVE (409), RUNTIME_NOT_IN_AUDIENCE (installed for one other user),
	 *             RUNTIME_ACTION_NOT_FOUND, RUNTIME_PATIENT_REQUIRED
	 */
	InvocationResult invokeAction(String installationUuid, String actionId, String patientId);

	/**
	 * Runs a handler: what the module's own dispatchers of actions, triggers and schedules call. It checks no
	 * privilege (triggers and schedules run with no user): callers at the web edge use
	 * {@link #invokeAction(String, String, String)}.
	 *
	 * @param request what to run
	 * @return the run's outcome
	 * @throws AddonMarketException INSTALLATION_NOT_FOUND, RUNTIME_INSTALLATION_NOT_ACTIVE,
	 *             RUNTIME_ACTION_NOT_FOUND, RUNTIME_HANDLER_NOT_DECLARED, RUNTIME_PATIENT_REQUIRED
	 */
	InvocationResult invoke(InvocationRequest request);

	/**
	 * The recent runs of an installation, newest first. Needs Use Add-ons or Manage Add-ons: administrators and the
	 * installation's owner see every run, other users only the runs they started.
	 *
	 * @param installationUuid the installation
	 * @param max the most runs to return, 1 to 500
	 * @throws AddonMarketException NOT_SIGNED_IN, PRIVILEGE_REQUIRED, INSTALLATION_NOT_FOUND
	 */
	List<Invocation> getInvocations(String installationUuid, int max);
}
