package org.openmrs.module.addonmarket.persistence;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Properties;

import javax.sql.DataSource;

import org.springframework.orm.hibernate5.LocalSessionFactoryBean;

/**
 * Builds the Hibernate session factory for hosts that own their database (the standalone server, the tests). In
 * OpenMRS the platform's session factory maps the module's entities instead (config.xml {@code packagesToScan}).
 */
public final class StandaloneSessionFactory {

	/** Where the module's entities are. */
	public static final String ENTITY_PACKAGE = "org.openmrs.module.addonmarket";

	private StandaloneSessionFactory() {
	}

	/**
	 * @param dataSource the database, already migrated by {@link SchemaMigration}
	 * @param validateSchema whether Hibernate checks every mapping against the tables at start (tests do)
	 * @return a factory bean for Spring to initialise
	 */
	public static LocalSessionFactoryBean create(DataSource dataSource, boolean validateSchema) {
		LocalSessionFactoryBean factory = new LocalSessionFactoryBean();
		factory.setDataSource(dataSource);
		factory.setPackagesToScan(ENTITY_PACKAGE);
		Properties properties = new Properties();
		properties.setProperty("hibernate.dialect", dialectOf(dataSource));
		properties.setProperty("hibernate.hbm2ddl.auto", validateSchema ? "validate" : "none");
		properties.setProperty("hibernate.jdbc.time_zone", "UTC");
		properties.setProperty("hibernate.jdbc.batch_size", "50");
		properties.setProperty("hibernate.order_inserts", "true");
		factory.setHibernateProperties(properties);
		return factory;
	}

	/**
	 * @return the Hibernate 5.6 dialect for the database behind the data source: H2, MariaDB/MySQL or PostgreSQL
	 * @throws IllegalArgumentException for any other database
	 */
	public static String dialectOf(DataSource dataSource) {
		String product;
		try (Connection connection = dataSource.getConnection()) {
			product = connection.getMetaData().getDatabaseProductName();
		}
		catch (SQLException e) {
			throw new IllegalStateException("Cannot reach the database: " + e.getMessage(), e);
		}
		String name = product.toLowerCase(Locale.ROOT);
		if (name.contains("h2")) {
			return "org.hibernate.dialect.H2Dialect";
		}
		if (name.contains("mariadb") || name.contains("mysql")) {
			return "org.hibernate.dialect.MariaDB103Dialect";
		}
		if (name.contains("postgres")) {
			return "org.hibernate.dialect.PostgreSQL10Dialect";
		}
		throw new IllegalArgumentException(
		        "Unsupported database " + product + ": the Add-on Marketplace runs on H2, MariaDB, MySQL and PostgreSQL");
	}
}
