package org.openmrs.module.addonmarket.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import javax.sql.DataSource;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openmrs.module.addonmarket.test.TestDatabase;

/**
 * The database's own limit for the audit writer: rows per second of plain JDBC batch inserts (100 rows per batch,
 * one transaction each, one thread, as the writer has one) into the audit table itself, each row a copy of the
 * event an audited read leaves (so the same width and the same indexes to maintain). Beside it, the time one
 * commit of {@value #CALLERS} such rows takes the way the audit writer commits them (one kept connection in
 * auto-commit mode, one multi-row insert): no design in which each of {@value #CALLERS} callers waits for its own
 * event to be committed, in order, can serve them faster than {@value #CALLERS} events per such commit.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class BatchedInsertBenchmark {

	static final int BATCH = 100;

	/** The callers the audited-read target names; one commit of this many rows is the best they can share. */
	static final int CALLERS = 16;

	private Connection kept;

	private PreparedStatement insertCallers;

	@Param({ "H2", "POSTGRESQL", "MARIADB" })
	public TestDatabase database;

	private GatewayScenario scenario;

	private DataSource dataSource;

	private final List<String> columns = new ArrayList<>();

	private final List<Object> row = new ArrayList<>();

	private String insert;

	/** Far above any sequence number the audit log itself gives, so the copies never collide with it. */
	private final AtomicLong sequence = new AtomicLong(1_000_000_000_000L);

	@Setup(Level.Trial)
	public void start() throws SQLException {
		scenario = GatewayScenario.start(database);
		scenario.gateway().read(scenario.clinicianRun(), "Patient", GatewayScenario.PATIENT);
		dataSource = scenario.bean(DataSource.class);
		try (Connection connection = dataSource.getConnection(); Statement select = connection.createStatement();
		        ResultSet newest = select.executeQuery("select * from addonmarket_audit_event where sequence_number ="
		                + " (select max(sequence_number) from addonmarket_audit_event)")) {
			newest.next();
			ResultSetMetaData meta = newest.getMetaData();
			for (int i = 1; i <= meta.getColumnCount(); i++) {
				columns.add(meta.getColumnName(i).toLowerCase(Locale.ROOT));
				row.add(newest.getObject(i));
			}
		}
		String oneRow = "(" + "?, ".repeat(columns.size() - 1) + "?)";
		insert = "insert into addonmarket_audit_event (" + String.join(", ", columns) + ") values " + oneRow;
		kept = dataSource.getConnection();
		kept.setAutoCommit(true);
		insertCallers = kept.prepareStatement(insert + (", " + oneRow).repeat(CALLERS - 1));
	}

	@TearDown(Level.Trial)
	public void stop() throws SQLException {
		kept.close();
		scenario.close();
	}

	/** One commit of {@value #CALLERS} rows as the audit writer makes it; the suite reports its mean time. */
	@Benchmark
	@BenchmarkMode(Mode.AverageTime)
	@OutputTimeUnit(TimeUnit.MICROSECONDS)
	public int commitOfSixteen() throws SQLException {
		int parameter = 0;
		for (int r = 0; r < CALLERS; r++) {
			for (int c = 0; c < columns.size(); c++) {
				Object value = "sequence_number".equals(columns.get(c)) ? sequence.incrementAndGet() : row.get(c);
				insertCallers.setObject(++parameter, value);
			}
		}
		return insertCallers.executeUpdate();
	}

	@Benchmark
	@OperationsPerInvocation(BATCH)
	public int[] batchedInsert() throws SQLException {
		try (Connection connection = dataSource.getConnection()) {
			connection.setAutoCommit(false);
			int[] counts;
			try (PreparedStatement statement = connection.prepareStatement(insert)) {
				for (int r = 0; r < BATCH; r++) {
					for (int c = 0; c < columns.size(); c++) {
						Object value = "sequence_number".equals(columns.get(c)) ? sequence.incrementAndGet() : row.get(c);
						statement.setObject(c + 1, value);
					}
					statement.addBatch();
				}
				counts = statement.executeBatch();
			}
			connection.commit();
			connection.setAutoCommit(true);
			return counts;
		}
	}
}
