package org.openmrs.module.addonmarket.catalog;

import java.time.Instant;
import java.util.UUID;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.JoinColumn;
import javax.persistence.ManyToOne;
import javax.persistence.Table;

/**
 * One published version of an add-on: its manifest as published, the package's SHA-256 and size, and whether a
 * trusted key signed it. Never changed after publication, except to withdraw it.
 */
@Entity
@Table(name = "addonmarket_addon_version")
public class AddonVersion {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	@Column(name = "version_id")
	private Long id;

	@Column(name = "uuid", nullable = false, unique = true, length = 38)
	private String uuid = UUID.randomUUID().toString();

	@ManyToOne(optional = false)
	@JoinColumn(name = "addon_id", nullable = false)
	private Addon addon;

	@Column(name = "version", nullable = false, length = 64)
	private String version;

	@Column(name = "manifest_json", nullable = false, length = 1048576)
	private String manifestJson;

	@Column(name = "sha256", nullable = false, length = 64)
	private String sha256;

	@Column(name = "size_bytes", nullable = false)
	private long sizeBytes;

	@Column(name = "signed", nullable = false)
	private boolean signed;

	@Column(name = "key_fingerprint", length = 64)
	private String keyFingerprint;

	@Enumerated(EnumType.STRING)
	@Column(name = "status", nullable = false, length = 20)
	private VersionStatus status = VersionStatus.PUBLISHED;

	@Column(name = "published_by", nullable = false, length = 38)
	private String publishedBy;

	@Column(name = "published_at", nullable = false)
	private Instant publishedAt;

	@Column(name = "withdrawn_by", length = 38)
	private String withdrawnBy;

	@Column(name = "withdrawn_at")
	private Instant withdrawnAt;

	@Column(name = "withdraw_reason", length = 1000)
	private String withdrawReason;

	protected AddonVersion() {
	}

	/**
	 * @param addon the add-on
	 * @param version the semantic version
	 * @param manifestJson the manifest exactly as published
	 * @param sha256 the package's SHA-256, lower-case hex
	 * @param sizeBytes the package's size
	 */
	public AddonVersion(Addon addon, String version, String manifestJson, String sha256, long sizeBytes) {
		this.addon = addon;
		this.version = version;
		this.manifestJson = manifestJson;
		this.sha256 = sha256;
		this.sizeBytes = sizeBytes;
	}

	public Long getId() {
		return id;
	}

	public String getUuid() {
		return uuid;
	}

	public Addon getAddon() {
		return addon;
	}

	public String getVersion() {
		return version;
	}

	public String getManifestJson() {
		return manifestJson;
	}

	public String getSha256() {
		return sha256;
	}

	public long getSizeBytes() {
		return sizeBytes;
	}

	public boolean isSigned() {
		return signed;
	}

	/** @return the fingerprint of the key that signed it, or null when unsigned */
	public String getKeyFingerprint() {
		return keyFingerprint;
	}

	public VersionStatus getStatus() {
		return status;
	}

	public boolean isWithdrawn() {
		return status == VersionStatus.WITHDRAWN;
	}

	public String getPublishedBy() {
		return publishedBy;
	}

	public Instant getPublishedAt() {
		return publishedAt;
	}

	public String getWithdrawnBy() {
		return withdrawnBy;
	}

	public Instant getWithdrawnAt() {
		return withdrawnAt;
	}

	public String getWithdrawReason() {
		return withdrawReason;
	}

	public void markSigned(String fingerprint) {
		this.signed = true;
		this.keyFingerprint = fingerprint;
	}

	public void markPublished(String userUuid, Instant at) {
		this.publishedBy = userUuid;
		this.publishedAt = at;
	}

	public void withdraw(String userUuid, Instant at, String reason) {
		this.status = VersionStatus.WITHDRAWN;
		this.withdrawnBy = userUuid;
		this.withdrawnAt = at;
		this.withdrawReason = reason;
	}
}
