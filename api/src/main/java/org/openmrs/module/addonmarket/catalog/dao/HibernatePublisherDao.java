package org.openmrs.module.addonmarket.catalog.dao;

import java.util.List;
import java.util.Optional;

import org.hibernate.SessionFactory;
import org.openmrs.module.addonmarket.catalog.Publisher;
import org.openmrs.module.addonmarket.catalog.PublisherKey;
import org.springframework.stereotype.Repository;

/**
 * @see PublisherDao
 */
@Repository
public class HibernatePublisherDao implements PublisherDao {

	private final SessionFactory sessionFactory;

	public HibernatePublisherDao(SessionFactory sessionFactory) {
		this.sessionFactory = sessionFactory;
	}

	@Override
	public Publisher save(Publisher publisher) {
		sessionFactory.getCurrentSession().saveOrUpdate(publisher);
		return publisher;
	}

	@Override
	public Optional<Publisher> getByUuid(String uuid) {
		return sessionFactory.getCurrentSession()
		        .createQuery("from Publisher p where p.uuid = :uuid", Publisher.class).setParameter("uuid", uuid)
		        .uniqueResultOptional();
	}

	@Override
	public Optional<Publisher> getByName(String name) {
		return sessionFactory.getCurrentSession()
		        .createQuery("from Publisher p where p.name = :name", Publisher.class).setParameter("name", name)
		        .uniqueResultOptional();
	}

	@Override
	public List<Publisher> getAll() {
		return sessionFactory.getCurrentSession().createQuery("from Publisher p order by p.name", Publisher.class)
		        .list();
	}

	@Override
	public PublisherKey save(PublisherKey key) {
		sessionFactory.getCurrentSession().saveOrUpdate(key);
		return key;
	}

	@Override
	public Optional<PublisherKey> getKeyByFingerprint(String fingerprint) {
		return sessionFactory.getCurrentSession()
		        .createQuery("from PublisherKey k where k.fingerprint = :fingerprint", PublisherKey.class)
		        .setParameter("fingerprint", fingerprint).uniqueResultOptional();
	}

	@Override
	public List<PublisherKey> getKeys(Publisher publisher) {
		return sessionFactory.getCurrentSession()
		        .createQuery("from PublisherKey k where k.publisher = :publisher order by k.addedAt, k.id",
		            PublisherKey.class)
		        .setParameter("publisher", publisher).list();
	}
}
