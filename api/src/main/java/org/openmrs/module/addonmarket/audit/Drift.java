package org.openmrs.module.addonmarket.audit;

/**
 * One difference between what an add-on declared and what it did.
 *
 * @param kind what sort of difference
 * @param subject what it is about: a resource type, a destination URL or a scope
 * @param explanation the difference in words an auditor reads
 */
public record Drift(Kind kind, String subject, String explanation) {

	/** The sorts of drift the data-flow report flags. */
	public enum Kind {
		/** Three or more denied calls for a resource type that no declared scope names: the add-on keeps trying. */
		ACCESS_DENIED_REPEATEDLY,
		/** Data sent, or an attempt to send it, to a destination no declared egress URL covers. */
		EGRESS_UNDECLARED,
		/** A declared scope that permitted no call in the period: a candidate for narrowing the grant. */
		SCOPE_UNUSED,
		/** A permitted call on a resource type that no declared scope names. */
		UNDECLARED_RESOURCE_ACCESSED
	}
}
