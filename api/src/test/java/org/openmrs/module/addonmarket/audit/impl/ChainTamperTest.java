package org.openmrs.module.addonmarket.audit.impl;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;

import javax.sql.DataSource;

import org.junit.After;
import org.junit.Before;
import org.junit.Test;
import org.openmrs.module.addonmarket.audit.AuditEntry;
import org.openmrs.module.addonmarket.audit.AuditEvent;
import org.openmrs.module.addonmarket.audit.AuditFixtures;
import org.openmrs.module.addonmarket.audit.AuditLog;
import org.openmrs.module.addonmarket.audit.AuditQuery;
import org.openmrs.module.addonmarket.audit.ChainVerification;
import org.openmrs.module.addonmarket.audit.dao.AuditEventDao;
import org.openmrs.module.addonmarket.test.ApiTestContext;
import org.openmrs.module.addonmarket.test.PersistenceTest;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;

/**
 * Someone with write access to the database changes the audit log behind the module's back; the verifier must name
 * the first event that no longer holds, each time.
 */
public class ChainTamperTest extends PersistenceTest {

	private AnnotationConfigApplicationContext context;

	private AuditLog log;

	private DataSource dataSource;

	@Before
	public void tenEvents() {
		context = ApiTestContext.start(database);
		log = context.getBean(AuditLog.class);
		dataSource = context.getBean(DataSource.class);
		String addon = AuditFixtures.uniqueAddon();
		for (int i = 1; i <= 10; i++) {
			log.append(i % 4 == 0 ? AuditFixtures.grant(addon) : AuditFixtures.read(addon, "patient-" + i));
		}
		assertThat(log.verify(null, null).valid()).isTrue();
	}

	@After
	public void close() {
		context.close();
	}

	@Test
	public void editedByte_shouldBreakTheChainAtTheEditedEvent() throws Exception {
		Sql.execute(dataSource,
		    "update addonmarket_audit_event set resource_type = 'Observatiom' where sequence_number = 5");

		assertBrokenAt(5, "a field was edited");
	}

	@Test
	public void editedTimeOrCount_shouldBreakTheChainAtTheEditedEvent() throws Exception {
		Sql.execute(dataSource,
		    "update addonmarket_audit_event set record_count = record_count + 1 where sequence_number = 7");

		assertBrokenAt(7, "a field was edited");
	}

	@Test
	public void deletedEvent_shouldBreakTheChainAtTheMissingSequenceNumber() throws Exception {
		Sql.execute(dataSource, "delete from addonmarket_audit_event where sequence_number = 4");

		assertBrokenAt(4, "Event 4 is missing");
	}

	@Test
	public void swappedEvents_shouldBreakTheChainAtTheFirstOfThePair() throws Exception {
		Sql.swapEvents(dataSource, 6, 7);

		assertBrokenAt(6, "prev_hash does not match");
	}

	@Test
	public void forgedPrevHash_shouldBreakTheChainAtTheForgedEvent() throws Exception {
		String hashOfEvent1 = Sql.text(dataSource,
		    "select event_hash from addonmarket_audit_event where sequence_number = 1");
		Sql.execute(dataSource, "update addonmarket_audit_event set prev_hash = '" + hashOfEvent1
		        + "' where sequence_number = 3");

		assertBrokenAt(3, "prev_hash does not match");
	}

	@Test
	public void consistentlyRewrittenTail_shouldBeCaughtBySignedCheckpoint() throws Exception {
		log.checkpoint();
		rewriteFrom(5, "Condition");

		assertBrokenAt(10, "differs from its signed checkpoint");
		assertThat(log.verify(null, 9L).valid()).as("without a checkpoint in range the rewrite is consistent")
		        .isTrue();
	}

	@Test
	public void removedTail_shouldBeCaughtBySignedCheckpoint() throws Exception {
		log.checkpoint();
		Sql.execute(dataSource, "delete from addonmarket_audit_event where sequence_number >= 9");

		assertBrokenAt(9, "events were removed");
	}

	@Test
	public void forgedCheckpoint_shouldNotBeTrusted() throws Exception {
		log.checkpoint();
		rewriteFrom(5, "Condition");
		String newHash = Sql.text(dataSource, "select event_hash from addonmarket_audit_event where sequence_number = 10");
		Sql.execute(dataSource, "update addonmarket_audit_checkpoint set event_hash = '" + newHash
		        + "' where sequence_number = 10");

		assertBrokenAt(10, "signature of checkpoint 10 does not match");
	}

	private void assertBrokenAt(long sequence, String reason) {
		ChainVerification verification = log.verify(null, null);

		assertThat(verification.valid()).isFalse();
		assertThat(verification.firstBrokenSequence()).as(verification.reason()).isEqualTo(sequence);
		assertThat(verification.reason()).contains(reason);
	}

	/** Changes the resource type of every event from {@code first} on and recomputes every hash, as a careful intruder would. */
	private void rewriteFrom(long first, String resourceType) throws SQLException {
		rewriteFrom(context, first, resourceType);
	}

	/** {@link #rewriteFrom(long, String)} in the log of that context (of up to 1,000 events). */
	static void rewriteFrom(ApplicationContext context, long first, String resourceType) throws SQLException {
		List<AuditEvent> events = context.getBean(AuditEventDao.class).selectAfter(AuditQuery.all(), first - 1, 1000);
		ChainHasher hasher = new ChainHasher();
		String prevHash = events.get(0).prevHash();
		try (Connection connection = context.getBean(DataSource.class).getConnection();
		        PreparedStatement update = connection.prepareStatement("update addonmarket_audit_event"
		                + " set resource_type = ?, prev_hash = ?, event_hash = ? where sequence_number = ?")) {
			for (AuditEvent event : events) {
				AuditEntry entry = event.entry();
				AuditEntry forged = new AuditEntry(entry.kind(), entry.installationUuid(),
				        entry.addonId(), entry.addonVersion(), entry.actor(), entry.patientUuid(), resourceType,
				        entry.resourceIds(), entry.operation(), entry.outcome(), entry.reasonCode(), entry.reasonText(),
				        entry.scope(), entry.grantUuid(), entry.invocationId(), entry.purpose(), entry.elementsReleased(),
				        entry.recordCount(), entry.withheldCount(), entry.egressDestination(), entry.bytesSent(),
				        entry.query(), entry.detail());
				String hash = hasher.hash(prevHash, new AuditEvent(event.sequence(), event.recordedAt(), forged, prevHash, ""));
				update.setString(1, resourceType);
				update.setString(2, prevHash);
				update.setString(3, hash);
				update.setLong(4, event.sequence());
				update.executeUpdate();
				prevHash = hash;
			}
		}
	}
}
