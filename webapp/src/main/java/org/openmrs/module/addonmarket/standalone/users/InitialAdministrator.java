package org.openmrs.module.addonmarket.standalone.users;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.LinkedHashSet;
import java.util.Set;

import org.openmrs.module.addonmarket.Privileges;
import org.openmrs.module.addonmarket.host.ModuleClock;
import org.openmrs.module.addonmarket.standalone.ServerOptions;
import org.openmrs.module.addonmarket.standalone.users.dao.RoleDao;
import org.openmrs.module.addonmarket.standalone.users.dao.UserDao;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationListener;
import org.springframework.context.event.ContextRefreshedEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The first account of a server outside demo mode (docs/decisions/0014-standalone-operations.md): on a start that
 * finds no user at all, adds the role {@value #ROLE} (every privilege) and the user {@value #USERNAME} holding it,
 * with the password in {@code --admin-password-file} or else a random one, printed once and written to
 * {@value #PASSWORD_FILE} in the data directory, readable by its owner only. Later starts add nothing; while that
 * file is still there, they say so.
 */
@Component
public class InitialAdministrator implements ApplicationListener<ContextRefreshedEvent> {

	public static final String USERNAME = "admin";

	public static final String ROLE = "System Administrator";

	public static final String PASSWORD_FILE = "initial-admin-password";

	private static final Logger log = LoggerFactory.getLogger(InitialAdministrator.class);

	private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";

	private static final int RANDOM_LENGTH = 20;

	private final UserDao users;

	private final RoleDao roles;

	private final Passwords passwords;

	private final ModuleClock clock;

	private final ServerOptions options;

	private final TransactionTemplate transactions;

	public InitialAdministrator(UserDao users, RoleDao roles, Passwords passwords, ModuleClock clock,
	    ServerOptions options, PlatformTransactionManager transactionManager) {
		this.users = users;
		this.roles = roles;
		this.passwords = passwords;
		this.clock = clock;
		this.options = options;
		this.transactions = new TransactionTemplate(transactionManager);
	}

	@Override
	public void onApplicationEvent(ContextRefreshedEvent event) {
		if (options.demoMode()) {
			return;
		}
		Boolean created = transactions.execute(status -> users.count() == 0 && create());
		if (!Boolean.TRUE.equals(created)) {
			if (options.adminPasswordFile() != null) {
				log.info("--admin-password-file ignored: the database has users already");
			}
			if (Files.exists(passwordFile())) {
				log.warn("{} still exists: once the administrator has signed in and changed the password, delete it",
				    passwordFile().toAbsolutePath());
			}
		}
	}

	private boolean create() {
		String password = options.adminPasswordFile() != null ? passwordFrom(options.adminPasswordFile())
		        : randomPassword();
		Set<String> all = new LinkedHashSet<>(Privileges.MODULE_PRIVILEGES);
		all.addAll(Privileges.CLINICAL_PRIVILEGES);
		Role role = roles.getByName(ROLE).orElseGet(
		    () -> roles.save(new Role(ROLE, "Every privilege; held by the initial administrator", all)));
		User admin = new User(USERNAME, "Administrator", passwords.hash(password, USERNAME), clock.now());
		admin.setRoles(Set.of(role));
		users.save(admin);
		if (options.adminPasswordFile() != null) {
			log.warn("Initial administrator created: user {} with the password in {}", USERNAME,
			    options.adminPasswordFile().toAbsolutePath());
		}
		else {
			Path file = writeOwnerOnly(password);
			log.warn("Initial administrator created: user {} password {} (also in {}, readable by its owner only);"
			        + " sign in, change the password under Users, then delete that file",
			    USERNAME, password, file.toAbsolutePath());
		}
		return true;
	}

	/**
	 * @param file a file holding a password on its first line
	 * @return that password
	 * @throws IllegalArgumentException saying in one line why the file cannot serve
	 */
	public static String passwordFrom(Path file) {
		String content;
		try {
			content = Files.readString(file, StandardCharsets.UTF_8);
		}
		catch (IOException e) {
			throw new IllegalArgumentException("cannot read --admin-password-file " + file + ": " + e.getMessage(), e);
		}
		String password = content.lines().findFirst().orElse("").strip();
		if (password.length() < Passwords.MIN_LENGTH) {
			throw new IllegalArgumentException("--admin-password-file " + file + " must hold a password of at least "
			        + Passwords.MIN_LENGTH + " characters on its first line");
		}
		return password;
	}

	/** @return where a random initial password is written */
	public Path passwordFile() {
		return options.dataDir().resolve(PASSWORD_FILE);
	}

	private static String randomPassword() {
		SecureRandom random = new SecureRandom();
		StringBuilder password = new StringBuilder(RANDOM_LENGTH);
		for (int i = 0; i < RANDOM_LENGTH; i++) {
			password.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
		}
		return password.toString();
	}

	private Path writeOwnerOnly(String password) {
		Path file = passwordFile();
		try {
			Files.createDirectories(file.getParent());
			Files.deleteIfExists(file);
			try {
				Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
			}
			catch (UnsupportedOperationException notPosix) {
				Files.createFile(file);
			}
			Files.writeString(file, password + System.lineSeparator(), StandardCharsets.UTF_8);
			return file;
		}
		catch (FileAlreadyExistsException e) {
			throw new UncheckedIOException("another process wrote " + file + " at the same time", e);
		}
		catch (IOException e) {
			throw new UncheckedIOException("cannot write the initial administrator's password to " + file, e);
		}
	}
}
