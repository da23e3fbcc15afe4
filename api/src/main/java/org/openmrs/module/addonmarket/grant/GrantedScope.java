package org.openmrs.module.addonmarket.grant;

import java.util.Objects;

import javax.persistence.Column;
import javax.persistence.Embeddable;

/**
 * One scope of a grant, in canonical form, and whether it also covers data on the sensitive list.
 */
@Embeddable
public class GrantedScope {

	@Column(name = "scope", nullable = false, length = 1000)
	private String scope;

	@Column(name = "is_sensitive", nullable = false)
	private boolean sensitive;

	protected GrantedScope() {
	}

	public GrantedScope(String scope, boolean sensitive) {
		this.scope = scope;
		this.sensitive = sensitive;
	}

	/** @return the scope in canonical form */
	public String getScope() {
		return scope;
	}

	/** @return whether records with codes on the sensitive list are released under it */
	public boolean isSensitive() {
		return sensitive;
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof GrantedScope && ((GrantedScope) other).scope.equals(scope)
		        && ((GrantedScope) other).sensitive == sensitive;
	}

	@Override
	public int hashCode() {
		return Objects.hash(scope, sensitive);
	}

	@Override
	public String toString() {
		return sensitive ? scope + " (sensitive)" : scope;
	}
}
