package org.openmrs.module.addonmarket.install;

import java.time.Instant;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.JoinColumn;
import javax.persistence.ManyToOne;
import javax.persistence.Table;

import org.hibernate.annotations.Immutable;

/**
 * One version of an installation's configuration: never changed; a change is a new version with its author and
 * time. The add-on sees only the newest.
 */
@Entity
@Immutable
@Table(name = "addonmarket_configuration")
public class ConfigurationVersion {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	@Column(name = "configuration_id")
	private Long id;

	@ManyToOne(optional = false)
	@JoinColumn(name = "installation_id", nullable = false)
	private Installation installation;

	@Column(name = "version_number", nullable = false)
	private int number;

	@Column(name = "config_json", nullable = false, length = 1048576)
	private String json;

	@Column(name = "addon_version", nullable = false, length = 64)
	private String addonVersion;

	@Column(name = "author", nullable = false, length = 38)
	private String author;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	protected ConfigurationVersion() {
	}

	/**
	 * @param installation whose configuration it is
	 * @param number 1 for the first, then one more each change
	 * @param json the configuration, valid against the manifest's schema of addonVersion
	 * @param addonVersion the add-on version whose schema it was validated against
	 * @param author who wrote it
	 * @param createdAt when
	 */
	public ConfigurationVersion(Installation installation, int number, String json, String addonVersion, String author,
	    Instant createdAt) {
		this.installation = installation;
		this.number = number;
		this.json = json;
		this.addonVersion = addonVersion;
		this.author = author;
		this.createdAt = createdAt;
	}

	public Long getId() {
		return id;
	}

	public Installation getInstallation() {
		return installation;
	}

	public int getNumber() {
		return number;
	}

	public String getJson() {
		return json;
	}

	public String getAddonVersion() {
		return addonVersion;
	}

	public String getAuthor() {
		return author;
	}

	public Instant getCreatedAt() {
		return createdAt;
	}
}
