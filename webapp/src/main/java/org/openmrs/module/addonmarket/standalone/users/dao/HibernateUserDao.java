package org.openmrs.module.addonmarket.standalone.users.dao;

import java.util.List;
import java.util.Optional;

import org.hibernate.LockMode;
import org.hibernate.SessionFactory;
import org.openmrs.module.addonmarket.standalone.users.User;
import org.springframework.stereotype.Repository;

/**
 * @see UserDao
 */
@Repository
public class HibernateUserDao implements UserDao {

	private final SessionFactory sessionFactory;

	public HibernateUserDao(SessionFactory sessionFactory) {
		this.sessionFactory = sessionFactory;
	}

	@Override
	public User save(User user) {
		sessionFactory.getCurrentSession().saveOrUpdate(user);
		return user;
	}

	@Override
	public Optional<User> getByUuid(String uuid) {
		return sessionFactory.getCurrentSession()
		        .createQuery("from StandaloneUser u where u.uuid = :uuid", User.class).setParameter("uuid", uuid)
		        .uniqueResultOptional();
	}

	@Override
	public Optional<User> getByUsername(String username) {
		return sessionFactory.getCurrentSession()
		        .createQuery("from StandaloneUser u where u.username = :username", User.class)
		        .setParameter("username", username).uniqueResultOptional();
	}

	@Override
	public Optional<User> getByUsernameForUpdate(String username) {
		return sessionFactory.getCurrentSession()
		        .createQuery("from StandaloneUser u where u.username = :username", User.class)
		        .setParameter("username", username).setLockMode("u", LockMode.PESSIMISTIC_WRITE).uniqueResultOptional();
	}

	@Override
	public List<User> getPage(int first, int max) {
		return sessionFactory.getCurrentSession().createQuery("from StandaloneUser u order by u.username", User.class)
		        .setFirstResult(first).setMaxResults(max).list();
	}

	@Override
	public long count() {
		return sessionFactory.getCurrentSession().createQuery("select count(u) from StandaloneUser u", Long.class)
		        .uniqueResult();
	}
}
