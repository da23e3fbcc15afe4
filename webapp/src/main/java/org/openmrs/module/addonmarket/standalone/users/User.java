package org.openmrs.module.addonmarket.standalone.users;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Collections;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.FetchType;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.JoinColumn;
import javax.persistence.JoinTable;
import javax.persistence.ManyToMany;
import javax.persistence.Table;

import org.hibernate.annotations.DynamicUpdate;

/**
 * Someone who signs in to the standalone server. The password is kept only as a hash; the failed-attempt count and
 * the lock implement the lockout of {@link LockoutPolicy}.
 */
@Entity(name = "StandaloneUser")
@Table(name = "addonmarket_standalone_user")
@DynamicUpdate
public class User {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	@Column(name = "user_id")
	private Long id;

	@Column(name = "uuid", nullable = false, unique = true, length = 38)
	private String uuid = UUID.randomUUID().toString();

	@Column(name = "username", nullable = false, unique = true, length = 50)
	private String username;

	@Column(name = "display_name", nullable = false, length = 255)
	private String displayName;

	@Column(name = "password_hash", nullable = false, length = 255)
	private String passwordHash;

	@Column(name = "enabled", nullable = false)
	private boolean enabled = true;

	@Column(name = "failed_attempts", nullable = false)
	private int failedAttempts;

	@Column(name = "locked_until")
	private Instant lockedUntil;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	@ManyToMany(fetch = FetchType.EAGER)
	@JoinTable(name = "addonmarket_standalone_user_role", joinColumns = @JoinColumn(name = "user_id"),
	        inverseJoinColumns = @JoinColumn(name = "role_id"))
	private Set<Role> roles = new HashSet<>();

	protected User() {
	}

	/**
	 * @param username the normalised (lower-case) name the user signs in with
	 * @param displayName the name people see
	 * @param passwordHash the password's hash, never the password
	 * @param createdAt when the account was made
	 */
	public User(String username, String displayName, String passwordHash, Instant createdAt) {
		this.username = username;
		this.displayName = displayName;
		this.passwordHash = passwordHash;
		// Databases keep microseconds; so does the answer that shows the new user.
		this.createdAt = createdAt.truncatedTo(ChronoUnit.MICROS);
	}

	/**
	 * Usernames are kept in lower case, so that "Admin" and "admin" are one user on every database (MariaDB would
	 * compare them equal, PostgreSQL not).
	 *
	 * @return the username as stored, or null for null
	 */
	public static String normaliseUsername(String username) {
		return username == null ? null : username.trim().toLowerCase(Locale.ROOT);
	}

	public Long getId() {
		return id;
	}

	public String getUuid() {
		return uuid;
	}

	public String getUsername() {
		return username;
	}

	public String getDisplayName() {
		return displayName;
	}

	public void setDisplayName(String displayName) {
		this.displayName = displayName;
	}

	public String getPasswordHash() {
		return passwordHash;
	}

	public void setPasswordHash(String passwordHash) {
		this.passwordHash = passwordHash;
	}

	public boolean isEnabled() {
		return enabled;
	}

	public void setEnabled(boolean enabled) {
		this.enabled = enabled;
	}

	public int getFailedAttempts() {
		return failedAttempts;
	}

	/** @return until when sign-in is refused, or null when the account is not locked */
	public Instant getLockedUntil() {
		return lockedUntil;
	}

	public Instant getCreatedAt() {
		return createdAt;
	}

	/** @return whether sign-in is refused at this instant because of failed attempts */
	public boolean isLockedAt(Instant now) {
		return lockedUntil != null && now.isBefore(lockedUntil);
	}

	/**
	 * Counts a failed sign-in; the one that reaches the policy's limit locks the account and starts the count anew,
	 * so that after the lock ends the user again has the full number of attempts.
	 */
	public void recordFailedSignIn(Instant now, LockoutPolicy policy) {
		failedAttempts++;
		if (failedAttempts >= policy.maxFailures()) {
			lockedUntil = now.plus(policy.lockDuration());
			failedAttempts = 0;
		}
	}

	/** A successful sign-in, or an administrator's unlock: forgets earlier failures and any lock. */
	public void clearFailedSignIns() {
		failedAttempts = 0;
		lockedUntil = null;
	}

	public Set<Role> getRoles() {
		return Collections.unmodifiableSet(roles);
	}

	public void setRoles(Set<Role> roles) {
		this.roles = new HashSet<>(roles);
	}

	/** @return the union of the privileges of the user's roles, sorted */
	public Set<String> privileges() {
		Set<String> privileges = new TreeSet<>();
		roles.forEach(role -> privileges.addAll(role.getPrivileges()));
		return privileges;
	}
}
