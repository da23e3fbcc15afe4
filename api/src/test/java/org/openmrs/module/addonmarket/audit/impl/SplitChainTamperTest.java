package org.openmrs.module.addonmarket.audit.impl;

import static org.assertj.core.api.Assertions.assertThat;

import javax.sql.DataSource;

import org.junit.After;
import org.junit.Before;
import org.junit.Test;
import org.openmrs.module.addonmarket.audit.AuditFixtures;
import org.openmrs.module.addonmarket.audit.AuditLog;
import org.openmrs.module.addonmarket.audit.ChainVerification;
import org.openmrs.module.addonmarket.audit.dao.AuditEventDao;
import org.openmrs.module.addonmarket.test.ApiTestContext;
import org.openmrs.module.addonmarket.test.PersistenceTest;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;

/**
 * The verifier split into three ranges walked at once ([1, 100], [101, 200], [201, 300] of a 300-event log with
 * signed checkpoints at 50 and 250) must say, for every kind of tampering and wherever it sits, exactly what one walk
 * over the whole range says: the same first broken event, count of events checked and reason.
 */
public class SplitChainTamperTest extends PersistenceTest {

	private AnnotationConfigApplicationContext context;

	private DataSource dataSource;

	private ChainVerifier split;

	private ChainVerifier oneWalk;

	@Before
	public void threeHundredEventsWithTwoCheckpoints() {
		context = ApiTestContext.start(database);
		dataSource = context.getBean(DataSource.class);
		AuditLog log = context.getBean(AuditLog.class);
		String addon = AuditFixtures.uniqueAddon();
		for (int i = 1; i <= 300; i++) {
			log.append(i % 7 == 0 ? AuditFixtures.grant(addon) : AuditFixtures.read(addon, "patient-" + i));
			if (i == 50 || i == 250) {
				log.checkpoint();
			}
		}
		AuditEventDao dao = context.getBean(AuditEventDao.class);
		CheckpointKeys keys = context.getBean(CheckpointKeys.class);
		split = new ChainVerifier(dao, keys, 1, 3, () -> true);
		oneWalk = new ChainVerifier(dao, keys, Long.MAX_VALUE, 1, () -> false);
	}

	@After
	public void close() {
		context.close();
	}

	@Test
	public void intactChain_shouldHoldInEveryRangeAndCountEveryEventAndCheckpoint() {
		ChainVerification verification = assertSameAsOneWalk(null, null);

		assertThat(verification.valid()).isTrue();
		assertThat(verification.checked()).isEqualTo(300);
		assertThat(verification.reason()).isEqualTo("Events 1 to 300 are intact and in order; 2 signed checkpoint(s) hold");
		assertThat(assertSameAsOneWalk(51L, 280L).reason()).contains("1 signed checkpoint(s) hold");
	}

	@Test
	public void editedFieldInTheFirstRange_shouldBreakThere() throws Exception {
		edit(30);

		assertBrokenAt(30, 29, "Event 30's content does not match its hash: a field was edited");
	}

	@Test
	public void editedFieldInTheSecondRange_shouldCountTheIntactFirstRange() throws Exception {
		edit(150);
		edit(260);

		assertBrokenAt(150, 149, "Event 150's content does not match its hash: a field was edited");
	}

	@Test
	public void editedLastEventOfTheFirstRange_shouldBreakThereThoughTheSecondRangeStartsFromItsStoredHash()
	        throws Exception {
		edit(100);

		assertBrokenAt(100, 99, "Event 100's content does not match its hash: a field was edited");
	}

	@Test
	public void editedFirstEventOfTheSecondRange_shouldBreakThere() throws Exception {
		edit(101);

		assertBrokenAt(101, 100, "Event 101's content does not match its hash: a field was edited");
	}

	@Test
	public void forgedPrevHashOfTheFirstEventOfTheSecondRange_shouldBreakThere() throws Exception {
		String hashOfEvent7 = Sql.text(dataSource, "select event_hash from addonmarket_audit_event where sequence_number = 7");
		Sql.execute(dataSource,
		    "update addonmarket_audit_event set prev_hash = '" + hashOfEvent7 + "' where sequence_number = 101");

		assertBrokenAt(101, 100, "Event 101's prev_hash does not match the hash of event 100");
	}

	@Test
	public void deletedLastEventOfTheFirstRange_shouldBeReportedAsOneWalkSeesTheGap() throws Exception {
		Sql.execute(dataSource, "delete from addonmarket_audit_event where sequence_number = 100");

		assertBrokenAt(100, 99, "Event 100 is missing: the next stored event is 101");
	}

	@Test
	public void deletedTailOfTheFirstRange_shouldNameItsFirstMissingEvent() throws Exception {
		Sql.execute(dataSource, "delete from addonmarket_audit_event where sequence_number between 95 and 100");

		assertBrokenAt(95, 94, "Event 95 is missing: the next stored event is 101");
	}

	@Test
	public void deletedFirstEventOfTheSecondRange_shouldBreakThere() throws Exception {
		Sql.execute(dataSource, "delete from addonmarket_audit_event where sequence_number = 101");

		assertBrokenAt(101, 100, "Event 101 is missing: the next stored event is 102");
	}

	@Test
	public void deletedEventsAcrossTwoRanges_shouldNameTheNextStoredEventBeyondThem() throws Exception {
		Sql.execute(dataSource, "delete from addonmarket_audit_event where sequence_number between 150 and 299");

		assertBrokenAt(150, 149, "Event 150 is missing: the next stored event is 300");
	}

	@Test
	public void deletedWholeSecondRange_shouldBreakAtItsFirstEvent() throws Exception {
		Sql.execute(dataSource, "delete from addonmarket_audit_event where sequence_number between 101 and 200");

		assertBrokenAt(101, 100, "Event 101 is missing: the next stored event is 201");
	}

	@Test
	public void swappedPairAcrossTheBoundary_shouldBreakAtTheFirstOfThePair() throws Exception {
		Sql.swapEvents(dataSource, 100, 101);

		assertBrokenAt(100, 99, "Event 100's prev_hash does not match the hash of event 99");
	}

	@Test
	public void swappedPairInTheLastRange_shouldCountBothIntactRangesBeforeIt() throws Exception {
		Sql.swapEvents(dataSource, 240, 241);

		assertBrokenAt(240, 239, "Event 240's prev_hash does not match the hash of event 239");
	}

	@Test
	public void consistentlyRewrittenFromTheFirstRange_shouldBeCaughtByItsCheckpointNotTheLaterOne() throws Exception {
		ChainTamperTest.rewriteFrom(context, 30, "Condition");

		assertBrokenAt(50, 50, "Event 50 differs from its signed checkpoint: the chain was rewritten");
	}

	@Test
	public void consistentlyRewrittenLastRange_shouldBeCaughtByItsCheckpoint() throws Exception {
		ChainTamperTest.rewriteFrom(context, 220, "Condition");

		assertBrokenAt(250, 250, "Event 250 differs from its signed checkpoint: the chain was rewritten");
	}

	@Test
	public void removedTailVouchedForByACheckpoint_shouldBeCaughtAfterEveryRangeHolds() throws Exception {
		Sql.execute(dataSource, "delete from addonmarket_audit_event where sequence_number >= 200");

		assertBrokenAt(200, 199,
		    "The log ends at event 199 but signed checkpoint 250 vouches for a longer log: events were removed");
	}

	@Test
	public void rangeGivenByTheCaller_shouldBeSplitFromItsOwnStartAndEnd() throws Exception {
		edit(150);

		ChainVerification verification = assertSameAsOneWalk(51L, 280L);

		assertThat(verification.firstBrokenSequence()).isEqualTo(150);
		assertThat(verification.checked()).isEqualTo(99);
		Sql.execute(dataSource, "delete from addonmarket_audit_event where sequence_number = 50");
		assertThat(assertSameAsOneWalk(51L, 280L)).isEqualTo(
		    ChainVerification.broken(0, 50, "Event 50, before the range, is missing or has no well-formed hash"));
	}

	@Test
	public void rangeGivenByTheCaller_shouldSaySoWhenTheEventBeforeItHasAMalformedHash() throws Exception {
		Sql.execute(dataSource, "update addonmarket_audit_event set event_hash = '" + "z".repeat(64)
		        + "' where sequence_number = 150");

		assertThat(assertSameAsOneWalk(151L, 280L)).isEqualTo(
		    ChainVerification.broken(0, 150, "Event 150, before the range, is missing or has no well-formed hash"));
	}

	/** Verifies the whole log both ways and checks the split verifier's result against the one walk's and these. */
	private void assertBrokenAt(long sequence, long checked, String reason) {
		ChainVerification verification = assertSameAsOneWalk(null, null);

		assertThat(verification.valid()).isFalse();
		assertThat(verification.firstBrokenSequence()).as(verification.reason()).isEqualTo(sequence);
		assertThat(verification.checked()).as(verification.reason()).isEqualTo(checked);
		assertThat(verification.reason()).contains(reason);
	}

	private ChainVerification assertSameAsOneWalk(Long from, Long to) {
		ChainVerification verification = split.verify(from, to);

		assertThat(verification).isEqualTo(oneWalk.verify(from, to));
		return verification;
	}

	private void edit(long sequence) throws Exception {
		Sql.execute(dataSource,
		    "update addonmarket_audit_event set record_count = record_count + 1 where sequence_number = " + sequence);
	}
}
