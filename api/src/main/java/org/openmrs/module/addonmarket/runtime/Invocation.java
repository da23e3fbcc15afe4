package org.openmrs.module.addonmarket.runtime;

import java.time.Instant;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;

import org.hibernate.annotations.Immutable;

/**
 * The record of one run of an add-on, kept for the installation's owner to see: what ran, for whom, how it ended and
 * what it logged. Written once when the run ends, never changed. The handler's result is not kept: it may hold
 * patient data, which the access log accounts for.
 */
@Entity
@Immutable
@Table(name = "addonmarket_invocation")
public class Invocation {

	/** The longest error message kept. */
	public static final int MAX_ERROR_CHARS = 2000;

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	@Column(name = "invocation_id")
	private Long id;

	@Column(name = "uuid", nullable = false, unique = true, length = 38)
	private String uuid;

	@Column(name = "installation_uuid", nullable = false, length = 38)
	private String installationUuid;

	@Column(name = "addon_id", nullable = false, length = 100)
	private String addonId;

	@Column(name = "addon_version", nullable = false, length = 64)
	private String addonVersion;

	@Enumerated(EnumType.STRING)
	@Column(name = "kind", nullable = false, length = 16)
	private InvocationKind kind;

	@Column(name = "handler", nullable = false, length = 100)
	private String handler;

	@Column(name = "purpose", nullable = false, length = 120)
	private String purpose;

	@Column(name = "user_uuid", length = 38)
	private String userUuid;

	@Column(name = "patient_id", length = 64)
	private String patientId;

	@Column(name = "started_at", nullable = false)
	private Instant startedAt;

	@Column(name = "duration_ms", nullable = false)
	private long durationMillis;

	@Enumerated(EnumType.STRING)
	@Column(name = "outcome", nullable = false, length = 16)
	private InvocationOutcome outcome;

	@Column(name = "error_code", length = 16)
	private String errorCode;

	@Column(name = "error_message", length = MAX_ERROR_CHARS)
	private String errorMessage;

	@Column(name = "statements_used")
	private Long statementsUsed;

	@Column(name = "log_json", length = 1048576)
	private String logJson;

	protected Invocation() {
	}

	/**
	 * @param uuid the run's id (the invocation id of its access events)
	 * @param run what ran: installation, add-on, version, kind, handler, purpose, user and patient
	 * @param startedAt when it started
	 */
	public Invocation(String uuid, InvocationSubject run, Instant startedAt) {
		this.uuid = uuid;
		this.installationUuid = run.installationUuid();
		this.addonId = run.addonId();
		this.addonVersion = run.addonVersion();
		this.kind = run.kind();
		this.handler = run.handler();
		this.purpose = run.purpose();
		this.userUuid = run.userUuid();
		this.patientId = run.patientId();
		this.startedAt = startedAt;
	}

	/**
	 * Records how the run ended.
	 *
	 * @param result the outcome, error and duration
	 * @param statements the statements it executed, or null when not measured
	 * @param logJson its log lines as a JSON array of {level, text}
	 */
	public void end(InvocationResult result, Long statements, String logJson) {
		this.outcome = result.outcome();
		this.durationMillis = result.durationMillis();
		if (result.error() != null) {
			this.errorCode = result.error().code();
			String message = result.error().message();
			this.errorMessage = message == null || message.length() <= MAX_ERROR_CHARS ? message
			        : message.substring(0, MAX_ERROR_CHARS - 1) + "\u2026";
		}
		this.statementsUsed = statements;
		this.logJson = logJson;
	}

	public Long getId() {
		return id;
	}

	/** @return the run's id, as its access events carry it */
	public String getUuid() {
		return uuid;
	}

	public String getInstallationUuid() {
		return installationUuid;
	}

	public String getAddonId() {
		return addonId;
	}

	public String getAddonVersion() {
		return addonVersion;
	}

	public InvocationKind getKind() {
		return kind;
	}

	public String getHandler() {
		return handler;
	}

	/** @return e.g. {@code action:trend} */
	public String getPurpose() {
		return purpose;
	}

	/** @return the user it ran for, or null */
	public String getUserUuid() {
		return userUuid;
	}

	/** @return the patient it ran for, or null */
	public String getPatientId() {
		return patientId;
	}

	public Instant getStartedAt() {
		return startedAt;
	}

	public long getDurationMillis() {
		return durationMillis;
	}

	public InvocationOutcome getOutcome() {
		return outcome;
	}

	/** @return e.g. {@code ADDON-0810}, or null on success */
	public String getErrorCode() {
		return errorCode;
	}

	public String getErrorMessage() {
		return errorMessage;
	}

	/** @return the statements it executed when it hit the statement limit; null otherwise (GraalJS 20.3 does not count them) */
	public Long getStatementsUsed() {
		return statementsUsed;
	}

	/** @return its log, a JSON array of {level, text}, or null */
	public String getLogJson() {
		return logJson;
	}
}
