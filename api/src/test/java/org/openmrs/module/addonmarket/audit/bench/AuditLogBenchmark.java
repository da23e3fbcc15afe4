package org.openmrs.module.addonmarket.audit.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.Test;
import org.openmrs.module.addonmarket.audit.AuditFixtures;
import org.openmrs.module.addonmarket.audit.AuditLog;
import org.openmrs.module.addonmarket.audit.ChainVerification;
import org.openmrs.module.addonmarket.test.ApiTestContext;
import org.openmrs.module.addonmarket.test.PersistenceTest;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;

/**
 * Prints how fast the audit log appends (1, 4 and 16 concurrent callers, each waiting for its commit, as the access
 * gateway does) and verifies, on each database. Asserts nothing. Not part of {@code mvn verify}; run it with
 * {@code mvn -pl api test -Pbench} (add {@code -Daddonmarket.test.databases=h2} for one database).
 */
public class AuditLogBenchmark extends PersistenceTest {

	private static final long SECONDS_PER_LEVEL = Long.getLong("addonmarket.bench.seconds", 5);

	private static final int VERIFY_EVENTS = Integer.getInteger("addonmarket.bench.verifyEvents", 200_000);

	@Test
	public void appendAndVerify_shouldPrintThroughput() throws Exception {
		try (AnnotationConfigApplicationContext context = ApiTestContext.start(database)) {
			AuditLog log = context.getBean(AuditLog.class);
			String addon = AuditFixtures.uniqueAddon();
			appendsPerSecond(log, addon, 4, 1);
			for (int callers : new int[] { 1, 4, 16 }) {
				double rate = appendsPerSecond(log, addon, callers, SECONDS_PER_LEVEL);
				System.out.printf("BENCH %s append callers=%d appends/s=%.0f%n", database, callers, rate);
			}
			long present = log.verify(null, null).checked();
			fill(log, addon, VERIFY_EVENTS - present);
			for (int run = 0; run < 3; run++) {
				long start = System.nanoTime();
				ChainVerification verification = log.verify(null, null);
				double seconds = (System.nanoTime() - start) / 1e9;
				System.out.printf("BENCH %s verify events=%d valid=%s events/s=%.0f%n", database,
				    verification.checked(), verification.valid(), verification.checked() / seconds);
			}
		}
	}

	private static double appendsPerSecond(AuditLog log, String addon, int callers, long seconds) throws Exception {
		ExecutorService threads = Executors.newFixedThreadPool(callers);
		long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
		long start = System.nanoTime();
		List<Future<Long>> counts = new ArrayList<>();
		for (int t = 0; t < callers; t++) {
			String patient = "patient-" + t;
			counts.add(threads.submit(() -> {
				long appended = 0;
				while (System.nanoTime() < end) {
					log.append(AuditFixtures.read(addon, patient));
					appended++;
				}
				return appended;
			}));
		}
		long total = 0;
		for (Future<Long> count : counts) {
			total += count.get();
		}
		threads.shutdown();
		return total / ((System.nanoTime() - start) / 1e9);
	}

	private static void fill(AuditLog log, String addon, long events) throws Exception {
		int callers = 64;
		ExecutorService threads = Executors.newFixedThreadPool(callers);
		List<Future<?>> done = new ArrayList<>();
		for (int t = 0; t < callers; t++) {
			long share = events / callers + (t < events % callers ? 1 : 0);
			done.add(threads.submit(() -> {
				for (long i = 0; i < share; i++) {
					log.append(AuditFixtures.read(addon, "patient-" + i % 1000));
				}
			}));
		}
		for (Future<?> future : done) {
			future.get();
		}
		threads.shutdown();
	}
}
