package org.openmrs.module.addonmarket.notice.dao;

import java.util.List;

import org.hibernate.SessionFactory;
import org.hibernate.query.Query;
import org.openmrs.module.addonmarket.install.AudienceKind;
import org.openmrs.module.addonmarket.notice.Notice;
import org.springframework.stereotype.Repository;

/**
 * @see NoticeDao
 */
@Repository
public class HibernateNoticeDao implements NoticeDao {

	private final SessionFactory sessionFactory;

	public HibernateNoticeDao(SessionFactory sessionFactory) {
		this.sessionFactory = sessionFactory;
	}

	@Override
	public Notice save(Notice notice) {
		sessionFactory.getCurrentSession().save(notice);
		return notice;
	}

	@Override
	public List<Notice> forUser(String userUuid, String patientUuid, int max) {
		// Built per filter: PostgreSQL cannot type a parameter that is only compared with null.
		Query<Notice> query = sessionFactory.getCurrentSession()
		        .createQuery("from Notice n where ((n.audienceKind = :user and n.audienceValue = :uuid)"
		                + " or n.audienceKind = :organisation)" + (patientUuid == null ? "" : " and n.patientUuid = :patient")
		                + " order by n.createdAt desc, n.id desc", Notice.class)
		        .setParameter("user", AudienceKind.USER).setParameter("uuid", userUuid)
		        .setParameter("organisation", AudienceKind.ORGANISATION).setMaxResults(max);
		if (patientUuid != null) {
			query.setParameter("patient", patientUuid);
		}
		return query.getResultList();
	}
}
