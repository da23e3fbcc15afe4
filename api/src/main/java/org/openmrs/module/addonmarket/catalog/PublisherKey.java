package org.openmrs.module.addonmarket.catalog;

import java.time.Instant;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.JoinColumn;
import javax.persistence.ManyToOne;
import javax.persistence.Table;

/**
 * A publisher's Ed25519 public key that an administrator trusts to sign its packages. A revoked key is kept, so
 * that the record shows which key signed which version and when trust ended.
 */
@Entity
@Table(name = "addonmarket_publisher_key")
public class PublisherKey {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	@Column(name = "key_id")
	private Long id;

	@ManyToOne(optional = false)
	@JoinColumn(name = "publisher_id", nullable = false)
	private Publisher publisher;

	@Column(name = "fingerprint", nullable = false, unique = true, length = 64)
	private String fingerprint;

	@Column(name = "public_key", nullable = false, length = 1024)
	private String publicKey;

	@Column(name = "label", length = 255)
	private String label;

	@Column(name = "added_by", nullable = false, length = 38)
	private String addedBy;

	@Column(name = "added_at", nullable = false)
	private Instant addedAt;

	@Column(name = "revoked_by", length = 38)
	private String revokedBy;

	@Column(name = "revoked_at")
	private Instant revokedAt;

	@Column(name = "revoke_reason", length = 1000)
	private String revokeReason;

	protected PublisherKey() {
	}

	/**
	 * @param publisher whose key it is
	 * @param fingerprint SHA-256 of the encoded key, lower-case hex
	 * @param publicKey the X.509 SubjectPublicKeyInfo, base64
	 * @param label what the key is for, or null
	 */
	public PublisherKey(Publisher publisher, String fingerprint, String publicKey, String label) {
		this.publisher = publisher;
		this.fingerprint = fingerprint;
		this.publicKey = publicKey;
		this.label = label;
	}

	public Long getId() {
		return id;
	}

	public Publisher getPublisher() {
		return publisher;
	}

	public String getFingerprint() {
		return fingerprint;
	}

	public String getPublicKey() {
		return publicKey;
	}

	public String getLabel() {
		return label;
	}

	public String getAddedBy() {
		return addedBy;
	}

	public Instant getAddedAt() {
		return addedAt;
	}

	public String getRevokedBy() {
		return revokedBy;
	}

	public Instant getRevokedAt() {
		return revokedAt;
	}

	public String getRevokeReason() {
		return revokeReason;
	}

	public boolean isRevoked() {
		return revokedAt != null;
	}

	public void markAdded(String userUuid, Instant at) {
		this.addedBy = userUuid;
		this.addedAt = at;
	}

	public void revoke(String userUuid, Instant at, String reason) {
		this.revokedBy = userUuid;
		this.revokedAt = at;
		this.revokeReason = reason;
	}
}
