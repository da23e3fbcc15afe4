package org.openmrs.module.addonmarket.standalone;

import javax.sql.DataSource;

import org.hibernate.SessionFactory;
import org.openmrs.module.addonmarket.host.SystemRunner;
import org.openmrs.module.addonmarket.persistence.StandaloneSessionFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.FilterType;
import org.springframework.orm.hibernate5.HibernateTransactionManager;
import org.springframework.orm.hibernate5.LocalSessionFactoryBean;
import org.springframework.transaction.annotation.EnableTransactionManagement;
import org.springframework.web.servlet.config.annotation.EnableWebMvc;

/**
 * The module's beans as the standalone server wires them: the same services and REST controllers as in OpenMRS,
 * over the server's own database, identity and settings instead of the platform's. The OpenMRS adapters are left
 * out, and so is the api's test package: its test context (on the class path in tests) scans without excluding
 * them and would bring the OpenMRS adapters back. The standalone server's own parts (users and roles, sign-in,
 * their REST endpoints, the synthetic clinical record, demo data) come from its sub-packages.
 */
@Configuration
@EnableWebMvc
@EnableTransactionManagement
@ComponentScan(basePackages = "org.openmrs.module.addonmarket", excludeFilters = @ComponentScan.Filter(
        type = FilterType.REGEX, pattern = "org\\.openmrs\\.module\\.addonmarket\\.(openmrs|standalone|test)\\..*"))
@ComponentScan(basePackages = { "org.openmrs.module.addonmarket.standalone.users",
        "org.openmrs.module.addonmarket.standalone.security", "org.openmrs.module.addonmarket.standalone.web",
        "org.openmrs.module.addonmarket.standalone.demo", "org.openmrs.module.addonmarket.standalone.clinical" })
public class StandaloneConfig {

	@Bean
	public LocalSessionFactoryBean sessionFactory(DataSource dataSource) {
		return StandaloneSessionFactory.create(dataSource, false);
	}

	@Bean
	public HibernateTransactionManager transactionManager(SessionFactory sessionFactory) {
		return new HibernateTransactionManager(sessionFactory);
	}

	@Bean
	public StandaloneIdentity hostIdentity() {
		return new StandaloneIdentity();
	}

	@Bean
	public StandaloneSettings hostSettings() {
		return new StandaloneSettings();
	}

	/** Background work (triggers, schedules, sweeps) runs on the calling thread: this host has no daemon session. */
	@Bean
	public SystemRunner systemRunner() {
		return SystemRunner.direct();
	}
}
