package org.openmrs.module.addonmarket.runtime;

import java.time.Instant;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;

/**
 * The claim of one server on one tick of one schedule of one installation. The database keeps at most one claim per
 * (installation, handler, tick): the server whose insert succeeds runs the tick, so several servers on one database
 * run each tick once. Claims are only added, and deleted once their tick is long past.
 */
@Entity
@Table(name = "addonmarket_schedule_claim")
public class ScheduleClaim {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	@Column(name = "schedule_claim_id")
	private Long id;

	@Column(name = "installation_uuid", nullable = false, length = 38)
	private String installationUuid;

	@Column(name = "handler", nullable = false, length = 100)
	private String handler;

	@Column(name = "tick_at", nullable = false)
	private Instant tickAt;

	@Column(name = "claimed_by", nullable = false, length = 100)
	private String claimedBy;

	@Column(name = "claimed_at", nullable = false)
	private Instant claimedAt;

	protected ScheduleClaim() {
	}

	/**
	 * @param installationUuid the installation
	 * @param handler the schedule's handler
	 * @param tickAt the time the schedule came due
	 * @param claimedBy the server that claims it
	 * @param claimedAt when it claimed it
	 */
	public ScheduleClaim(String installationUuid, String handler, Instant tickAt, String claimedBy,
	    Instant claimedAt) {
		this.installationUuid = installationUuid;
		this.handler = handler;
		this.tickAt = tickAt;
		this.claimedBy = claimedBy;
		this.claimedAt = claimedAt;
	}

	public String getInstallationUuid() {
		return installationUuid;
	}

	public String getHandler() {
		return handler;
	}

	public Instant getTickAt() {
		return tickAt;
	}

	public String getClaimedBy() {
		return claimedBy;
	}

	public Instant getClaimedAt() {
		return claimedAt;
	}
}
