package org.openmrs.module.addonmarket.bench;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.openmrs.module.addonmarket.audit.AuditEvent;
import org.openmrs.module.addonmarket.audit.AuditFixtures;
import org.openmrs.module.addonmarket.audit.AuditLog;
import org.openmrs.module.addonmarket.audit.AuditQuery;
import org.openmrs.module.addonmarket.audit.ChainVerification;
import org.openmrs.module.addonmarket.audit.dao.AuditEventDao;
import org.openmrs.module.addonmarket.audit.impl.ChainHasher;
import org.openmrs.module.addonmarket.test.ApiTestContext;
import org.openmrs.module.addonmarket.test.TestDatabase;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;

/**
 * Chain verification throughput: a real chain appended through the audit log, verified whole three times (the
 * median counts), beside SHA-256 over the very bytes verification hashes (each event's previous hash and canonical
 * bytes, already in memory): how close verification comes to the cost of hashing alone.
 */
final class ChainVerifyBenchmark {

	private static final String SECTION = "Chain verification";

	private final BenchConfig config;

	private final Report report;

	ChainVerifyBenchmark(BenchConfig config, Report report) {
		this.config = config;
		this.report = report;
	}

	void run(TestDatabase database) throws Exception {
		try (AnnotationConfigApplicationContext context = ApiTestContext.start(database)) {
			AuditLog log = context.getBean(AuditLog.class);
			fill(log, config.verifyEvents());
			double[] rates = new double[3];
			long checked = 0;
			for (int run = 0; run < rates.length; run++) {
				long start = System.nanoTime();
				ChainVerification verification = log.verify(null, null);
				rates[run] = verification.checked() / ((System.nanoTime() - start) / 1e9);
				if (!verification.valid()) {
					throw new IllegalStateException("The chain does not verify: " + verification);
				}
				checked = verification.checked();
			}
			Arrays.sort(rates);
			double hashing = sha256Rate(context.getBean(AuditEventDao.class));
			report.add(Figure.of(SECTION, "verify " + checked + " events (median of 3)", database.name(), rates[1],
			    "events/s").beside(String.format("SHA-256 of the same bytes in memory: %s events/s (%.0f %%)",
			        Report.number(hashing), 100 * rates[1] / hashing))
			        .target("≥ 500,000 events/s", rates[1] >= 500_000));
		}
	}

	/** @return events per second that SHA-256 alone hashes, over each event's previous hash and canonical bytes */
	private static double sha256Rate(AuditEventDao dao) throws NoSuchAlgorithmException {
		ChainHasher hasher = new ChainHasher();
		List<byte[]> prev = new ArrayList<>();
		List<byte[]> canonical = new ArrayList<>();
		long after = 0;
		for (List<AuditEvent> page = dao.selectAfter(AuditQuery.all(), after, 5000); !page.isEmpty();
		        page = dao.selectAfter(AuditQuery.all(), after, 5000)) {
			for (AuditEvent event : page) {
				prev.add(HexFormat.of().parseHex(event.prevHash()));
				canonical.add(hasher.canonical(event));
				after = event.sequence();
			}
		}
		MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
		double[] rates = new double[3];
		for (int run = 0; run < rates.length; run++) {
			long start = System.nanoTime();
			int sink = 0;
			for (int i = 0; i < canonical.size(); i++) {
				sha256.update(prev.get(i));
				sha256.update(canonical.get(i));
				sink += sha256.digest()[0];
			}
			rates[run] = canonical.size() / ((System.nanoTime() - start) / 1e9);
			if (sink == Integer.MIN_VALUE) {
				System.out.print("");
			}
		}
		Arrays.sort(rates);
		return rates[1];
	}

	/** Appends events through the log from 32 callers (group commit fills batches fast). */
	static void fill(AuditLog log, long events) throws Exception {
		int callers = 32;
		ExecutorService threads = Executors.newFixedThreadPool(callers);
		String addon = AuditFixtures.uniqueAddon();
		List<Future<?>> done = new ArrayList<>();
		for (int t = 0; t < callers; t++) {
			long share = events / callers + (t < events % callers ? 1 : 0);
			done.add(threads.submit(() -> {
				for (long i = 0; i < share; i++) {
					log.append(AuditFixtures.read(addon, "patient-" + i % 1000));
				}
				return null;
			}));
		}
		for (Future<?> future : done) {
			future.get();
		}
		threads.shutdown();
	}
}
