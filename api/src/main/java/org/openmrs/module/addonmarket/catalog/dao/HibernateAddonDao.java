package org.openmrs.module.addonmarket.catalog.dao;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.hibernate.Session;
import org.hibernate.SessionFactory;
import org.hibernate.query.Query;
import org.openmrs.module.addonmarket.Page;
import org.openmrs.module.addonmarket.catalog.Addon;
import org.openmrs.module.addonmarket.catalog.AddonSearch;
import org.openmrs.module.addonmarket.catalog.AddonVersion;
import org.openmrs.module.addonmarket.catalog.StoredPackage;
import org.springframework.stereotype.Repository;

/**
 * @see AddonDao
 */
@Repository
public class HibernateAddonDao implements AddonDao {

	private final SessionFactory sessionFactory;

	public HibernateAddonDao(SessionFactory sessionFactory) {
		this.sessionFactory = sessionFactory;
	}

	private Session session() {
		return sessionFactory.getCurrentSession();
	}

	@Override
	public Addon save(Addon addon) {
		session().saveOrUpdate(addon);
		return addon;
	}

	@Override
	public AddonVersion save(AddonVersion version) {
		session().saveOrUpdate(version);
		return version;
	}

	@Override
	public StoredPackage save(StoredPackage storedPackage) {
		session().save(storedPackage);
		return storedPackage;
	}

	@Override
	public Optional<Addon> getByAddonId(String addonId) {
		return session().createQuery("from Addon a where a.addonId = :id", Addon.class).setParameter("id", addonId)
		        .uniqueResultOptional();
	}

	@Override
	public List<AddonVersion> getVersions(Addon addon) {
		return session().createQuery("from AddonVersion v where v.addon = :addon order by v.publishedAt, v.id",
		    AddonVersion.class).setParameter("addon", addon).list();
	}

	@Override
	public Optional<AddonVersion> getVersion(Addon addon, String version) {
		return session().createQuery("from AddonVersion v where v.addon = :addon and v.version = :version",
		    AddonVersion.class).setParameter("addon", addon).setParameter("version", version).uniqueResultOptional();
	}

	@Override
	public Optional<StoredPackage> getPackage(AddonVersion version) {
		return Optional.ofNullable(session().get(StoredPackage.class, version.getId()));
	}

	@Override
	public Page<Addon> search(AddonSearch search) {
		List<String> where = new ArrayList<>();
		Map<String, Object> parameters = new LinkedHashMap<>();
		if (search.text() != null) {
			where.add("(lower(a.addonId) like :text escape '!' or lower(a.name) like :text escape '!'"
			        + " or lower(a.description) like :text escape '!')");
			parameters.put("text", "%" + escapeLike(search.text().toLowerCase(Locale.ROOT)) + "%");
		}
		if (search.category() != null) {
			where.add(":category member of a.categories");
			parameters.put("category", search.category());
		}
		if (search.publisher() != null) {
			where.add("a.publisher.name = :publisher");
			parameters.put("publisher", search.publisher());
		}
		if (search.status() != null) {
			where.add("a.status = :status");
			parameters.put("status", search.status());
		}
		String filter = where.isEmpty() ? "" : " where " + String.join(" and ", where);
		Query<Long> count = session().createQuery("select count(a) from Addon a" + filter, Long.class);
		Query<Addon> page = session().createQuery("select a from Addon a" + filter + " order by a.name, a.addonId",
		    Addon.class);
		parameters.forEach((name, value) -> {
			count.setParameter(name, value);
			page.setParameter(name, value);
		});
		List<Addon> results = page.setFirstResult(search.page() * search.size()).setMaxResults(search.size()).list();
		return new Page<>(results, search.page(), search.size(), count.uniqueResult());
	}

	private static String escapeLike(String text) {
		return text.replace("!", "!!").replace("%", "!%").replace("_", "!_");
	}
}
