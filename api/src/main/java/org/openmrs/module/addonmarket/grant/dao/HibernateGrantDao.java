package org.openmrs.module.addonmarket.grant.dao;

import java.util.List;
import java.util.Optional;

import org.hibernate.LockMode;
import org.hibernate.Session;
import org.hibernate.SessionFactory;
import org.openmrs.module.addonmarket.grant.Grant;
import org.openmrs.module.addonmarket.install.Installation;
import org.springframework.stereotype.Repository;

/**
 * @see GrantDao
 */
@Repository
public class HibernateGrantDao implements GrantDao {

	private final SessionFactory sessionFactory;

	public HibernateGrantDao(SessionFactory sessionFactory) {
		this.sessionFactory = sessionFactory;
	}

	/**
	 * Saves a new grant and moves its installation's lock version in the same transaction: the version is how the
	 * access gateway's copies of an installation learn that anything they decide on has changed.
	 */
	@Override
	public Grant save(Grant grant) {
		Session session = sessionFactory.getCurrentSession();
		session.save(grant);
		session.lock(grant.getInstallation(), LockMode.OPTIMISTIC_FORCE_INCREMENT);
		return grant;
	}

	@Override
	public Optional<Grant> getCurrent(Installation installation) {
		return getHistory(installation).stream().findFirst();
	}

	@Override
	public List<Grant> getHistory(Installation installation) {
		return sessionFactory.getCurrentSession()
		        .createQuery("from Grant g where g.installation = :installation order by g.id desc", Grant.class)
		        .setParameter("installation", installation).list();
	}

	@Override
	public Optional<Grant> getByUuid(String uuid) {
		return sessionFactory.getCurrentSession().createQuery("from Grant g where g.uuid = :uuid", Grant.class)
		        .setParameter("uuid", uuid).uniqueResultOptional();
	}
}
