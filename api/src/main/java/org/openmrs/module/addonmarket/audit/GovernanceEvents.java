package org.openmrs.module.addonmarket.audit;

import java.util.LinkedHashMap;
import java.util.Map;

import javax.persistence.OptimisticLockException;
import javax.persistence.PersistenceException;

import org.hibernate.HibernateException;
import org.hibernate.SessionFactory;
import org.openmrs.module.addonmarket.error.AddonMarketException;
import org.openmrs.module.addonmarket.error.ErrorCode;
import org.springframework.orm.hibernate5.SessionFactoryUtils;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Writes governance acts (publish, install, grant, deny, suspend, …) into the same chain as data accesses, so that
 * one verifiable history answers both "who read this chart" and "who allowed it". A service records its act as its
 * last step, inside its transaction, after flushing the act's own changes: when the log cannot be written the act
 * fails and is rolled back (fail closed), never done unrecorded; a concurrent change fails the act before it is
 * recorded. What remains possible is an act recorded whose commit then fails (the database lost between the two):
 * the chain then holds an act that did not take effect, which the act's own tables show.
 */
@Component
public class GovernanceEvents {

	private static final ObjectMapper JSON = new ObjectMapper();

	private final AuditLog log;

	private final SessionFactory sessionFactory;

	public GovernanceEvents(AuditLog log, SessionFactory sessionFactory) {
		this.log = log;
		this.sessionFactory = sessionFactory;
	}

	/**
	 * @param operation what was done, one of {@link AuditOperation}'s governance names
	 * @param actorUuid who did it, or "system"
	 * @return an act to describe further and {@link Act#record()}
	 */
	public Act act(String operation, String actorUuid) {
		return new Act(operation, actorUuid);
	}

	private void flushAct() {
		try {
			sessionFactory.getCurrentSession().flush();
		}
		catch (OptimisticLockException e) {
			throw new AddonMarketException(ErrorCode.CONCURRENT_CHANGE,
			        "Someone else changed this at the same time; nothing was changed. Reload and try again.", null, e);
		}
		catch (PersistenceException e) {
			if (e.getCause() instanceof HibernateException) {
				throw SessionFactoryUtils.convertHibernateAccessException((HibernateException) e.getCause());
			}
			throw e;
		}
	}

	/** One governance act being described. */
	public final class Act {

		private final AuditEntry.Builder entry;

		private final Map<String, Object> detail = new LinkedHashMap<>();

		private Act(String operation, String actorUuid) {
			this.entry = AuditEntry.builder(AuditKind.GOVERNANCE).operation(operation).actor(actorUuid);
		}

		public Act addon(String addonId, String version) {
			entry.addon(addonId, version);
			return this;
		}

		public Act installation(String uuid) {
			entry.installation(uuid);
			return this;
		}

		public Act grant(String grantUuid) {
			entry.decidedBy(null, grantUuid);
			return this;
		}

		/** Why, in the actor's words (a rationale or reason). */
		public Act why(String text) {
			entry.outcome(AuditOutcome.PERMIT, null, text);
			return this;
		}

		/** What exactly, as a name and value in the event's detail. */
		public Act with(String name, Object value) {
			detail.put(name, value);
			return this;
		}

		/**
		 * Appends the act to the chain; returns once it is committed.
		 *
		 * @throws AuditUnavailableException when the log cannot be written
		 */
		public AuditEvent record() {
			// Write the act's own changes first: a concurrent change or a broken constraint then fails the act
			// before the chain says it happened.
			if (TransactionSynchronizationManager.isActualTransactionActive()) {
				flushAct();
			}
			if (!detail.isEmpty()) {
				try {
					entry.detail(JSON.writeValueAsString(detail));
				}
				catch (JsonProcessingException e) {
					throw new IllegalStateException("Governance detail is not writable as JSON", e);
				}
			}
			return log.append(entry.build());
		}
	}
}
