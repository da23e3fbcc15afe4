package org.openmrs.module.addonmarket.runtime.background;

import java.util.List;
import java.util.UUID;

import org.openmrs.module.addonmarket.error.ErrorCode;
import org.openmrs.module.addonmarket.host.ModuleClock;
import org.openmrs.module.addonmarket.runtime.Invocation;
import org.openmrs.module.addonmarket.runtime.InvocationError;
import org.openmrs.module.addonmarket.runtime.InvocationOutcome;
import org.openmrs.module.addonmarket.runtime.InvocationResult;
import org.openmrs.module.addonmarket.runtime.InvocationSubject;
import org.openmrs.module.addonmarket.runtime.dao.InvocationDao;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Records a run that was never started because the pool's queue was full, as an invocation with outcome ERROR and
 * code ADDON-0843, so the installation's owner sees it among the runs ({@code GET /invocations}). Written by the
 * dispatcher's or scheduler's own thread, never by the clinical write's.
 */
@Component
class DroppedRuns {

	private static final Logger log = LoggerFactory.getLogger(DroppedRuns.class);

	private final InvocationDao invocations;

	private final ModuleClock clock;

	private final TransactionTemplate transactions;

	DroppedRuns(InvocationDao invocations, ModuleClock clock, PlatformTransactionManager transactions) {
		this.invocations = invocations;
		this.clock = clock;
		this.transactions = new TransactionTemplate(transactions);
	}

	/** @param subject the run that was not started */
	void record(InvocationSubject subject) {
		String id = UUID.randomUUID().toString();
		Invocation record = new Invocation(id, subject, clock.now());
		record.end(new InvocationResult(id, InvocationOutcome.ERROR, null, InvocationError.of(
		    ErrorCode.RUNTIME_RUN_DROPPED, "not started: the queue of background runs was full"), 0, List.of()), null,
		    null);
		try {
			transactions.executeWithoutResult(status -> invocations.save(record));
		}
		catch (DataAccessException e) {
			log.warn("Could not record the dropped run {} of {}: {}", subject.purpose(), subject.installationUuid(),
			    e.getMessage());
		}
	}
}
