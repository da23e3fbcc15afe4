package org.openmrs.module.addonmarket.test;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.junit.After;
import org.junit.runner.RunWith;
import org.junit.runners.Parameterized;
import org.junit.runners.Parameterized.Parameter;
import org.junit.runners.Parameterized.Parameters;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;

/**
 * Base of every test that touches the database: each test runs once per database in
 * {@link TestDatabase#selected()} (H2, PostgreSQL and MariaDB by default), and the Surefire report names the
 * database in brackets. One migrated database per kind is shared by the whole JVM, so tests make their own
 * uniquely named data; a test that needs an empty database calls {@link ApiTestContext#start(TestDatabase)}.
 */
@RunWith(Parameterized.class)
public abstract class PersistenceTest {

	private static final Map<TestDatabase, AnnotationConfigApplicationContext> CONTEXTS = new EnumMap<>(
	        TestDatabase.class);

	@Parameter
	public TestDatabase database;

	@Parameters(name = "{0}")
	public static List<TestDatabase> databases() {
		return TestDatabase.selected();
	}

	/** @return the module's beans over this test's database */
	protected AnnotationConfigApplicationContext context() {
		synchronized (CONTEXTS) {
			return CONTEXTS.computeIfAbsent(database, ApiTestContext::start);
		}
	}

	protected <T> T bean(Class<T> type) {
		return context().getBean(type);
	}

	protected TestIdentity identity() {
		return bean(TestIdentity.class);
	}

	@After
	public void signOutAndResetSettings() {
		if (CONTEXTS.containsKey(database)) {
			identity().signOut();
			bean(TestSettings.class).clear();
		}
	}
}
