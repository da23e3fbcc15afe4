package org.openmrs.module.addonmarket.health;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.sql.DatabaseMetaData;
import java.util.Properties;

import org.hibernate.HibernateException;
import org.hibernate.Session;
import org.hibernate.SessionFactory;
import org.springframework.stereotype.Service;

/**
 * Answers "is the module up": the module's version and a live look at its database, on a session of its own
 * so that it answers DOWN rather than failing when the database is gone. Needs no privilege, so that
 * load balancers and operators can ask.
 */
@Service
public class HealthService {

	private static final String VERSION = readVersion();

	private final SessionFactory sessionFactory;

	public HealthService(SessionFactory sessionFactory) {
		this.sessionFactory = sessionFactory;
	}

	/** @return the module's version, e.g. {@code 0.1.0-SNAPSHOT} */
	public static String version() {
		return VERSION;
	}

	/**
	 * @return UP with the database product when the database answers, DOWN with the reason otherwise
	 */
	public Health check() {
		try (Session session = sessionFactory.openSession()) {
			String database = session.doReturningWork(connection -> {
				DatabaseMetaData meta = connection.getMetaData();
				return meta.getDatabaseProductName() + " " + meta.getDatabaseProductVersion();
			});
			return new Health("UP", VERSION, database);
		}
		catch (HibernateException e) {
			return new Health("DOWN", VERSION, "unreachable: " + e.getMessage());
		}
	}

	private static String readVersion() {
		try (InputStream in = HealthService.class.getResourceAsStream("/addonmarket-version.properties")) {
			Properties properties = new Properties();
			if (in != null) {
				properties.load(in);
			}
			return properties.getProperty("version", "unknown");
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
