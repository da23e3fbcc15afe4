package org.openmrs.module.addonmarket.notice;

import java.time.Instant;
import java.util.UUID;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;

import org.hibernate.annotations.Immutable;
import org.openmrs.module.addonmarket.install.Audience;
import org.openmrs.module.addonmarket.install.AudienceKind;

/**
 * An alert for people (a user, a role or the organisation), optionally about one patient: raised by an add-on, only
 * through the access gateway under a {@code Notice.c} scope, or by the module itself about an installation
 * ({@link ModuleNotices}, created by {@value NoticeOrigin#MODULE}). Never changed.
 */
@Entity
@Immutable
@Table(name = "addonmarket_notice")
public class Notice {

	/** The longest text a notice may have. */
	public static final int MAX_TEXT = 2000;

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	@Column(name = "notice_id")
	private Long id;

	@Column(name = "uuid", nullable = false, unique = true, length = 38)
	private String uuid = UUID.randomUUID().toString();

	@Column(name = "installation_uuid", nullable = false, length = 38)
	private String installationUuid;

	@Column(name = "addon_id", nullable = false, length = 100)
	private String addonId;

	@Column(name = "patient_uuid", length = 64)
	private String patientUuid;

	@Enumerated(EnumType.STRING)
	@Column(name = "audience_kind", nullable = false, length = 20)
	private AudienceKind audienceKind;

	@Column(name = "audience_value", length = 255)
	private String audienceValue;

	@Enumerated(EnumType.STRING)
	@Column(name = "severity", nullable = false, length = 16)
	private NoticeSeverity severity;

	@Column(name = "notice_text", nullable = false, length = MAX_TEXT)
	private String text;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	@Column(name = "created_by", nullable = false, length = 64)
	private String createdBy;

	@Column(name = "invocation_id", length = 64)
	private String invocationId;

	protected Notice() {
	}

	/**
	 * @param origin the installation, add-on, run, author and time
	 * @param draft the severity, text and patient the add-on gave
	 * @param audience who it is for
	 */
	public Notice(NoticeOrigin origin, NoticeDraft draft, Audience audience) {
		this.installationUuid = origin.installationUuid();
		this.addonId = origin.addonId();
		this.invocationId = origin.invocationId();
		this.createdBy = origin.createdBy();
		this.createdAt = origin.at();
		this.severity = draft.severity();
		this.text = draft.text();
		this.patientUuid = draft.patient();
		this.audienceKind = audience.kind();
		this.audienceValue = audience.value();
	}

	public Long getId() {
		return id;
	}

	public String getUuid() {
		return uuid;
	}

	public String getInstallationUuid() {
		return installationUuid;
	}

	public String getAddonId() {
		return addonId;
	}

	/** @return the patient it is about, or null */
	public String getPatientUuid() {
		return patientUuid;
	}

	public Audience getAudience() {
		return new Audience(audienceKind, audienceValue);
	}

	public NoticeSeverity getSeverity() {
		return severity;
	}

	public String getText() {
		return text;
	}

	public Instant getCreatedAt() {
		return createdAt;
	}

	/** @return the uuid of the user behind the run that raised it, {@code system}, or {@value NoticeOrigin#MODULE} */
	public String getCreatedBy() {
		return createdBy;
	}

	public String getInvocationId() {
		return invocationId;
	}
}
