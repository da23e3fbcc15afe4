package org.openmrs.module.addonmarket.grant;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;

import javax.persistence.CollectionTable;
import javax.persistence.Column;
import javax.persistence.ElementCollection;
import javax.persistence.Entity;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.FetchType;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.JoinColumn;
import javax.persistence.ManyToOne;
import javax.persistence.OrderColumn;
import javax.persistence.Table;

import org.hibernate.annotations.Immutable;
import org.openmrs.module.addonmarket.install.Installation;

/**
 * An administrator's decision for one installation at one add-on version: the scopes and egress destinations it
 * may use, until when, why, who decided and when. Never edited: a change is a new grant that supersedes this one,
 * so that the history answers "who allowed what, when". Revoking is a grant of nothing.
 */
@Entity
@Immutable
@Table(name = "addonmarket_grant")
public class Grant {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	@Column(name = "grant_id")
	private Long id;

	@Column(name = "uuid", nullable = false, unique = true, length = 38)
	private String uuid = UUID.randomUUID().toString();

	@ManyToOne(optional = false)
	@JoinColumn(name = "installation_id", nullable = false)
	private Installation installation;

	@Column(name = "addon_version", nullable = false, length = 64)
	private String addonVersion;

	@Enumerated(EnumType.STRING)
	@Column(name = "kind", nullable = false, length = 20)
	private GrantKind kind;

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "addonmarket_grant_scope", joinColumns = @JoinColumn(name = "grant_id"))
	@OrderColumn(name = "position")
	private List<GrantedScope> scopes = new ArrayList<>();

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "addonmarket_grant_egress", joinColumns = @JoinColumn(name = "grant_id"))
	@OrderColumn(name = "position")
	@Column(name = "url", nullable = false, length = 2000)
	private List<String> egress = new ArrayList<>();

	@Column(name = "expires_at")
	private Instant expiresAt;

	@Column(name = "rationale", nullable = false, length = 2000)
	private String rationale;

	@Column(name = "granted_by", nullable = false, length = 38)
	private String grantedBy;

	@Column(name = "granted_at", nullable = false)
	private Instant grantedAt;

	@Column(name = "supersedes_uuid", length = 38)
	private String supersedesUuid;

	protected Grant() {
	}

	/**
	 * @param installation what it is for
	 * @param addonVersion the add-on version whose request it answers
	 * @param kind approval, narrowing or revocation
	 * @param decision the scopes, egress, expiry and rationale
	 * @param grantedBy who decided ("system" for an automatic narrowing)
	 */
	public Grant(Installation installation, String addonVersion, GrantKind kind, GrantDecision decision,
	    String grantedBy) {
		this.installation = installation;
		this.addonVersion = addonVersion;
		this.kind = kind;
		this.scopes.addAll(decision.scopes());
		this.egress.addAll(decision.egress());
		this.expiresAt = decision.expiresAt();
		this.rationale = decision.rationale();
		this.grantedBy = grantedBy;
		this.grantedAt = decision.at();
		this.supersedesUuid = decision.supersedesUuid();
	}

	public Long getId() {
		return id;
	}

	public String getUuid() {
		return uuid;
	}

	public Installation getInstallation() {
		return installation;
	}

	public String getAddonVersion() {
		return addonVersion;
	}

	public GrantKind getKind() {
		return kind;
	}

	public List<GrantedScope> getScopes() {
		return Collections.unmodifiableList(scopes);
	}

	public List<String> getEgress() {
		return Collections.unmodifiableList(egress);
	}

	/** @return when it stops allowing anything, or null for never */
	public Instant getExpiresAt() {
		return expiresAt;
	}

	public String getRationale() {
		return rationale;
	}

	public String getGrantedBy() {
		return grantedBy;
	}

	public Instant getGrantedAt() {
		return grantedAt;
	}

	/** @return the uuid of the grant this one replaced, or null for the first */
	public String getSupersedesUuid() {
		return supersedesUuid;
	}

	/** @return whether it allows anything at this time */
	public boolean isInForceAt(Instant now) {
		return kind != GrantKind.REVOCATION && (expiresAt == null || now.isBefore(expiresAt));
	}
}
