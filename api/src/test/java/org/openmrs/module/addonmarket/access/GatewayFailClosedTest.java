package org.openmrs.module.addonmarket.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.openmrs.module.addonmarket.test.InMemoryClinicalData.ALICE;
import static org.openmrs.module.addonmarket.test.InMemoryClinicalData.SYSTOLIC;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import org.junit.Test;
import org.openmrs.module.addonmarket.audit.AuditLog;
import org.openmrs.module.addonmarket.audit.AuditUnavailableException;
import org.openmrs.module.addonmarket.audit.ChainVerification;
import org.openmrs.module.addonmarket.error.ErrorCode;
import org.openmrs.module.addonmarket.test.ApiTestContext;
import org.openmrs.module.addonmarket.test.PersistenceTest;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Fail closed, on a database of its own: while the audit table cannot be written, a gateway call fails with the
 * audit error and releases nothing (a notice it wrote is rolled back); after recovery calls work again and the
 * chain verifies.
 */
public class GatewayFailClosedTest extends PersistenceTest {

	@Test
	public void auditTableUnwritable_shouldFailTheCallReleaseNothingAndRecoverAfterwards() throws Exception {
		try (AnnotationConfigApplicationContext context = ApiTestContext.start(database)) {
			GatewayFixture fixture = new GatewayFixture(context);
			AccessGateway gateway = context.getBean(AccessGateway.class);
			DataSource dataSource = context.getBean(DataSource.class);
			Map<String, List<String>> systolic = Map.of("code", List.of(SYSTOLIC));
			assertThat(gateway.search(fixture.clinicianFor(ALICE), "Observation", systolic)).hasSize(2);

			sql(dataSource, "alter table addonmarket_audit_event rename to addonmarket_audit_away");
			List<List<ObjectNode>> released = new ArrayList<>();
			assertThatThrownBy(() -> released.add(gateway.search(fixture.clinicianFor(ALICE), "Observation",
			    systolic))).isInstanceOfSatisfying(AuditUnavailableException.class,
			        e -> assertThat(e.getCode()).isEqualTo(ErrorCode.AUDIT_UNAVAILABLE));
			assertThatThrownBy(() -> gateway.read(fixture.clinicianFor(ALICE), "Patient", ALICE))
			        .isInstanceOf(AuditUnavailableException.class);
			assertThatThrownBy(() -> gateway.create(fixture.clinicianFor(ALICE), "Notice", notice()))
			        .isInstanceOf(AuditUnavailableException.class);
			assertThat(released).isEmpty();
			assertThat(count(dataSource, "select count(*) from addonmarket_notice")).as("the notice rolled back")
			        .isZero();
			sql(dataSource, "alter table addonmarket_audit_away rename to addonmarket_audit_event");

			assertThat(gateway.search(fixture.clinicianFor(ALICE), "Observation", systolic)).hasSize(2);
			assertThat(gateway.create(fixture.clinicianFor(ALICE), "Notice", notice()).get("id")).isNotNull();
			assertThat(count(dataSource, "select count(*) from addonmarket_notice")).isEqualTo(1);
			ChainVerification chain = context.getBean(AuditLog.class).verify(null, null);
			assertThat(chain.valid()).as(chain.reason()).isTrue();
			assertThat(fixture.events()).hasSize(3);
		}
	}

	private static ObjectNode notice() {
		return new ObjectMapper().createObjectNode().put("severity", "critical").put("text", "BP 182/110");
	}

	private static void sql(DataSource dataSource, String statement) throws SQLException {
		try (Connection connection = dataSource.getConnection(); Statement sql = connection.createStatement()) {
			sql.execute(statement);
		}
	}

	private static long count(DataSource dataSource, String query) throws SQLException {
		try (Connection connection = dataSource.getConnection(); Statement sql = connection.createStatement();
		        ResultSet row = sql.executeQuery(query)) {
			row.next();
			return row.getLong(1);
		}
	}
}
