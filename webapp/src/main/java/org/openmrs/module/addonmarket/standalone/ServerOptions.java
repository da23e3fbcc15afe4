package org.openmrs.module.addonmarket.standalone;

import java.nio.file.Path;

/**
 * The standalone server's command line.
 *
 * @param port the HTTP port (0: any free port)
 * @param dataDir where the default H2 database lives
 * @param dbUrl a JDBC URL of MariaDB, MySQL, PostgreSQL or H2, or null for the H2 database in dataDir
 * @param dbUser the database user, or null
 * @param dbPassword the database password, or null
 * @param demo whether demo data was asked for explicitly ({@code --demo}); see {@link #demoMode()}
 * @param adminPasswordFile a file holding the initial administrator's password, or null for a random one; used only
 *            when a server outside demo mode starts on a database with no user
 * @param help whether only the usage was asked for
 */
public record ServerOptions(int port, Path dataDir, String dbUrl, String dbUser, String dbPassword, boolean demo,
        Path adminPasswordFile, boolean help) {

	public static final String USAGE = String.join(System.lineSeparator(),
	    "Usage: java -jar addonmarket-standalone.jar [options]",
	    "  --port N             HTTP port (default 8080; 0 picks a free port)",
	    "  --data-dir DIR       where the built-in H2 database is kept (default ./addonmarket-data)",
	    "  --db-url URL         JDBC URL of a MariaDB or PostgreSQL database instead of the built-in H2",
	    "  --db-user USER       database user", "  --db-password PASS   database password",
	    "  --demo               add the demo accounts (password Admin123) even with --db-url;",
	    "                       without --db-url the server always starts in demo mode",
	    "  --admin-password-file FILE",
	    "                       on a first start outside demo mode (no user yet), the password of the initial",
	    "                       administrator 'admin'; without it a random one is printed once and written to",
	    "                       DIR/initial-admin-password (readable by its owner only)",
	    "  --help               print this and exit", "",
	    "Developer commands (keygen, pack, sign, verify, validate): java -jar addonmarket-standalone.jar addon --help");

	/**
	 * @param args the command line
	 * @return the options
	 * @throws UsageException naming the argument that is wrong
	 */
	public static ServerOptions parse(String... args) {
		int port = 8080;
		Path dataDir = Path.of("addonmarket-data");
		String dbUrl = null;
		String dbUser = null;
		String dbPassword = null;
		boolean demo = false;
		Path adminPasswordFile = null;
		for (int i = 0; i < args.length; i++) {
			String arg = args[i];
			switch (arg) {
				case "--help":
				case "-h":
					return new ServerOptions(port, dataDir, dbUrl, dbUser, dbPassword, demo, adminPasswordFile, true);
				case "--port":
					port = parsePort(valueOf(args, ++i, arg));
					break;
				case "--data-dir":
					dataDir = Path.of(valueOf(args, ++i, arg));
					break;
				case "--db-url":
					dbUrl = valueOf(args, ++i, arg);
					if (!dbUrl.startsWith("jdbc:")) {
						throw new UsageException("--db-url must be a JDBC URL starting with jdbc:, got \"" + dbUrl + "\"");
					}
					break;
				case "--db-user":
					dbUser = valueOf(args, ++i, arg);
					break;
				case "--db-password":
					dbPassword = valueOf(args, ++i, arg);
					break;
				case "--demo":
					demo = true;
					break;
				case "--admin-password-file":
					adminPasswordFile = Path.of(valueOf(args, ++i, arg));
					break;
				default:
					throw new UsageException("unknown argument \"" + arg + "\" (see --help)");
			}
		}
		return new ServerOptions(port, dataDir, dbUrl, dbUser, dbPassword, demo, adminPasswordFile, false);
	}

	/**
	 * @return whether the server seeds demo data: when it runs on its own H2 database (the README's run command), or
	 *         when {@code --demo} asks for it; a server given a database URL starts with none otherwise
	 */
	public boolean demoMode() {
		return dbUrl == null || demo;
	}

	/** @return the JDBC URL to use: the one given, or the H2 database in the data directory */
	public String jdbcUrl() {
		if (dbUrl != null) {
			return dbUrl;
		}
		return "jdbc:h2:file:" + dataDir.toAbsolutePath().resolve("addonmarket") + ";DB_CLOSE_ON_EXIT=FALSE";
	}

	private static String valueOf(String[] args, int index, String option) {
		if (index >= args.length || args[index].startsWith("--")) {
			throw new UsageException(option + " needs a value (see --help)");
		}
		return args[index];
	}

	private static int parsePort(String value) {
		try {
			int port = Integer.parseInt(value);
			if (port < 0 || port > 65535) {
				throw new UsageException("--port must be between 0 and 65535, got " + value);
			}
			return port;
		}
		catch (NumberFormatException e) {
			throw new UsageException("--port must be a number, got \"" + value + "\"");
		}
	}

	/** The command line is wrong; the message says where. */
	public static class UsageException extends IllegalArgumentException {

		private static final long serialVersionUID = 1L;

		public UsageException(String message) {
			super(message);
		}
	}
}
