package org.openmrs.module.addonmarket.standalone.users;

import java.util.Collections;
import java.util.Set;
import java.util.TreeSet;

import javax.persistence.CollectionTable;
import javax.persistence.Column;
import javax.persistence.ElementCollection;
import javax.persistence.Entity;
import javax.persistence.FetchType;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.JoinColumn;
import javax.persistence.Table;

/**
 * A named set of privileges that users hold, e.g. Clinician or Auditor.
 */
@Entity(name = "StandaloneRole")
@Table(name = "addonmarket_standalone_role")
public class Role {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	@Column(name = "role_id")
	private Long id;

	@Column(name = "name", nullable = false, unique = true, length = 50)
	private String name;

	@Column(name = "description", length = 1000)
	private String description;

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "addonmarket_standalone_role_privilege", joinColumns = @JoinColumn(name = "role_id"))
	@Column(name = "privilege", nullable = false, length = 50)
	private Set<String> privileges = new TreeSet<>();

	protected Role() {
	}

	public Role(String name, String description, Set<String> privileges) {
		this.name = name;
		this.description = description;
		this.privileges = new TreeSet<>(privileges);
	}

	public Long getId() {
		return id;
	}

	public String getName() {
		return name;
	}

	public String getDescription() {
		return description;
	}

	public void setDescription(String description) {
		this.description = description;
	}

	/** @return the privileges this role grants, sorted */
	public Set<String> getPrivileges() {
		return Collections.unmodifiableSet(new TreeSet<>(privileges));
	}

	public void setPrivileges(Set<String> privileges) {
		this.privileges.clear();
		this.privileges.addAll(privileges);
	}
}
