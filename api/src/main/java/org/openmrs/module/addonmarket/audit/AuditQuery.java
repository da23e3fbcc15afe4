package org.openmrs.module.addonmarket.audit;

import java.time.Instant;

import org.openmrs.module.addonmarket.Page;
import org.openmrs.module.addonmarket.error.AddonMarketException;
import org.openmrs.module.addonmarket.error.ErrorCode;

/**
 * Which audit events to show. Every criterion is optional; build with {@link #builder()}. Results come newest
 * first; exports take the same criteria and ignore the page.
 *
 * @param addonId the add-on's manifest id, or null
 * @param installationUuid the installation, or null
 * @param patientUuid the patient, or null
 * @param actor the user uuid (or {@code system}), or null
 * @param outcome permit, deny or error, or null
 * @param kind access or governance, or null
 * @param invocationId one run of an action, trigger or schedule, or null
 * @param from the earliest time included, or null
 * @param to the time from which events are excluded, or null
 * @param page the page, from 0
 * @param size the page size, 1 to {@link Page#MAX_SIZE}
 */
public record AuditQuery(String addonId, String installationUuid, String patientUuid, String actor,
        AuditOutcome outcome, AuditKind kind, String invocationId, Instant from, Instant to, int page, int size) {

	public AuditQuery {
		if (page < 0) {
			throw invalid("page must be 0 or more, got " + page, "page");
		}
		if (size < 1 || size > Page.MAX_SIZE) {
			throw invalid("size must be between 1 and " + Page.MAX_SIZE + ", got " + size, "size");
		}
		if (from != null && to != null && from.isAfter(to)) {
			throw invalid("from (" + from + ") is after to (" + to + ")", "from");
		}
		addonId = blankToNull(addonId);
		installationUuid = blankToNull(installationUuid);
		patientUuid = blankToNull(patientUuid);
		actor = blankToNull(actor);
		invocationId = blankToNull(invocationId);
	}

	public static Builder builder() {
		return new Builder();
	}

	/** @return every event, first page */
	public static AuditQuery all() {
		return builder().build();
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.trim();
	}

	private static AddonMarketException invalid(String message, String field) {
		return new AddonMarketException(ErrorCode.AUDIT_QUERY_INVALID, message, field);
	}

	/** Builds an {@link AuditQuery}; by default every event, first page of 50. */
	public static final class Builder {

		private String addonId;

		private String installationUuid;

		private String patientUuid;

		private String actor;

		private AuditOutcome outcome;

		private AuditKind kind;

		private String invocationId;

		private Instant from;

		private Instant to;

		private int page;

		private int size = 50;

		public Builder addonId(String value) {
			this.addonId = value;
			return this;
		}

		public Builder installation(String value) {
			this.installationUuid = value;
			return this;
		}

		public Builder patient(String value) {
			this.patientUuid = value;
			return this;
		}

		public Builder actor(String value) {
			this.actor = value;
			return this;
		}

		public Builder outcome(AuditOutcome value) {
			this.outcome = value;
			return this;
		}

		public Builder kind(AuditKind value) {
			this.kind = value;
			return this;
		}

		public Builder invocation(String value) {
			this.invocationId = value;
			return this;
		}

		/** Events recorded at or after {@code start} and before {@code end}; either may be null. */
		public Builder between(Instant start, Instant end) {
			this.from = start;
			this.to = end;
			return this;
		}

		public Builder page(int value) {
			this.page = value;
			return this;
		}

		public Builder size(int value) {
			this.size = value;
			return this;
		}

		/** @throws AddonMarketException AUDIT_QUERY_INVALID for a bad page, size or time range */
		public AuditQuery build() {
			return new AuditQuery(addonId, installationUuid, patientUuid, actor, outcome, kind, invocationId, from, to,
			        page, size);
		}
	}
}
