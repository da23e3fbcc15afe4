package org.openmrs.module.addonmarket.catalog;

import java.time.Instant;
import java.util.Collection;
import java.util.Collections;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import javax.persistence.CollectionTable;
import javax.persistence.Column;
import javax.persistence.ElementCollection;
import javax.persistence.FetchType;
import javax.persistence.Entity;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.JoinColumn;
import javax.persistence.ManyToOne;
import javax.persistence.Table;
import javax.persistence.Version;

/**
 * An add-on in the catalog: one per manifest {@code id}, owned by the publisher that first published it. Name,
 * description and categories follow the latest published version.
 */
@Entity
@Table(name = "addonmarket_addon")
public class Addon {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	@Column(name = "addon_id")
	private Long id;

	@Column(name = "uuid", nullable = false, unique = true, length = 38)
	private String uuid = UUID.randomUUID().toString();

	@Column(name = "addon_key", nullable = false, unique = true, length = 100)
	private String addonId;

	@ManyToOne(optional = false)
	@JoinColumn(name = "publisher_id", nullable = false)
	private Publisher publisher;

	@Column(name = "name", nullable = false, length = 255)
	private String name;

	@Column(name = "description", length = 2000)
	private String description;

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "addonmarket_addon_category", joinColumns = @JoinColumn(name = "addon_id"))
	@Column(name = "category", nullable = false, length = 64)
	private Set<String> categories = new TreeSet<>();

	@Column(name = "latest_version", nullable = false, length = 64)
	private String latestVersion;

	@Column(name = "latest_signed", nullable = false)
	private boolean latestSigned;

	@Enumerated(EnumType.STRING)
	@Column(name = "status", nullable = false, length = 20)
	private AddonStatus status = AddonStatus.LISTED;

	@Column(name = "blocked_reason", length = 1000)
	private String blockedReason;

	@Column(name = "blocked_by", length = 38)
	private String blockedBy;

	@Column(name = "blocked_at")
	private Instant blockedAt;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	@Column(name = "updated_at", nullable = false)
	private Instant updatedAt;

	@Version
	@Column(name = "version", nullable = false)
	private int version;

	protected Addon() {
	}

	public Addon(String addonId, Publisher publisher, Instant createdAt) {
		this.addonId = addonId;
		this.publisher = publisher;
		this.createdAt = createdAt;
		this.updatedAt = createdAt;
	}

	public Long getId() {
		return id;
	}

	public String getUuid() {
		return uuid;
	}

	/** @return the manifest id, e.g. {@code org.example.bp-crisis-alert} */
	public String getAddonId() {
		return addonId;
	}

	public Publisher getPublisher() {
		return publisher;
	}

	public String getName() {
		return name;
	}

	public String getDescription() {
		return description;
	}

	public Set<String> getCategories() {
		return Collections.unmodifiableSet(categories);
	}

	public String getLatestVersion() {
		return latestVersion;
	}

	/** @return whether the latest version was signed by a trusted key */
	public boolean isLatestSigned() {
		return latestSigned;
	}

	public AddonStatus getStatus() {
		return status;
	}

	public String getBlockedReason() {
		return blockedReason;
	}

	public String getBlockedBy() {
		return blockedBy;
	}

	public Instant getBlockedAt() {
		return blockedAt;
	}

	public Instant getCreatedAt() {
		return createdAt;
	}

	public Instant getUpdatedAt() {
		return updatedAt;
	}

	public boolean isBlocked() {
		return status == AddonStatus.BLOCKED;
	}

	/** Takes name, description and categories from a newly published version. */
	public void describe(AddonVersion latest, String newName, String newDescription, Collection<String> newCategories) {
		this.latestVersion = latest.getVersion();
		this.latestSigned = latest.isSigned();
		Instant at = latest.getPublishedAt();
		this.name = newName;
		this.description = newDescription;
		this.categories.clear();
		this.categories.addAll(newCategories);
		this.updatedAt = at;
	}

	public void block(String userUuid, Instant at, String reason) {
		this.status = AddonStatus.BLOCKED;
		this.blockedBy = userUuid;
		this.blockedAt = at;
		this.blockedReason = reason;
		this.updatedAt = at;
	}

	public void unblock(Instant at) {
		this.status = AddonStatus.LISTED;
		this.blockedBy = null;
		this.blockedAt = null;
		this.blockedReason = null;
		this.updatedAt = at;
	}
}
