package org.openmrs.module.addonmarket.test;

import javax.sql.DataSource;

import org.hibernate.SessionFactory;
import org.openmrs.module.addonmarket.host.Setting;
import org.openmrs.module.addonmarket.host.SystemRunner;
import org.openmrs.module.addonmarket.persistence.SchemaMigration;
import org.openmrs.module.addonmarket.persistence.StandaloneSessionFactory;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.FilterType;
import org.springframework.orm.hibernate5.HibernateTransactionManager;
import org.springframework.orm.hibernate5.LocalSessionFactoryBean;
import org.springframework.transaction.annotation.EnableTransactionManagement;

/**
 * The module's API wired as a host wires it, over one test database, with a test identity, settings and clinical
 * record.
 */
@Configuration
@EnableTransactionManagement
@ComponentScan(basePackages = "org.openmrs.module.addonmarket", excludeFilters = @ComponentScan.Filter(
        type = FilterType.REGEX, pattern = "org\\.openmrs\\.module\\.addonmarket\\.test\\..*"))
public class ApiTestContext {

	private static final ThreadLocal<DataSource> STARTING = new ThreadLocal<>();

	/**
	 * Migrates a new database and starts the module's beans over it.
	 *
	 * @param database where to run
	 * @return the started context; close it when done
	 */
	public static AnnotationConfigApplicationContext start(TestDatabase database) {
		DataSource dataSource = database.newDatabase();
		SchemaMigration.migrate(dataSource);
		STARTING.set(dataSource);
		try {
			return new AnnotationConfigApplicationContext(ApiTestContext.class);
		}
		finally {
			STARTING.remove();
		}
	}

	/**
	 * Starts a second node of the module over the database another context runs on: its own beans (its own
	 * memory of installations, its own audit writer), the same tables.
	 *
	 * @param first a started context
	 * @return the other node; close it when done
	 */
	public static AnnotationConfigApplicationContext anotherNode(ApplicationContext first) {
		STARTING.set(first.getBean(DataSource.class));
		try {
			return new AnnotationConfigApplicationContext(ApiTestContext.class);
		}
		finally {
			STARTING.remove();
		}
	}

	@Bean
	public DataSource dataSource() {
		return STARTING.get();
	}

	@Bean
	public LocalSessionFactoryBean sessionFactory(DataSource dataSource) {
		return StandaloneSessionFactory.create(dataSource, true);
	}

	@Bean
	public HibernateTransactionManager transactionManager(SessionFactory sessionFactory) {
		return new HibernateTransactionManager(sessionFactory);
	}

	@Bean
	public TestIdentity hostIdentity() {
		return new TestIdentity();
	}

	/**
	 * Settings the tests set. The scheduler's own thread looks once a day only: schedule tests drive
	 * {@code ScheduleRunner.tick()} themselves, and tests that move the module's clock must not start schedules.
	 */
	@Bean
	public TestSettings hostSettings() {
		TestSettings settings = new TestSettings();
		settings.set(Setting.RUNTIME_SCHEDULE_POLL_SECONDS.name(), "86400");
		return settings;
	}

	/** Clinical events the tests raise, told to listeners on the raising thread. */
	@Bean
	public TestClinicalEvents clinicalEvents() {
		return new TestClinicalEvents();
	}

	/** Background work (triggers, schedules, sweeps) runs on the calling thread: this host has no daemon session. */
	@Bean
	public SystemRunner systemRunner() {
		return SystemRunner.direct();
	}

	/** The host's clinical record: a few synthetic patients (the standalone and OpenMRS hosts bring their own). */
	@Bean
	public InMemoryClinicalData clinicalData() {
		return new InMemoryClinicalData();
	}
}
