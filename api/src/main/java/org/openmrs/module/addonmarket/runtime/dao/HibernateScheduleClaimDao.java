package org.openmrs.module.addonmarket.runtime.dao;

import java.time.Instant;
import java.util.List;

import org.hibernate.SessionFactory;
import org.hibernate.exception.ConstraintViolationException;
import org.openmrs.module.addonmarket.runtime.ScheduleClaim;
import org.springframework.stereotype.Repository;

/**
 * @see ScheduleClaimDao
 */
@Repository
public class HibernateScheduleClaimDao implements ScheduleClaimDao {

	private final SessionFactory sessionFactory;

	public HibernateScheduleClaimDao(SessionFactory sessionFactory) {
		this.sessionFactory = sessionFactory;
	}

	@Override
	public boolean insertIfAbsent(ScheduleClaim claim) {
		try {
			sessionFactory.getCurrentSession().save(claim);
			sessionFactory.getCurrentSession().flush();
			return true;
		}
		catch (ConstraintViolationException e) {
			return false;
		}
	}

	@Override
	public List<ScheduleClaim> find(String installationUuid, String handler) {
		return sessionFactory.getCurrentSession().createQuery("from ScheduleClaim c where c.installationUuid = :uuid"
		        + " and c.handler = :handler order by c.tickAt", ScheduleClaim.class).setParameter("uuid", installationUuid)
		        .setParameter("handler", handler).list();
	}

	@Override
	public int deleteTicksBefore(Instant before) {
		return sessionFactory.getCurrentSession().createQuery("delete from ScheduleClaim c where c.tickAt < :before")
		        .setParameter("before", before).executeUpdate();
	}
}
