package org.openmrs.module.addonmarket.runtime.dao;

import java.util.List;

import org.hibernate.SessionFactory;
import org.hibernate.query.Query;
import org.openmrs.module.addonmarket.runtime.Invocation;
import org.springframework.stereotype.Repository;

/**
 * @see InvocationDao
 */
@Repository
public class HibernateInvocationDao implements InvocationDao {

	private final SessionFactory sessionFactory;

	public HibernateInvocationDao(SessionFactory sessionFactory) {
		this.sessionFactory = sessionFactory;
	}

	@Override
	public Invocation save(Invocation invocation) {
		sessionFactory.getCurrentSession().save(invocation);
		return invocation;
	}

	@Override
	public List<Invocation> find(String installationUuid, String userUuid, int max) {
		// Built per filter: PostgreSQL cannot type a parameter that is only compared with null.
		Query<Invocation> query = sessionFactory.getCurrentSession().createQuery("from Invocation i"
		        + " where i.installationUuid = :installation" + (userUuid == null ? "" : " and i.userUuid = :user")
		        + " order by i.startedAt desc, i.id desc", Invocation.class);
		query.setParameter("installation", installationUuid);
		if (userUuid != null) {
			query.setParameter("user", userUuid);
		}
		return query.setMaxResults(max).list();
	}
}
