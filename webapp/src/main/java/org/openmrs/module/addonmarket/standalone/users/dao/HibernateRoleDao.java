package org.openmrs.module.addonmarket.standalone.users.dao;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.hibernate.SessionFactory;
import org.openmrs.module.addonmarket.standalone.users.Role;
import org.springframework.stereotype.Repository;

/**
 * @see RoleDao
 */
@Repository
public class HibernateRoleDao implements RoleDao {

	private final SessionFactory sessionFactory;

	public HibernateRoleDao(SessionFactory sessionFactory) {
		this.sessionFactory = sessionFactory;
	}

	@Override
	public Role save(Role role) {
		sessionFactory.getCurrentSession().saveOrUpdate(role);
		return role;
	}

	@Override
	public Optional<Role> getByName(String name) {
		return sessionFactory.getCurrentSession()
		        .createQuery("from StandaloneRole r where lower(r.name) = :name", Role.class)
		        .setParameter("name", name.toLowerCase(Locale.ROOT)).uniqueResultOptional();
	}

	@Override
	public List<Role> getAll() {
		return sessionFactory.getCurrentSession().createQuery("from StandaloneRole r order by r.name", Role.class)
		        .list();
	}
}
