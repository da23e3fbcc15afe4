package org.openmrs.module.addonmarket.audit;

import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

import org.openmrs.module.addonmarket.error.AddonMarketException;
import org.openmrs.module.addonmarket.error.ErrorCode;

/**
 * What a caller asks the audit log to record: every field of an audit event except those the log assigns itself
 * (sequence number, time and hashes). Build with {@link #builder(AuditKind)}. Field meanings follow DESIGN.md
 * section 6.
 *
 * @param kind access or governance
 * @param installationUuid the installation acted through or on, or null
 * @param addonId the add-on's manifest id; required for access events
 * @param addonVersion the add-on's version, or null
 * @param actor the uuid of the user behind the act, or {@link #SYSTEM} for background work
 * @param patientUuid the patient whose chart was touched, or null
 * @param resourceType the FHIR resource type, or null
 * @param resourceIds the ids of the resources read or written, never null
 * @param operation what was done: see {@link AuditOperation}
 * @param outcome permit, deny or error
 * @param reasonCode a stable code for the outcome's reason, e.g. {@code no-covering-scope}, or null
 * @param reasonText the reason in words, or null
 * @param scope the scope that decided, canonical, or null
 * @param grantUuid the grant that decided, or null
 * @param invocationId the action, trigger or schedule run this belongs to, or null
 * @param purpose why the add-on ran, e.g. {@code action:trend}, or null
 * @param elementsReleased the top-level elements released to the add-on, never null
 * @param recordCount how many records were released or written
 * @param withheldCount how many records were withheld (sensitive, or outside the grant)
 * @param egressDestination the URL data was sent to, or null
 * @param bytesSent how many bytes were sent out
 * @param query the search parameters as the add-on gave them, or null
 * @param detail free JSON for governance events (who, what, why), or null
 */
public record AuditEntry(AuditKind kind, String installationUuid, String addonId, String addonVersion, String actor,
        String patientUuid, String resourceType, List<String> resourceIds, String operation, AuditOutcome outcome,
        String reasonCode, String reasonText, String scope, String grantUuid, String invocationId, String purpose,
        List<String> elementsReleased, int recordCount, int withheldCount, String egressDestination, long bytesSent,
        String query, String detail) {

	/** The actor of work no user is behind: triggers, schedules, the module itself. */
	public static final String SYSTEM = "system";

	private static final Pattern OPERATION = Pattern.compile("[a-z][a-z0-9-]{0,31}");

	public AuditEntry {
		Objects.requireNonNull(kind, "kind");
		Objects.requireNonNull(outcome, "outcome");
		installationUuid = limited("installationUuid", installationUuid, 38);
		addonId = limited("addonId", addonId, 100);
		addonVersion = limited("addonVersion", addonVersion, 64);
		actor = limited("actor", actor, 64);
		patientUuid = limited("patientUuid", patientUuid, 64);
		resourceType = limited("resourceType", resourceType, 32);
		resourceIds = items(resourceIds);
		reasonCode = limited("reasonCode", reasonCode, 64);
		reasonText = Text.clean(reasonText);
		scope = limited("scope", scope, 1000);
		grantUuid = limited("grantUuid", grantUuid, 38);
		invocationId = limited("invocationId", invocationId, 64);
		purpose = limited("purpose", purpose, 255);
		elementsReleased = items(elementsReleased);
		egressDestination = limited("egressDestination", egressDestination, 2000);
		query = Text.clean(query);
		detail = Text.clean(detail);
		require(actor != null && !actor.isBlank(), "actor", "say who acted: a user uuid or \"system\"");
		require(operation != null && OPERATION.matcher(operation).matches(), "operation",
		    "expected lower case letters, digits and hyphens, e.g. read or key-added, got \"" + operation + "\"");
		require(kind != AuditKind.ACCESS || addonId != null && !addonId.isBlank(), "addonId",
		    "an access event names the add-on that made the call");
		require(recordCount >= 0 && withheldCount >= 0 && bytesSent >= 0, "recordCount",
		    "counts cannot be negative");
	}

	/** @return a builder for an event of that kind, outcome PERMIT and actor {@link #SYSTEM} until set */
	public static Builder builder(AuditKind kind) {
		return new Builder(kind);
	}

	private static String limited(String field, String value, int maxLength) {
		String clean = Text.clean(value);
		require(clean == null || clean.length() <= maxLength, field,
		    "at most " + maxLength + " characters, got " + (clean == null ? 0 : clean.length()));
		return clean;
	}

	private static List<String> items(List<String> values) {
		return values == null ? List.of() : values.stream().map(v -> Objects.requireNonNullElse(Text.clean(v), ""))
		        .toList();
	}

	private static void require(boolean condition, String field, String expected) {
		if (!condition) {
			throw new AddonMarketException(ErrorCode.AUDIT_ENTRY_INVALID,
			        "The audit entry's " + field + " is not valid: " + expected, field);
		}
	}

	/** Builds an {@link AuditEntry}. */
	public static final class Builder {

		private final AuditKind kind;

		private String installationUuid;

		private String addonId;

		private String addonVersion;

		private String actor = SYSTEM;

		private String patientUuid;

		private String resourceType;

		private List<String> resourceIds = List.of();

		private String operation;

		private AuditOutcome outcome = AuditOutcome.PERMIT;

		private String reasonCode;

		private String reasonText;

		private String scope;

		private String grantUuid;

		private String invocationId;

		private String purpose;

		private List<String> elementsReleased = List.of();

		private int recordCount;

		private int withheldCount;

		private String egressDestination;

		private long bytesSent;

		private String query;

		private String detail;

		private Builder(AuditKind kind) {
			this.kind = kind;
		}

		public Builder installation(String value) {
			this.installationUuid = value;
			return this;
		}

		/** The add-on and its version. */
		public Builder addon(String id, String version) {
			this.addonId = id;
			this.addonVersion = version;
			return this;
		}

		public Builder actor(String value) {
			this.actor = value;
			return this;
		}

		public Builder patient(String value) {
			this.patientUuid = value;
			return this;
		}

		/** The resource type and the ids of the resources read or written. */
		public Builder resources(String type, List<String> ids) {
			this.resourceType = type;
			this.resourceIds = ids;
			return this;
		}

		public Builder operation(String value) {
			this.operation = value;
			return this;
		}

		/** The outcome with its reason code and text (either may be null). */
		public Builder outcome(AuditOutcome value, String code, String text) {
			this.outcome = value;
			this.reasonCode = code;
			this.reasonText = text;
			return this;
		}

		/** The scope and the grant that decided. */
		public Builder decidedBy(String canonicalScope, String grant) {
			this.scope = canonicalScope;
			this.grantUuid = grant;
			return this;
		}

		/** The run this belongs to and why it ran, e.g. {@code action:trend}. */
		public Builder invocation(String id, String why) {
			this.invocationId = id;
			this.purpose = why;
			return this;
		}

		/** What was released: the top-level elements, the records released and the records withheld. */
		public Builder released(List<String> elements, int records, int withheld) {
			this.elementsReleased = elements;
			this.recordCount = records;
			this.withheldCount = withheld;
			return this;
		}

		public Builder egress(String destination, long bytes) {
			this.egressDestination = destination;
			this.bytesSent = bytes;
			return this;
		}

		public Builder query(String value) {
			this.query = value;
			return this;
		}

		public Builder detail(String json) {
			this.detail = json;
			return this;
		}

		/** @throws AddonMarketException AUDIT_ENTRY_INVALID naming the field that is wrong */
		public AuditEntry build() {
			return new AuditEntry(kind, installationUuid, addonId, addonVersion, actor, patientUuid, resourceType,
			        resourceIds, operation, outcome, reasonCode, reasonText, scope, grantUuid, invocationId, purpose,
			        elementsReleased, recordCount, withheldCount, egressDestination, bytesSent, query, detail);
		}
	}
}
