package org.openmrs.module.addonmarket.bench;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.Map;
import java.util.Random;
import java.util.function.Consumer;

import javax.sql.DataSource;

import org.openmrs.module.addonmarket.Privileges;
import org.openmrs.module.addonmarket.audit.AuditQuery;
import org.openmrs.module.addonmarket.audit.AuditService;
import org.openmrs.module.addonmarket.test.ApiTestContext;
import org.openmrs.module.addonmarket.test.TestDatabase;
import org.openmrs.module.addonmarket.test.TestIdentity;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;

/**
 * What an auditor waits for at scale: the audit table filled with {@code first} generated events, the queries timed,
 * then {@code second} more loaded into the same database and the queries timed again. The queries go through
 * {@link AuditService} as the REST API calls it: a patient's last 30 days (first page of 50, with its total),
 * which add-ons touched the patient in those days, one add-on's day, and the monthly data-flow report.
 */
final class AuditQueryBenchmark {

	private static final String SECTION = "Audit queries";

	private final BenchConfig config;

	private final Report report;

	AuditQueryBenchmark(BenchConfig config, Report report) {
		this.config = config;
		this.report = report;
	}

	void run(TestDatabase database) throws Exception {
		try (AnnotationConfigApplicationContext context = ApiTestContext.start(database)) {
			Instant end = Instant.now().truncatedTo(ChronoUnit.DAYS);
			AuditEventLoader loader = new AuditEventLoader(context.getBean(DataSource.class), end);
			context.getBean(TestIdentity.class).signIn("auditor", Privileges.VIEW_ADDON_ACCESS_LOG);
			AuditService audit = context.getBean(AuditService.class);
			long loaded = 0;
			for (long size : new long[] { config.firstLoad(), config.firstLoad() + config.secondLoad() }) {
				double rate = loader.load(1_000_000 + loaded, size - loaded);
				loaded = size;
				analyze(context.getBean(DataSource.class), database);
				String label = millions(size);
				report.add(Figure.of("Loader", "batched multi-row insert, 2 threads, to " + label, database.name(), rate,
				    "rows/s"));
				measure(audit, loader, end, label, database);
			}
		}
	}

	private void measure(AuditService audit, AuditEventLoader loader, Instant end, String label, TestDatabase db) {
		Random random = new Random(7);
		Instant monthAgo = end.minus(Duration.ofDays(30));
		long[] history = sample(config.querySamples(), i -> audit.find(AuditQuery.builder()
		        .patient(loader.patient(random)).between(monthAgo, end).size(50).build()));
		long p95 = percentile(history, 95);
		report.add(Figure.of(SECTION, "patient's 30-day history, p50, at " + label, db.name(),
		    percentile(history, 50) / 1e6, "ms"));
		report.add(Figure.of(SECTION, "patient's 30-day history, p95, at " + label, db.name(), p95 / 1e6, "ms")
		        .target("p95 ≤ 5 ms at 10 M", p95 <= 5_000_000));
		long[] touched = sample(config.querySamples(), i -> audit.addonsThatTouched(loader.patient(random), monthAgo,
		    end));
		report.add(Figure.of(SECTION, "add-ons that touched a patient in 30 days, p95, at " + label, db.name(),
		    percentile(touched, 95) / 1e6, "ms"));
		long[] day = sample(Math.max(3, config.querySamples() / 4), i -> {
			Instant from = end.minus(Duration.ofDays(1 + random.nextInt(300)));
			audit.find(AuditQuery.builder().addonId(loader.addon(random)).between(from, from.plus(Duration.ofDays(1)))
			        .size(50).build());
		});
		report.add(Figure.of(SECTION, "an add-on's day (first page, total), p50, at " + label, db.name(),
		    percentile(day, 50) / 1e6, "ms"));
		report.add(Figure.of(SECTION, "an add-on's day (first page, total), p95, at " + label, db.name(),
		    percentile(day, 95) / 1e6, "ms"));
		long[] month = sample(3, i -> audit.dataFlow(monthAgo, end, Map.of()));
		report.add(Figure.of(SECTION, "monthly data-flow report, median of 3, at " + label, db.name(),
		    percentile(month, 50) / 1e6, "ms"));
	}

	/** Runs the query a few times untimed, then {@code n} times timed; returns the sorted nanoseconds. */
	private static long[] sample(int n, Consumer<Integer> query) {
		for (int i = 0; i < Math.min(5, n); i++) {
			query.accept(i);
		}
		long[] took = new long[n];
		for (int i = 0; i < n; i++) {
			long start = System.nanoTime();
			query.accept(i);
			took[i] = System.nanoTime() - start;
		}
		Arrays.sort(took);
		return took;
	}

	static long percentile(long[] sorted, int p) {
		int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
		return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
	}

	static String millions(long n) {
		return n >= 1_000_000 ? (n / 1_000_000) + " M events" : String.format("%,d events", n);
	}

	/** Fresh statistics after a bulk load, as autovacuum would give a server some minutes later. */
	private static void analyze(DataSource dataSource, TestDatabase database) throws SQLException {
		String sql = switch (database) {
			case POSTGRESQL -> "vacuum analyze addonmarket_audit_event";
			case MARIADB -> "analyze table addonmarket_audit_event";
			case H2 -> "analyze table addonmarket_audit_event";
		};
		try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
			connection.setAutoCommit(true);
			statement.execute(sql);
		}
	}
}
