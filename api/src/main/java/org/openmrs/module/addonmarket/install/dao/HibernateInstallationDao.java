package org.openmrs.module.addonmarket.install.dao;

import java.util.List;
import java.util.Optional;

import org.hibernate.LockMode;
import org.hibernate.Session;
import org.hibernate.SessionFactory;
import org.hibernate.query.Query;
import org.openmrs.module.addonmarket.install.ConfigurationVersion;
import org.openmrs.module.addonmarket.install.Installation;
import org.openmrs.module.addonmarket.install.InstallationState;
import org.springframework.stereotype.Repository;

/**
 * @see InstallationDao
 */
@Repository
public class HibernateInstallationDao implements InstallationDao {

	private final SessionFactory sessionFactory;

	public HibernateInstallationDao(SessionFactory sessionFactory) {
		this.sessionFactory = sessionFactory;
	}

	private Session session() {
		return sessionFactory.getCurrentSession();
	}

	@Override
	public Installation save(Installation installation) {
		session().saveOrUpdate(installation);
		return installation;
	}

	@Override
	public Optional<Installation> getByUuid(String uuid) {
		return session().createQuery("from Installation i where i.uuid = :uuid", Installation.class)
		        .setParameter("uuid", uuid).uniqueResultOptional();
	}

	@Override
	public Optional<Installation> getByLiveKey(String liveKey) {
		return session().createQuery("from Installation i where i.liveKey = :key", Installation.class)
		        .setParameter("key", liveKey).uniqueResultOptional();
	}

	@Override
	public List<Installation> find(InstallationState state, String addonId) {
		// Built per filter: PostgreSQL cannot type a parameter that is only compared with null.
		String where = (state == null ? "" : " and i.state = :state")
		        + (addonId == null ? "" : " and i.addon.addonId = :addonId");
		Query<Installation> query = session().createQuery(
		    "from Installation i where 1 = 1" + where + " order by i.installedAt, i.id", Installation.class);
		if (state != null) {
			query.setParameter("state", state);
		}
		if (addonId != null) {
			query.setParameter("addonId", addonId);
		}
		return query.list();
	}

	@Override
	public List<Installation> awaitingApproval() {
		return session().createQuery("from Installation i where i.state = :pending or (i.pendingVersion is not null"
		        + " and i.state <> :uninstalled) order by i.installedAt, i.id", Installation.class)
		        .setParameter("pending", InstallationState.PENDING_APPROVAL)
		        .setParameter("uninstalled", InstallationState.UNINSTALLED).list();
	}

	@Override
	public void lock(Installation installation) {
		session().lock(installation, LockMode.OPTIMISTIC_FORCE_INCREMENT);
	}

	@Override
	public String changeStamp() {
		Object[] row = session().createQuery("select count(i), coalesce(sum(i.version), 0) from Installation i",
		    Object[].class).uniqueResult();
		return row[0] + ":" + row[1];
	}

	@Override
	public ConfigurationVersion save(ConfigurationVersion configuration) {
		session().save(configuration);
		return configuration;
	}

	@Override
	public List<ConfigurationVersion> getConfigurations(Installation installation) {
		return session().createQuery("from ConfigurationVersion c where c.installation = :installation"
		        + " order by c.number", ConfigurationVersion.class).setParameter("installation", installation).list();
	}
}
