package org.openmrs.module.addonmarket.access.impl;

import java.util.List;
import java.util.Locale;

import org.openmrs.module.addonmarket.access.AccessContext;
import org.openmrs.module.addonmarket.access.AccessDeniedException;
import org.openmrs.module.addonmarket.access.decision.AccessDecision;
import org.openmrs.module.addonmarket.access.decision.AccessOperation;
import org.openmrs.module.addonmarket.access.redaction.Released;
import org.openmrs.module.addonmarket.audit.AuditEntry;
import org.openmrs.module.addonmarket.audit.AuditEvent;
import org.openmrs.module.addonmarket.audit.AuditKind;
import org.openmrs.module.addonmarket.audit.AuditLog;
import org.openmrs.module.addonmarket.audit.DecidedAt;
import org.openmrs.module.addonmarket.audit.AuditOutcome;
import org.openmrs.module.addonmarket.audit.AuditUnavailableException;
import org.openmrs.module.addonmarket.error.AddonMarketException;

/**
 * The one audit event of one gateway call, filled in as the call goes and appended exactly once: permitted,
 * denied or failed. Appending blocks until the event is committed, and throws {@link AuditUnavailableException}
 * when it cannot be, which the call passes on instead of its result; an event decided on a copy of the installation
 * that has since changed is not recorded at all ({@link org.openmrs.module.addonmarket.audit.StaleDecisionException}),
 * and the gateway makes the call again.
 */
final class AccessEvent {

	private final AuditLog log;

	private final Standing standing;

	/** What the event's commit is conditional on, or null for an unconditional append. */
	private final DecidedAt decidedAt;

	private final AuditEntry.Builder entry;

	private String resourceType;

	private AccessDecision decision;

	private boolean appended;

	AccessEvent(AuditLog log, AccessContext context, Standing standing, DecidedAt decidedAt,
	    AccessOperation operation, String resourceType) {
		this.log = log;
		this.standing = standing;
		this.decidedAt = decidedAt;
		this.resourceType = resourceType;
		this.entry = AuditEntry.builder(AuditKind.ACCESS).installation(context.installationUuid())
		        .addon(standing.addonId(), standing.addonVersion()).actor(context.actor()).patient(context.patientId())
		        .resources(resourceType, List.of()).operation(operation.auditName())
		        .invocation(context.invocationId(), context.purpose());
	}

	Standing standing() {
		return standing;
	}

	/** The patient the call touched, when it is known. */
	AccessEvent patient(String patientUuid) {
		if (patientUuid != null) {
			entry.patient(patientUuid);
		}
		return this;
	}

	AccessEvent query(String text) {
		entry.query(text);
		return this;
	}

	AccessEvent egress(String destination, long bytes) {
		entry.egress(destination, bytes);
		return this;
	}

	/** Remembers the decision, so that a failure after it still names the scope and grant. */
	AccessEvent decided(AccessDecision value) {
		this.decision = value;
		entry.decidedBy(value.scopeText(), value.grantUuid());
		return this;
	}

	/** Records a denial (with how many records it withheld) and returns the exception the call throws. */
	AccessDeniedException denied(AccessDecision denial, int withheld) {
		entry.decidedBy(null, denial.grantUuid()).outcome(AuditOutcome.DENY, denial.reason().code(), denial.text())
		        .released(List.of(), 0, withheld);
		append();
		return new AccessDeniedException(denial);
	}

	AccessDeniedException denied(AccessDecision denial) {
		return denied(denial, 0);
	}

	/** Records a failure (invalid request, host failure) and returns it for the call to throw. */
	AddonMarketException failed(AddonMarketException failure) {
		entry.outcome(AuditOutcome.ERROR, failure.getCode().name().toLowerCase(Locale.ROOT).replace('_', '-'),
		    failure.getMessage());
		append();
		return failure;
	}

	/** Records what a permitted read or search released, naming the scope the first record was released under. */
	AuditEvent permitted(Released released) {
		if (released.firstScope() != null) {
			entry.decidedBy(released.firstScope().scope().canonical(), decision.grantUuid());
		}
		entry.resources(resourceType, released.ids()).released(released.elements(), released.records().size(),
		    released.withheldCount());
		return permitted(decision.text());
	}

	/** Records a permitted call that released or wrote the given records. */
	AuditEvent permitted(List<String> ids, List<String> elements, String text) {
		entry.resources(resourceType, ids).released(elements, ids.size(), 0);
		return permitted(text);
	}

	private AuditEvent permitted(String text) {
		entry.outcome(AuditOutcome.PERMIT, decision.reason().code(), text);
		return append();
	}

	private AuditEvent append() {
		if (appended) {
			throw new IllegalStateException("A gateway call records one access event, and this one is recorded");
		}
		appended = true;
		return log.append(entry.build(), decidedAt);
	}
}
