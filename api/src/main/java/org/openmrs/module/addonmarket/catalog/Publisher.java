package org.openmrs.module.addonmarket.catalog;

import java.time.Instant;
import java.util.Collections;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

import javax.persistence.CollectionTable;
import javax.persistence.Column;
import javax.persistence.ElementCollection;
import javax.persistence.FetchType;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.JoinColumn;
import javax.persistence.Table;
import javax.persistence.Version;

/**
 * Who publishes add-ons: a clinical unit, a vendor, a team of clinician developers. Its {@code name} is the
 * {@code publisher} that add-on manifests name.
 */
@Entity
@Table(name = "addonmarket_publisher")
public class Publisher {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	@Column(name = "publisher_id")
	private Long id;

	@Column(name = "uuid", nullable = false, unique = true, length = 38)
	private String uuid = UUID.randomUUID().toString();

	@Column(name = "name", nullable = false, unique = true, length = 100)
	private String name;

	@Column(name = "display_name", nullable = false, length = 255)
	private String displayName;

	@Column(name = "description", length = 2000)
	private String description;

	@Column(name = "created_by", nullable = false, length = 38)
	private String createdBy;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "addonmarket_publisher_member", joinColumns = @JoinColumn(name = "publisher_id"))
	@Column(name = "user_uuid", nullable = false, length = 38)
	private Set<String> memberUuids = new HashSet<>();

	@Version
	@Column(name = "version", nullable = false)
	private int version;

	protected Publisher() {
	}

	public Publisher(String name, String displayName, String description) {
		this.name = name;
		this.displayName = displayName;
		this.description = description;
	}

	public Long getId() {
		return id;
	}

	public String getUuid() {
		return uuid;
	}

	public String getName() {
		return name;
	}

	public String getDisplayName() {
		return displayName;
	}

	public void setDisplayName(String displayName) {
		this.displayName = displayName;
	}

	public String getDescription() {
		return description;
	}

	public void setDescription(String description) {
		this.description = description;
	}

	public String getCreatedBy() {
		return createdBy;
	}

	public Instant getCreatedAt() {
		return createdAt;
	}

	/** @return the uuids of the users who may publish for this publisher */
	public Set<String> getMemberUuids() {
		return Collections.unmodifiableSet(memberUuids);
	}

	/** @return whether the user may publish for this publisher */
	public boolean hasMember(String userUuid) {
		return memberUuids.contains(userUuid);
	}

	/** @return false when the user was a member already */
	public boolean addMember(String userUuid) {
		return memberUuids.add(userUuid);
	}

	/** @return false when the user was not a member */
	public boolean removeMember(String userUuid) {
		return memberUuids.remove(userUuid);
	}

	/** Records who created this publisher and when; called once, by the service that saves it. */
	public void markCreated(String userUuid, Instant at) {
		this.createdBy = userUuid;
		this.createdAt = at;
	}
}
