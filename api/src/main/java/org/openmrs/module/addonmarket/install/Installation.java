package org.openmrs.module.addonmarket.install;

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
import javax.persistence.Version;

import org.openmrs.module.addonmarket.catalog.Addon;
import org.openmrs.module.addonmarket.error.AddonMarketException;
import org.openmrs.module.addonmarket.error.ErrorCode;

/**
 * One add-on installed at one version for one audience. Its state moves only as {@link InstallationState}
 * allows; an upgrade awaiting approval is held in {@code pendingVersion} while the installation keeps running its
 * version.
 */
@Entity
@Table(name = "addonmarket_installation")
public class Installation {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	@Column(name = "installation_id")
	private Long id;

	@Column(name = "uuid", nullable = false, unique = true, length = 38)
	private String uuid = UUID.randomUUID().toString();

	@ManyToOne(optional = false)
	@JoinColumn(name = "addon_id", nullable = false)
	private Addon addon;

	@Column(name = "addon_version", nullable = false, length = 64)
	private String addonVersion;

	@Column(name = "pending_version", length = 64)
	private String pendingVersion;

	@Enumerated(EnumType.STRING)
	@Column(name = "state", nullable = false, length = 20)
	private InstallationState state = InstallationState.PENDING_APPROVAL;

	@Column(name = "state_reason", length = 1000)
	private String stateReason;

	@Column(name = "state_changed_by", length = 38)
	private String stateChangedBy;

	@Column(name = "state_changed_at")
	private Instant stateChangedAt;

	@Enumerated(EnumType.STRING)
	@Column(name = "audience_kind", nullable = false, length = 20)
	private AudienceKind audienceKind;

	@Column(name = "audience_value", length = 255)
	private String audienceValue;

	/** addon:kind:value while the installation is live, null after: unique, so two live twins cannot exist. */
	@Column(name = "live_key", unique = true, length = 400)
	private String liveKey;

	@Column(name = "installed_by", nullable = false, length = 38)
	private String installedBy;

	@Column(name = "installed_at", nullable = false)
	private Instant installedAt;

	@Version
	@Column(name = "version", nullable = false)
	private int version;

	protected Installation() {
	}

	public Installation(Addon addon, String addonVersion, Audience audience, String installedBy, Instant at) {
		this.addon = addon;
		this.addonVersion = addonVersion;
		this.audienceKind = audience.kind();
		this.audienceValue = audience.value();
		this.installedBy = installedBy;
		this.installedAt = at;
		this.liveKey = liveKeyOf(addon, audience);
	}

	/** @return the key that two live installations of the same add-on for the same audience would share */
	public static String liveKeyOf(Addon addon, Audience audience) {
		return addon.getAddonId() + "|" + audience;
	}

	/**
	 * Moves to another state.
	 *
	 * @param target the new state
	 * @param userUuid who moves it ("system" for the expiry sweeper)
	 * @param at when
	 * @param reason why, or null
	 * @throws AddonMarketException ILLEGAL_TRANSITION (409) when the state machine forbids it
	 */
	public void moveTo(InstallationState target, String userUuid, Instant at, String reason) {
		if (!state.canMoveTo(target)) {
			throw new AddonMarketException(ErrorCode.ILLEGAL_TRANSITION, "Installation " + uuid + " is " + state
			        + " and cannot become " + target + "; from " + state + " it may become " + state.next(), "state");
		}
		this.state = target;
		this.stateChangedBy = userUuid;
		this.stateChangedAt = at;
		this.stateReason = reason;
		if (!target.isLive()) {
			this.liveKey = null;
		}
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

	/** @return the version it runs */
	public String getAddonVersion() {
		return addonVersion;
	}

	/** @return an upgrade awaiting approval, or null */
	public String getPendingVersion() {
		return pendingVersion;
	}

	public InstallationState getState() {
		return state;
	}

	public String getStateReason() {
		return stateReason;
	}

	public String getStateChangedBy() {
		return stateChangedBy;
	}

	public Instant getStateChangedAt() {
		return stateChangedAt;
	}

	public Audience getAudience() {
		return new Audience(audienceKind, audienceValue);
	}

	public String getInstalledBy() {
		return installedBy;
	}

	public Instant getInstalledAt() {
		return installedAt;
	}

	/** @return the optimistic-lock version, which clients send back to say what they saw */
	public int getLockVersion() {
		return version;
	}

	/** Runs another version from now on (an approved or narrowing upgrade, a rollback). */
	public void runVersion(String newVersion) {
		this.addonVersion = newVersion;
		this.pendingVersion = null;
	}

	/** Holds an upgrade until an administrator approves what it adds. */
	public void holdUpgrade(String newVersion) {
		this.pendingVersion = newVersion;
	}

	public void dropPendingUpgrade() {
		this.pendingVersion = null;
	}
}
