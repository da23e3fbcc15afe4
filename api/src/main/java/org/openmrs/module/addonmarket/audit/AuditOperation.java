package org.openmrs.module.addonmarket.audit;

/**
 * The operation names the module writes into the audit log. The set is open (a new governance act may add a name),
 * but every name is lower case letters, digits and hyphens, at most 32 characters.
 */
public final class AuditOperation {

	/** Access: one resource by id. */
	public static final String READ = "read";

	/** Access: a search of one resource type. */
	public static final String SEARCH = "search";

	/** Access: a new resource. */
	public static final String CREATE = "create";

	/** Access: a change to a resource. */
	public static final String UPDATE = "update";

	/** Access: data sent out of the EHR to an approved (or refused) destination. */
	public static final String EGRESS = "egress";

	public static final String PUBLISH = "publish";

	public static final String INSTALL = "install";

	public static final String GRANT = "grant";

	public static final String DENY = "deny";

	public static final String SUSPEND = "suspend";

	public static final String RESUME = "resume";

	public static final String UPGRADE = "upgrade";

	public static final String ROLLBACK = "rollback";

	public static final String CONFIGURE = "configure";

	public static final String UNINSTALL = "uninstall";

	public static final String KEY_ADDED = "key-added";

	public static final String KEY_REVOKED = "key-revoked";

	public static final String BLOCK = "block";

	public static final String UNBLOCK = "unblock";

	public static final String WITHDRAW = "withdraw";

	public static final String DISABLE = "disable";

	public static final String ENABLE = "enable";

	public static final String REVOKE = "revoke";

	public static final String EXPIRE = "expire";

	public static final String PUBLISHER_CREATED = "publisher-created";

	public static final String MEMBER_ADDED = "member-added";

	public static final String MEMBER_REMOVED = "member-removed";

	private AuditOperation() {
	}

	/** @return whether the operation reads clinical data (read or search) */
	public static boolean isRead(String operation) {
		return READ.equals(operation) || SEARCH.equals(operation);
	}

	/** @return whether the operation writes clinical data (create or update) */
	public static boolean isWrite(String operation) {
		return CREATE.equals(operation) || UPDATE.equals(operation);
	}
}
