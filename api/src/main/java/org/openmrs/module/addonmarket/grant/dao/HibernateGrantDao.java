package org.openmrs.module.addonmarket.grant.dao;

import java.util.List;
import java.util.Optional;

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

	@Override
	public Grant save(Grant grant) {
		sessionFactory.getCurrentSession().save(grant);
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
