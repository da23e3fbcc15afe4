package org.openmrs.module.addonmarket.audit.dao;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import javax.persistence.Entity;
import javax.persistence.Table;

import org.junit.Test;
import org.openmrs.module.addonmarket.audit.AuditLog;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;

/**
 * The module never changes or removes an audit event: the DAO has no method that could, none of its SQL is other
 * than an insert or a select, and no Hibernate entity maps the audit tables (so no session flush can update one).
 */
public class AuditEventDaoAppendOnlyTest {

	private static final List<String> CHANGING_VERBS = List.of("update", "delete", "remove", "purge", "save", "merge",
	    "truncate", "drop", "alter", "replace", "set", "clear", "edit", "modify");

	@Test
	public void auditEventDao_shouldOfferOnlyInsertsAndSelects() {
		for (Class<?> type : List.of(AuditEventDao.class, JdbcAuditEventDao.class)) {
			for (Method method : type.getDeclaredMethods()) {
				boolean lifecycle = method.getName().equals("destroy") && method.getParameterCount() == 0;
				if (Modifier.isPublic(method.getModifiers()) && !lifecycle) {
					assertThat(method.getName()).as(type.getSimpleName() + "." + method.getName()).matches("(insert|select).*");
				}
			}
		}
	}

	@Test
	public void jdbcAuditEventDao_shouldHoldNoSqlThatChangesOrRemovesRows() throws Exception {
		List<String> statements = new ArrayList<>();
		for (Field field : JdbcAuditEventDao.class.getDeclaredFields()) {
			boolean statement = field.getName().startsWith("INSERT") || field.getName().startsWith("SELECT");
			if (Modifier.isStatic(field.getModifiers()) && field.getType() == String.class && statement) {
				field.setAccessible(true);
				statements.add(((String) field.get(null)).toLowerCase(Locale.ROOT));
			}
		}

		assertThat(statements).hasSizeGreaterThan(10).allSatisfy(sql -> {
			assertThat(sql).matches("(insert into|select) .*");
			assertThat(Arrays.asList(sql.split("[^a-z_]+"))).doesNotContainAnyElementsOf(
			    List.of("update", "delete", "truncate", "drop", "alter", "replace", "merge"));
		});
	}

	@Test
	public void auditTables_shouldHaveNoHibernateEntityThatAFlushCouldUpdate() {
		ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
		scanner.addIncludeFilter(new AnnotationTypeFilter(Entity.class));

		assertThat(scanner.findCandidateComponents("org.openmrs.module.addonmarket")).allSatisfy(bean -> {
			Class<?> entity = Class.forName(bean.getBeanClassName());
			Table table = entity.getAnnotation(Table.class);
			assertThat(table == null ? "" : table.name()).as(entity.getName()).doesNotStartWith("addonmarket_audit");
		});
	}

	@Test
	public void changingVerbs_shouldNameNoPublicMethodOfTheAuditLogPort() {
		for (Method method : AuditLog.class.getMethods()) {
			assertThat(CHANGING_VERBS).noneMatch(verb -> method.getName().toLowerCase(Locale.ROOT).startsWith(verb));
		}
	}
}
