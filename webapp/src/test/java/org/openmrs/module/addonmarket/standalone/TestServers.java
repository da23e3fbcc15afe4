package org.openmrs.module.addonmarket.standalone;

import java.util.ArrayList;
import java.util.List;

import org.openmrs.module.addonmarket.test.TestDatabase;

/**
 * Starts standalone servers for tests on a new, empty database of a kind.
 */
public final class TestServers {

	private TestServers() {
	}

	/** @return the command line for a server on any free port over this database, plus the extra arguments */
	public static String[] arguments(TestDatabase.Created database, String... extra) {
		List<String> args = new ArrayList<>(
		        List.of("--port", "0", "--db-url", database.url(), "--db-user", database.user()));
		args.addAll(List.of(extra));
		return args.toArray(new String[0]);
	}

	/** @return a server in demo mode ({@code --demo}) over a new database of this kind */
	public static StandaloneServer startDemo(TestDatabase kind) {
		return StandaloneServer.start(ServerOptions.parse(arguments(kind.newDatabaseUrl(), "--demo")));
	}
}
