package org.openmrs.module.addonmarket.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import javax.sql.DataSource;

import org.openmrs.module.addonmarket.audit.dao.AuditColumn;

/**
 * Fills the audit table with realistic access events fast, for the query benchmarks: multi-row inserts of
 * {@value #ROWS_PER_STATEMENT} rows (one statement, one round trip each) from two threads. The events follow a
 * year of use: 1,000 patients (a few seen far more often than most: the square of a uniform draw picks them), 200
 * users and background runs, 20 add-ons (the first few much busier: weights 1/k), mostly searches and reads of
 * observations, about 3 % denied or failed. The hashes are placeholders: the query benchmarks do not verify, and
 * building a valid chain would cost the loader most of its time (verification is measured on a real chain).
 */
public final class AuditEventLoader {

	static final int PATIENTS = 1000;

	static final int USERS = 200;

	static final int ADDONS = 20;

	static final int ROWS_PER_STATEMENT = 500;

	private static final String[] COLUMNS;

	static {
		List<String> names = new ArrayList<>();
		for (AuditColumn column : AuditColumn.values()) {
			names.add(column.column());
		}
		names.add("prev_hash");
		names.add("event_hash");
		COLUMNS = names.toArray(new String[0]);
	}

	private final DataSource dataSource;

	private final Instant end;

	private final Duration span;

	final List<String> patients = new ArrayList<>();

	final List<String> addons = new ArrayList<>();

	private final double[] addonWeights = new double[ADDONS];

	/** The sequence number and count of the load under way, which spread its events over the year. */
	private long first;

	private long count;

	/**
	 * @param dataSource the database whose audit table to fill
	 * @param end the newest event's time; events spread over the year before it
	 */
	public AuditEventLoader(DataSource dataSource, Instant end) {
		this.dataSource = dataSource;
		this.end = end;
		this.span = Duration.ofDays(365);
		Random names = new Random(20261129);
		for (int i = 0; i < PATIENTS; i++) {
			patients.add(new UUID(names.nextLong(), names.nextLong()).toString());
		}
		double total = 0;
		for (int i = 0; i < ADDONS; i++) {
			addons.add("org.example.addon-" + (i + 1));
			total += 1.0 / (i + 1);
			addonWeights[i] = total;
		}
		for (int i = 0; i < ADDONS; i++) {
			addonWeights[i] /= total;
		}
	}

	/** @return a patient picked as the events pick them: a few often, most rarely */
	String patient(Random random) {
		double r = random.nextDouble();
		return patients.get((int) (r * r * PATIENTS));
	}

	/** @return an add-on picked by its weight */
	String addon(Random random) {
		double r = random.nextDouble();
		for (int i = 0; i < ADDONS; i++) {
			if (r <= addonWeights[i]) {
				return addons.get(i);
			}
		}
		return addons.get(ADDONS - 1);
	}

	/**
	 * Inserts events with sequence numbers {@code firstSequence} on, spread evenly in time over the year.
	 *
	 * @return rows per second
	 */
	public synchronized double load(long firstSequence, long events) throws Exception {
		this.first = firstSequence;
		this.count = events;
		int threads = 2;
		ExecutorService pool = Executors.newFixedThreadPool(threads);
		long started = System.nanoTime();
		List<Future<?>> done = new ArrayList<>();
		for (int t = 0; t < threads; t++) {
			long from = firstSequence + count * t / threads;
			long to = firstSequence + count * (t + 1) / threads;
			long seed = firstSequence * 31 + t;
			done.add(pool.submit(() -> {
				loadRange(from, to, seed);
				return null;
			}));
		}
		for (Future<?> future : done) {
			future.get();
		}
		pool.shutdown();
		return count / ((System.nanoTime() - started) / 1e9);
	}

	private void loadRange(long from, long to, long seed) throws SQLException {
		Random random = new Random(seed);
		String one = "(" + "?, ".repeat(COLUMNS.length - 1) + "?)";
		String full = insert(one, ROWS_PER_STATEMENT);
		try (Connection connection = dataSource.getConnection()) {
			connection.setAutoCommit(false);
			try (PreparedStatement statement = connection.prepareStatement(full)) {
				long sequence = from;
				while (to - sequence >= ROWS_PER_STATEMENT) {
					bindRows(statement, sequence, ROWS_PER_STATEMENT, random);
					statement.executeUpdate();
					connection.commit();
					sequence += ROWS_PER_STATEMENT;
				}
				if (sequence < to) {
					try (PreparedStatement rest = connection.prepareStatement(insert(one, (int) (to - sequence)))) {
						bindRows(rest, sequence, (int) (to - sequence), random);
						rest.executeUpdate();
						connection.commit();
					}
				}
			}
		}
	}

	private static String insert(String one, int rows) {
		return "insert into addonmarket_audit_event (" + String.join(", ", COLUMNS) + ") values "
		        + (one + ", ").repeat(rows - 1) + one;
	}

	private void bindRows(PreparedStatement statement, long sequence, int rows, Random random) throws SQLException {
		long endMicros = AuditColumn.micros(end);
		long spanMicros = span.toNanos() / 1000;
		int p = 1;
		for (int r = 0; r < rows; r++) {
			long seq = sequence + r;
			long at = endMicros - spanMicros + spanMicros * (seq - first) / count + random.nextInt(1_000_000);
			for (Object value : SyntheticEvent.values(this, seq, Math.min(at, endMicros), random)) {
				if (value == null) {
					statement.setNull(p++, Types.VARCHAR);
				} else {
					statement.setObject(p++, value);
				}
			}
		}
	}
}
