package org.openmrs.module.addonmarket.audit.impl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import javax.sql.DataSource;

import org.junit.Test;
import org.openmrs.module.addonmarket.audit.AuditCheckpoint;
import org.openmrs.module.addonmarket.audit.AuditEntry;
import org.openmrs.module.addonmarket.audit.AuditEvent;
import org.openmrs.module.addonmarket.audit.AuditFixtures;
import org.openmrs.module.addonmarket.audit.AuditLog;
import org.openmrs.module.addonmarket.audit.AuditOutcome;
import org.openmrs.module.addonmarket.audit.AuditQuery;
import org.openmrs.module.addonmarket.audit.AuditUnavailableException;
import org.openmrs.module.addonmarket.audit.ChainVerification;
import org.openmrs.module.addonmarket.audit.dao.AuditEventDao;
import org.openmrs.module.addonmarket.audit.dao.ChainHead;
import org.openmrs.module.addonmarket.audit.dao.ChainRowVisitor;
import org.openmrs.module.addonmarket.error.ErrorCode;
import org.openmrs.module.addonmarket.host.ModuleClock;
import org.openmrs.module.addonmarket.test.ApiTestContext;
import org.openmrs.module.addonmarket.test.PersistenceTest;
import org.openmrs.module.addonmarket.test.TestDatabase;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

public class AuditLogTest extends PersistenceTest {

	@Test
	public void append_shouldReturnTheCommittedEventChainedToTheOneBefore() {
		try (AnnotationConfigApplicationContext context = ApiTestContext.start(database)) {
			AuditLog log = context.getBean(AuditLog.class);
			String addon = AuditFixtures.uniqueAddon();

			AuditEvent first = log.append(AuditFixtures.read(addon, "patient-1"));
			AuditEvent second = log.append(AuditFixtures.grant(addon));

			assertThat(first.sequence()).isEqualTo(1);
			assertThat(first.prevHash()).isEqualTo(ChainHead.GENESIS_HASH);
			assertThat(second.sequence()).isEqualTo(2);
			assertThat(second.prevHash()).isEqualTo(first.hash());
			assertThat(second.recordedAt()).isAfterOrEqualTo(first.recordedAt());
			assertThat(first.hash()).matches("[0-9a-f]{64}").isNotEqualTo(second.hash());
			assertThat(log.verify(null, null)).isEqualTo(ChainVerification.intact(2,
			    "Events 1 to 2 are intact and in order; 0 signed checkpoint(s) hold"));
		}
	}

	@Test
	public void append_shouldStoreEveryFieldAsGivenToTheMicrosecond() {
		try (AnnotationConfigApplicationContext context = ApiTestContext.start(database)) {
			AuditLog log = context.getBean(AuditLog.class);
			AuditEntry entry = AuditFixtures.access(AuditFixtures.uniqueAddon(), "patient-ü", "search",
			    AuditOutcome.PERMIT).query("code=8480-6&name=O'Brien \"x\"")
			        .egress("https://api.example.org/v1", 1234).detail("{\"note\":\"line\\nbreak 😀\"}").build();

			AuditEvent appended = log.append(entry);

			AuditEvent stored = context.getBean(AuditEventDao.class).select(AuditQuery.all()).results().get(0);
			assertThat(stored).isEqualTo(appended);
			assertThat(stored.recordedAt().getNano() % 1000).isZero();
		}
	}

	@Test
	public void append_shouldStayCommittedWhenTheCallersTransactionRollsBack() {
		try (AnnotationConfigApplicationContext context = ApiTestContext.start(database)) {
			AuditLog log = context.getBean(AuditLog.class);
			TransactionTemplate callers = new TransactionTemplate(context.getBean(PlatformTransactionManager.class));
			String addon = AuditFixtures.uniqueAddon();

			assertThatThrownBy(() -> callers.executeWithoutResult(status -> {
				log.append(AuditFixtures.read(addon, "p"));
				throw new IllegalStateException("the caller fails after the access was recorded");
			})).isInstanceOf(IllegalStateException.class);

			assertThat(context.getBean(AuditEventDao.class).select(AuditQuery.all()).total()).isEqualTo(1);
		}
	}

	@Test
	public void sixteenConcurrentWriters_shouldMakeOneLinearChainWithoutGaps() throws Exception {
		try (AnnotationConfigApplicationContext context = ApiTestContext.start(database)) {
			AuditLog log = context.getBean(AuditLog.class);
			String addon = AuditFixtures.uniqueAddon();
			ExecutorService threads = Executors.newFixedThreadPool(16);
			List<Future<List<Long>>> results = new ArrayList<>();
			for (int t = 0; t < 16; t++) {
				String patient = "patient-" + t;
				Callable<List<Long>> writer = () -> {
					List<Long> sequences = new ArrayList<>();
					for (int i = 0; i < 40; i++) {
						sequences.add(log.append(AuditFixtures.read(addon, patient)).sequence());
					}
					return sequences;
				};
				results.add(threads.submit(writer));
			}
			Set<Long> all = new TreeSet<>();
			for (Future<List<Long>> result : results) {
				List<Long> mine = result.get();
				assertThat(mine).isSorted();
				all.addAll(mine);
			}
			threads.shutdown();

			assertThat(all).hasSize(640).first().isEqualTo(1L);
			assertThat(all).last().isEqualTo(640L);
			ChainVerification verification = log.verify(null, null);
			assertThat(verification.valid()).as(verification.reason()).isTrue();
			assertThat(verification.checked()).isEqualTo(640);
		}
	}

	@Test
	public void restart_shouldContinueTheChainFromTheLastCommittedEvent() throws Exception {
		try (AnnotationConfigApplicationContext context = ApiTestContext.start(database)) {
			AuditLog before = context.getBean(AuditLog.class);
			String addon = AuditFixtures.uniqueAddon();
			before.append(AuditFixtures.read(addon, "p"));
			AuditEvent last = before.append(AuditFixtures.read(addon, "p"));
			((GroupCommitAuditLog) before).destroy();
			assertThatThrownBy(() -> before.append(AuditFixtures.read(addon, "p")))
			        .isInstanceOf(AuditUnavailableException.class);

			GroupCommitAuditLog after = new GroupCommitAuditLog(context.getBean(AuditEventDao.class),
			        context.getBean(ModuleClock.class), context.getBean(CheckpointKeys.class));
			AuditEvent next = after.append(AuditFixtures.grant(addon));

			assertThat(next.sequence()).isEqualTo(last.sequence() + 1);
			assertThat(next.prevHash()).isEqualTo(last.hash());
			assertThat(after.verify(null, null).valid()).isTrue();
			after.destroy();
		}
	}

	@Test
	public void auditTableUnwritable_shouldFailTheAppendAndContinueTheChainAfterRecovery() throws Exception {
		try (AnnotationConfigApplicationContext context = ApiTestContext.start(database)) {
			AuditLog log = context.getBean(AuditLog.class);
			DataSource dataSource = context.getBean(DataSource.class);
			String addon = AuditFixtures.uniqueAddon();
			log.append(AuditFixtures.read(addon, "p"));
			log.append(AuditFixtures.read(addon, "p"));
			Sql.execute(dataSource, "alter table addonmarket_audit_event rename to addonmarket_audit_away");

			assertThatThrownBy(() -> log.append(AuditFixtures.read(addon, "p")))
			        .isInstanceOf(AuditUnavailableException.class).hasMessageContaining("could not record")
			        .extracting(e -> ((AuditUnavailableException) e).getCode()).isEqualTo(ErrorCode.AUDIT_UNAVAILABLE);
			assertThat(Sql.number(dataSource, "select count(*) from addonmarket_audit_away")).isEqualTo(2);

			Sql.execute(dataSource, "alter table addonmarket_audit_away rename to addonmarket_audit_event");
			AuditEvent next = log.append(AuditFixtures.read(addon, "p"));

			assertThat(next.sequence()).isEqualTo(3);
			assertThat(log.verify(null, null)).extracting(ChainVerification::valid, ChainVerification::checked)
			        .containsExactly(true, 3L);
		}
	}

	@Test
	public void secondWriter_shouldContinueFromTheStoredHeadWithoutForkingTheChain() throws Exception {
		try (AnnotationConfigApplicationContext context = ApiTestContext.start(database)) {
			AuditLog log = context.getBean(AuditLog.class);
			String addon = AuditFixtures.uniqueAddon();
			log.append(AuditFixtures.read(addon, "p"));
			GroupCommitAuditLog other = new GroupCommitAuditLog(context.getBean(AuditEventDao.class),
			        context.getBean(ModuleClock.class), context.getBean(CheckpointKeys.class));
			other.append(AuditFixtures.read(addon, "p"));

			// the first log still remembers event 1 as the head: its batch is refused by the primary key (the other
			// writer took 2) and written again from the stored head
			assertThat(log.append(AuditFixtures.read(addon, "p")).sequence()).isEqualTo(3);
			assertThat(other.append(AuditFixtures.read(addon, "p")).sequence()).isEqualTo(4);
			assertThat(log.verify(null, null)).extracting(ChainVerification::valid, ChainVerification::checked)
			        .containsExactly(true, 4L);
			other.destroy();
		}
	}

	@Test
	public void append_shouldSignACheckpointEveryIntervalEvents() throws Exception {
		try (AnnotationConfigApplicationContext context = ApiTestContext.start(database)) {
			AuditEventDao dao = context.getBean(AuditEventDao.class);
			GroupCommitAuditLog log = new GroupCommitAuditLog(dao, context.getBean(ModuleClock.class),
			        context.getBean(CheckpointKeys.class), 5);
			String addon = AuditFixtures.uniqueAddon();
			for (int i = 0; i < 12; i++) {
				log.append(AuditFixtures.read(addon, "p"));
			}

			assertThat(dao.selectCheckpoints(1, Long.MAX_VALUE)).extracting(AuditCheckpoint::sequence)
			        .containsExactly(5L, 10L);
			assertThat(log.verify(null, null).reason()).contains("2 signed checkpoint(s) hold");
			log.destroy();
		}
	}

	/**
	 * On PostgreSQL and MariaDB verification reads text as the driver's UTF-8 bytes and escapes them itself: it must
	 * give exactly the canonical bytes the writer hashed, for text that needs escaping or is not ASCII, and still
	 * catch an edit of such text.
	 */
	@Test
	public void verify_shouldHoldForEscapedAndNonAsciiTextAndCatchAnEditOfIt() throws Exception {
		try (AnnotationConfigApplicationContext context = ApiTestContext.start(database)) {
			AuditLog log = context.getBean(AuditLog.class);
			String addon = AuditFixtures.uniqueAddon();
			String awkward = "Zoë \"quoted\" back\\slash tab\tline\nbreak bell\u0001 日本語 😀 ümlaut";
			for (int i = 0; i < 5; i++) {
				log.append(AuditFixtures.access(addon, "patient-é-" + i, "search", AuditOutcome.DENY)
				        .outcome(AuditOutcome.DENY, "no-covering-scope", awkward + i).query("name=Zoë&code=" + i)
				        .detail("{\"note\":\"" + "é\\n😀" + "\"}").build());
			}
			List<Boolean> bytesPath = new ArrayList<>();
			context.getBean(AuditEventDao.class).selectChain(1, 1, new ChainRowVisitor() {

				@Override
				public boolean visit(ResultSet row) {
					return false;
				}

				@Override
				public void textAsUtf8Bytes(boolean utf8) {
					bytesPath.add(utf8);
				}
			});

			assertThat(bytesPath).as("PostgreSQL and MariaDB are read as bytes").containsExactly(database != TestDatabase.H2);
			assertThat(log.verify(null, null)).extracting(ChainVerification::valid, ChainVerification::checked)
			        .containsExactly(true, 5L);
			Sql.execute(context.getBean(DataSource.class),
			    "update addonmarket_audit_event set reason_text = 'Zoe' where sequence_number = 3");
			assertThat(log.verify(null, null)).extracting(ChainVerification::valid,
			    ChainVerification::firstBrokenSequence).containsExactly(false, 3L);
		}
	}

	@Test
	public void verify_shouldCheckOnlyTheRangeAskedFor() {
		try (AnnotationConfigApplicationContext context = ApiTestContext.start(database)) {
			AuditLog log = context.getBean(AuditLog.class);
			String addon = AuditFixtures.uniqueAddon();
			for (int i = 0; i < 10; i++) {
				log.append(AuditFixtures.read(addon, "p"));
			}

			assertThat(log.verify(4L, 7L)).extracting(ChainVerification::valid, ChainVerification::checked)
			        .containsExactly(true, 4L);
			assertThat(log.verify(8L, null).checked()).isEqualTo(3);
			assertThat(log.verify(20L, null).checked()).isZero();
			assertThatThrownBy(() -> log.verify(7L, 4L)).hasMessageContaining("after");
		}
	}
}
