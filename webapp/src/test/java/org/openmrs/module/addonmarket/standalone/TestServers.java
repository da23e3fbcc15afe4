package org.openmrs.module.addonmarket.standalone;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.openmrs.module.addonmarket.test.TestDatabase;

/**
 * Starts standalone servers for tests on a new, empty database of a kind.
 */
public final class TestServers {

	private TestServers() {
	}

	/**
	 * @return the command line for a server on any free port over this database, with a new, empty data directory
	 *         (where a first start outside demo mode writes the initial administrator's password), plus the extra
	 *         arguments
	 */
	public static String[] arguments(TestDatabase.Created database, String... extra) {
		Path dataDir;
		try {
			dataDir = Files.createTempDirectory("addonmarket-data");
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		List<String> args = new ArrayList<>(List.of("--port", "0", "--db-url", database.url(), "--db-user",
		    database.user(), "--data-dir", dataDir.toString()));
		args.addAll(List.of(extra));
		return args.toArray(new String[0]);
	}

	/** @return a server in demo mode ({@code --demo}) over a new database of this kind */
	public static StandaloneServer startDemo(TestDatabase kind) {
		return StandaloneServer.start(ServerOptions.parse(arguments(kind.newDatabaseUrl(), "--demo")));
	}
}
