package org.openmrs.module.addonmarket.runtime.impl;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

import org.openmrs.module.addonmarket.Privileges;
import org.openmrs.module.addonmarket.host.Actor;
import org.openmrs.module.addonmarket.host.ModuleClock;
import org.openmrs.module.addonmarket.host.UserPrivileges;
import org.openmrs.module.addonmarket.install.Installation;
import org.openmrs.module.addonmarket.runtime.AddonRuntime;
import org.openmrs.module.addonmarket.runtime.DataPort;
import org.openmrs.module.addonmarket.runtime.Invocation;
import org.openmrs.module.addonmarket.runtime.InvocationOutcome;
import org.openmrs.module.addonmarket.runtime.InvocationRequest;
import org.openmrs.module.addonmarket.runtime.InvocationResult;
import org.openmrs.module.addonmarket.runtime.RuntimeCall;
import org.openmrs.module.addonmarket.runtime.dao.InvocationDao;
import org.openmrs.module.addonmarket.runtime.sandbox.HandlerRun;
import org.openmrs.module.addonmarket.runtime.sandbox.Sandbox;
import org.openmrs.module.addonmarket.runtime.sandbox.SandboxOutcome;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Runs outside any transaction: the installation is read in one short transaction, the script runs with none open
 * (the access gateway opens its own for each data call), and the record of the run is written in another.
 *
 * @see AddonRuntime
 */
@Service
public class AddonRuntimeImpl implements AddonRuntime {

	/** The most runs {@link #getInvocations(String, int)} returns. */
	static final int MAX_LISTED = 500;

	private final RunnableInstallations installations;

	private final Sandbox sandbox;

	private final InvocationDao invocations;

	private final UserPrivileges privileges;

	private final ModuleClock clock;

	private final TransactionTemplate transactions;

	private final Supplier<DataPort> dataPort;

	private final ObjectMapper json = new ObjectMapper();

	/**
	 * The module's wiring: the access gateway's {@link DataPort} when the host has one, else a port that refuses
	 * everything.
	 */
	@Autowired
	public AddonRuntimeImpl(RunnableInstallations installations, Sandbox sandbox, InvocationDao invocations,
	    UserPrivileges privileges, ModuleClock clock, PlatformTransactionManager transactions,
	    ObjectProvider<DataPort> dataPort) {
		this(installations, sandbox, invocations, privileges, clock, transactions,
		        () -> dataPort.getIfAvailable(NoDataPort::new));
	}

	/** With a fixed data port, e.g. a test's. */
	public AddonRuntimeImpl(RunnableInstallations installations, Sandbox sandbox, InvocationDao invocations,
	    UserPrivileges privileges, ModuleClock clock, PlatformTransactionManager transactions, DataPort dataPort) {
		this(installations, sandbox, invocations, privileges, clock, transactions, () -> dataPort);
	}

	private AddonRuntimeImpl(RunnableInstallations installations, Sandbox sandbox, InvocationDao invocations,
	    UserPrivileges privileges, ModuleClock clock, PlatformTransactionManager transactions,
	    Supplier<DataPort> dataPort) {
		this.installations = installations;
		this.sandbox = sandbox;
		this.invocations = invocations;
		this.privileges = privileges;
		this.clock = clock;
		this.transactions = new TransactionTemplate(transactions);
		this.dataPort = dataPort;
	}

	@Override
	public InvocationResult invokeAction(String installationUuid, String actionId, String patientId) {
		Actor user = privileges.require(Privileges.USE_ADDONS);
		return invoke(InvocationRequest.action(installationUuid, actionId, user, patientId));
	}

	@Override
	public InvocationResult invoke(InvocationRequest request) {
		RunTarget target = installations.load(request);
		String invocationId = UUID.randomUUID().toString();
		RuntimeCall call = new RuntimeCall(request.installationUuid(), invocationId, request.purpose(), request.user(),
		        request.patientId());
		Instant startedAt = clock.now();
		long started = System.nanoTime();
		SandboxOutcome outcome = sandbox.run(new HandlerRun(target.script(), target.subject().handler(), call,
		        target.configuration(), request.event()), dataPort.get());
		long millis = (System.nanoTime() - started) / 1_000_000;
		InvocationResult result = new InvocationResult(invocationId,
		        outcome.succeeded() ? InvocationOutcome.SUCCESS : InvocationOutcome.ERROR, outcome.result(),
		        outcome.error(), millis, outcome.log());
		Invocation record = new Invocation(invocationId, target.subject(), startedAt);
		record.end(result, outcome.statementsUsed(), outcome.log().isEmpty() ? null : json.valueToTree(outcome.log())
		        .toString());
		transactions.executeWithoutResult(status -> invocations.save(record));
		return result;
	}

	@Override
	public List<Invocation> getInvocations(String installationUuid, int max) {
		Actor actor = privileges.holds(Privileges.MANAGE_ADDONS) ? privileges.require(Privileges.MANAGE_ADDONS)
		        : privileges.require(Privileges.USE_ADDONS);
		int limit = Math.max(1, Math.min(max, MAX_LISTED));
		return transactions.execute(status -> {
			Installation installation = installations.installation(installationUuid);
			boolean seesAll = privileges.holds(Privileges.MANAGE_ADDONS)
			        || actor.uuid().equals(installation.getInstalledBy());
			return invocations.find(installationUuid, seesAll ? null : actor.uuid(), limit);
		});
	}
}
