package org.openmrs.module.addonmarket.audit.dao;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import javax.persistence.PersistenceException;

import org.hibernate.Session;
import org.hibernate.SessionFactory;
import org.hibernate.Transaction;
import org.hibernate.jdbc.ReturningWork;
import org.openmrs.module.addonmarket.Page;
import org.openmrs.module.addonmarket.audit.AuditCheckpoint;
import org.openmrs.module.addonmarket.audit.AuditEntry;
import org.openmrs.module.addonmarket.audit.AuditEvent;
import org.openmrs.module.addonmarket.audit.AuditKind;
import org.openmrs.module.addonmarket.audit.AuditOutcome;
import org.openmrs.module.addonmarket.audit.AuditQuery;
import org.openmrs.module.addonmarket.audit.AuditUnavailableException;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Repository;

/**
 * The audit chain in plain JDBC over connections of the host's session factory: batched inserts, keyset-paged
 * reads and grouped counts, with no entity and no Hibernate session cache in between. Each call runs in a
 * transaction of its own (never the caller's): batches of events on the writer's own connection ({@link
 * WriterConnection}), everything else in a session opened for the call. Every statement below is an insert or a
 * select.
 *
 * @see AuditEventDao
 */
@Repository
public class JdbcAuditEventDao implements AuditEventDao, DisposableBean {

	static final String EVENTS = "addonmarket_audit_event";

	static final String CHECKPOINTS = "addonmarket_audit_checkpoint";

	/** How many rows a chain read fetches from the database at once. */
	static final int PAGE = 5000;

	private static final String COLUMNS = Arrays.stream(AuditColumn.values()).map(AuditColumn::column)
	        .collect(Collectors.joining(", ")) + ", prev_hash, event_hash";

	/** The columns of one row: the event's, then prev_hash and event_hash. */
	private static final int COLUMN_COUNT = AuditColumn.values().length + 2;

	/**
	 * The most rows one insert statement carries. A batch goes to the database as multi-row inserts (one statement,
	 * one round trip, one pass through the server's executor per {@value} rows) rather than as a JDBC batch of
	 * single-row inserts, which the MariaDB and PostgreSQL drivers send as one execution per row unless the
	 * connection URL asks them to rewrite it (a URL the module does not choose inside OpenMRS). 100 rows of 27
	 * parameters stay far below every driver's parameter limit.
	 */
	static final int ROWS_PER_INSERT = 100;

	/** The start of every insert of events; the rows' parameter lists follow it. */
	private static final String INSERT_EVENTS = "insert into " + EVENTS + " (" + COLUMNS + ") values ";

	private static final String ONE_ROW = "(" + "?, ".repeat(COLUMN_COUNT - 1) + "?)";

	/** The start of an insert guarded by the installations' versions: the rows follow as a derived table. */
	private static final String INSERT_GUARDED = "insert into " + EVENTS + " (" + COLUMNS + ") select r.* from (";

	/** The first row of a guarded insert's derived table, naming its columns. */
	private static final String SELECT_ROW_AS = "select " + IntStream.range(0, COLUMN_COUNT)
	        .mapToObj(i -> "? as c" + i).collect(Collectors.joining(", "));

	/** Every further row of a guarded insert's derived table. */
	private static final String SELECT_ROW = "select " + "?, ".repeat(COLUMN_COUNT - 1) + "?";

	/** The guard: how many of the named installations are at the versions given after it. */
	private static final String SELECT_GUARD_COUNT = "select count(*) from addonmarket_installation where ";

	/** {@link #INSERT_EVENTS} for each number of rows, built on first use. */
	private static final String[] MULTI_ROW_INSERTS = new String[ROWS_PER_INSERT + 1];

	private static final String INSERT_CHECKPOINT = "insert into " + CHECKPOINTS
	        + " (sequence_number, event_hash, signed_at, key_fingerprint, signature) values (?, ?, ?, ?, ?)";

	/** The start of the read of installations' lock versions that a conditional batch makes; the uuids follow. */
	private static final String SELECT_INSTALLATION_VERSIONS = "select uuid, version from addonmarket_installation"
	        + " where uuid in (";

	private static final String SELECT_HEAD = "select sequence_number, event_hash, recorded_at from " + EVENTS
	        + " where sequence_number = (select max(sequence_number) from " + EVENTS + ")";

	private static final String SELECT_CHAIN = "select " + COLUMNS + " from " + EVENTS
	        + " where sequence_number >= ? and sequence_number <= ? order by sequence_number";

	private static final String SELECT_HASH = "select event_hash from " + EVENTS + " where sequence_number = ?";

	private static final String SELECT_FIRST = "select min(sequence_number) from " + EVENTS;

	private static final String SELECT_NEXT = SELECT_FIRST + " where sequence_number >= ? and sequence_number <= ?";

	private static final String SELECT_CHECKPOINT_COUNT = "select count(*) from " + CHECKPOINTS
	        + " where sequence_number = ?";

	private static final String SELECT_CHECKPOINTS = "select sequence_number, event_hash, signed_at, key_fingerprint,"
	        + " signature from " + CHECKPOINTS + " where sequence_number >= ? and sequence_number <= ?"
	        + " order by sequence_number";

	private static final String SELECT_EVENTS = "select " + COLUMNS + " from " + EVENTS;

	private static final String SELECT_COUNT = "select count(*) from " + EVENTS;

	private static final String SELECT_PATIENT_ACCESS = "select addon_id, resource_type, outcome, count(*),"
	        + " sum(record_count), min(recorded_at), max(recorded_at) from " + EVENTS
	        + " where patient_uuid = ? and kind = 'ACCESS' and recorded_at >= ? and recorded_at < ?"
	        + " group by addon_id, resource_type, outcome";

	private static final String SELECT_FLOWS = "select addon_id, operation, resource_type, outcome, reason_code, scope,"
	        + " egress_destination, count(*) from " + EVENTS
	        + " where kind = 'ACCESS' and recorded_at >= ? and recorded_at < ?"
	        + " group by addon_id, operation, resource_type, outcome, reason_code, scope, egress_destination";

	private static final String SELECT_DISTINCT_PATIENTS = "select addon_id, count(distinct patient_uuid) from "
	        + EVENTS + " where kind = 'ACCESS' and recorded_at >= ? and recorded_at < ? group by addon_id";

	private final SessionFactory sessionFactory;

	/** The connection the batches of events are committed on (see {@link WriterConnection}). */
	private final WriterConnection writer;

	/** The database's product name, read on first use. */
	private volatile String databaseProduct;

	public JdbcAuditEventDao(SessionFactory sessionFactory) {
		this.sessionFactory = sessionFactory;
		this.writer = new WriterConnection(sessionFactory);
	}

	@Override
	public ChainHead selectHead() {
		return inTransaction("read the newest event", connection -> {
			try (PreparedStatement select = connection.prepareStatement(SELECT_HEAD);
			        ResultSet row = select.executeQuery()) {
				return row.next() ? new ChainHead(row.getLong(1), row.getString(2), row.getLong(3)) : ChainHead.genesis();
			}
		});
	}

	/**
	 * The versions are read, then the batch inserted, on the writer's connection in auto-commit mode: a batch of
	 * up to {@value #ROWS_PER_INSERT} events with no checkpoint is one insert statement, atomic and committed by
	 * itself in one round trip; a longer batch or one with a checkpoint is one transaction. (Reading the versions in
	 * that transaction would add nothing: a change committed after the read and before the commit could not be
	 * seen either way.)
	 */
	@Override
	public Batch insert(Map<String, Integer> expected, Set<String> installationUuids,
	        Function<Map<String, Integer>, Batch> build) {
		return writer.run("record event(s)", connection -> {
			if (expected != null && !expected.isEmpty() && connection.checksVersionsInInserts()) {
				Batch optimistic = build.apply(expected);
				List<AuditEvent> events = optimistic.events();
				if (events.size() <= ROWS_PER_INSERT && optimistic.checkpoint() == null && !events.isEmpty()
				        && insertIfUnchanged(connection, expected, events)) {
					return optimistic;
				}
			}
			Batch batch = build.apply(installationVersions(connection, installationUuids));
			List<AuditEvent> events = batch.events();
			if (events.size() <= ROWS_PER_INSERT && batch.checkpoint() == null) {
				if (!events.isEmpty()) {
					insertEvents(connection, events);
				}
				return batch;
			}
			connection.inOneTransaction(() -> {
				for (int from = 0; from < events.size(); from += ROWS_PER_INSERT) {
					insertEvents(connection, events.subList(from, Math.min(events.size(), from + ROWS_PER_INSERT)));
				}
				if (batch.checkpoint() != null) {
					PreparedStatement insert = connection.prepare(INSERT_CHECKPOINT);
					bindCheckpoint(insert, batch.checkpoint());
					insert.executeUpdate();
				}
			});
			return batch;
		});
	}

	/**
	 * One statement that inserts all the events if every installation is still at its expected version, and none
	 * otherwise: the rows are a derived table, guarded by a count of the installations found at their versions
	 * (uuids are unique, so the count equals the number of installations exactly when none has moved). The count
	 * is a plain read on PostgreSQL (no locks). It is not used on MariaDB (see {@link
	 * WriterConnection#checksVersionsInInserts()}): there, under REPEATABLE READ, {@code INSERT … SELECT} takes shared
	 * locks on the installations, and a governance transaction that has moved a version and waits for its own audit
	 * event would deadlock with the writer.
	 *
	 * @return whether the events were inserted
	 */
	private static boolean insertIfUnchanged(WriterConnection connection, Map<String, Integer> expected,
	        List<AuditEvent> events) throws SQLException {
		StringBuilder sql = new StringBuilder(INSERT_GUARDED).append(SELECT_ROW_AS);
		for (int r = 1; r < events.size(); r++) {
			sql.append(" union all ").append(SELECT_ROW);
		}
		sql.append(") r where (").append(SELECT_GUARD_COUNT);
		for (int i = 0; i < expected.size(); i++) {
			sql.append(i == 0 ? "" : " or ").append("(uuid = ? and version = ?)");
		}
		sql.append(") = ?");
		PreparedStatement insert = connection.prepare(sql.toString());
		for (int r = 0; r < events.size(); r++) {
			bind(insert, r * COLUMN_COUNT, events.get(r));
		}
		int index = events.size() * COLUMN_COUNT;
		for (Map.Entry<String, Integer> version : expected.entrySet()) {
			insert.setString(++index, version.getKey());
			insert.setInt(++index, version.getValue());
		}
		insert.setInt(++index, expected.size());
		return insert.executeUpdate() == events.size();
	}

	/** Inserts up to {@value #ROWS_PER_INSERT} events with one statement. */
	private static void insertEvents(WriterConnection connection, List<AuditEvent> rows) throws SQLException {
		PreparedStatement insert = connection.prepare(insertRows(rows.size()));
		for (int r = 0; r < rows.size(); r++) {
			bind(insert, r * COLUMN_COUNT, rows.get(r));
		}
		insert.executeUpdate();
	}

	/** Gives the writer's connection back to the pool. */
	@Override
	public void destroy() {
		writer.close();
	}

	/** The current lock version of each named installation that exists, in one query. */
	private static Map<String, Integer> installationVersions(WriterConnection connection, Set<String> uuids)
	        throws SQLException {
		if (uuids.isEmpty()) {
			return Map.of();
		}
		Map<String, Integer> versions = new HashMap<>();
		PreparedStatement select = connection.prepare(SELECT_INSTALLATION_VERSIONS + "?, ".repeat(uuids.size() - 1)
		        + "?)");
		int i = 0;
		for (String uuid : uuids) {
			select.setString(++i, uuid);
		}
		try (ResultSet row = select.executeQuery()) {
			while (row.next()) {
				versions.put(row.getString(1), row.getInt(2));
			}
		}
		return versions;
	}

	@Override
	public void insertCheckpoint(AuditCheckpoint checkpoint) {
		inTransaction("store a checkpoint", connection -> {
			try (PreparedStatement count = connection.prepareStatement(SELECT_CHECKPOINT_COUNT)) {
				count.setLong(1, checkpoint.sequence());
				try (ResultSet row = count.executeQuery()) {
					if (row.next() && row.getLong(1) > 0) {
						return null;
					}
				}
			}
			insertCheckpoint(connection, checkpoint);
			return null;
		});
	}

	@Override
	public long selectChain(long from, long to, ChainRowVisitor visitor) {
		return inTransaction("read the chain", connection -> {
			long seen = 0;
			// One query, streamed PAGE rows at a time (a cursor inside this transaction), rather than a page query
			// per PAGE rows: PostgreSQL plans a reused paged statement generically and rescans the table each time.
			visitor.textAsUtf8Bytes(textAsUtf8Bytes(connection));
			try (PreparedStatement select = connection.prepareStatement(SELECT_CHAIN)) {
				select.setFetchSize(PAGE);
				select.setLong(1, from);
				select.setLong(2, to);
				try (ResultSet row = select.executeQuery()) {
					while (row.next()) {
						seen++;
						if (!visitor.visit(row)) {
							break;
						}
					}
				}
			}
			return seen;
		});
	}

	/**
	 * PostgreSQL's driver always talks UTF-8 with the server and returns a text value's bytes as received; MariaDB's
	 * (3.x) always connects in utf8mb4 and does the same. Others (H2 converts text to binary as hexadecimal; MySQL's
	 * driver follows a configurable character set) are read as strings.
	 */
	private static boolean textAsUtf8Bytes(Connection connection) throws SQLException {
		String driver = connection.getMetaData().getDriverName().toLowerCase(Locale.ROOT);
		return driver.contains("postgresql") || driver.contains("mariadb");
	}

	@Override
	public String selectHash(long sequence) {
		return inTransaction("read an event's hash", connection -> {
			try (PreparedStatement select = connection.prepareStatement(SELECT_HASH)) {
				select.setLong(1, sequence);
				try (ResultSet row = select.executeQuery()) {
					return row.next() ? row.getString(1) : null;
				}
			}
		});
	}

	@Override
	public long selectFirstSequence() {
		return inTransaction("read the first event", connection -> {
			try (PreparedStatement select = connection.prepareStatement(SELECT_FIRST);
			        ResultSet row = select.executeQuery()) {
				return row.next() ? row.getLong(1) : 0L;
			}
		});
	}

	@Override
	public long selectNextSequence(long from, long to) {
		return inTransaction("read the next event", connection -> {
			try (PreparedStatement select = connection.prepareStatement(SELECT_NEXT)) {
				select.setLong(1, from);
				select.setLong(2, to);
				try (ResultSet row = select.executeQuery()) {
					return row.next() ? row.getLong(1) : 0L;
				}
			}
		});
	}

	@Override
	public String selectDatabaseProduct() {
		String product = databaseProduct;
		if (product == null) {
			product = inTransaction("name the database", connection -> connection.getMetaData().getDatabaseProductName());
			databaseProduct = product;
		}
		return product;
	}

	@Override
	public List<AuditCheckpoint> selectCheckpoints(long from, long to) {
		return inTransaction("read the checkpoints", connection -> {
			List<AuditCheckpoint> checkpoints = new ArrayList<>();
			try (PreparedStatement select = connection.prepareStatement(SELECT_CHECKPOINTS)) {
				select.setLong(1, from);
				select.setLong(2, to);
				try (ResultSet row = select.executeQuery()) {
					while (row.next()) {
						checkpoints.add(new AuditCheckpoint(row.getLong(1), row.getString(2),
						        AuditColumn.instant(row.getLong(3)), row.getString(4), row.getString(5)));
					}
				}
			}
			return checkpoints;
		});
	}

	@Override
	public Page<AuditEvent> select(AuditQuery query) {
		SqlFilter filter = SqlFilter.of(query);
		return inTransaction("search the log", connection -> {
			long total;
			try (PreparedStatement count = filter.prepare(connection, SELECT_COUNT, "")) {
				try (ResultSet row = count.executeQuery()) {
					row.next();
					total = row.getLong(1);
				}
			}
			String order = " order by recorded_at desc, sequence_number desc limit " + query.size() + " offset "
			        + (long) query.page() * query.size();
			try (PreparedStatement select = filter.prepare(connection, SELECT_EVENTS, order)) {
				return new Page<>(events(select), query.page(), query.size(), total);
			}
		});
	}

	@Override
	public List<AuditEvent> selectAfter(AuditQuery filter, long afterSequence, int limit) {
		SqlFilter where = SqlFilter.of(filter).and("sequence_number > ?", afterSequence);
		return inTransaction("export the log", connection -> {
			try (PreparedStatement select = where.prepare(connection, SELECT_EVENTS,
			    " order by sequence_number limit " + limit)) {
				return events(select);
			}
		});
	}

	@Override
	public List<PatientAccessRow> selectPatientAccess(String patientUuid, Instant from, Instant to) {
		return inTransaction("summarise a patient's access", connection -> {
			List<PatientAccessRow> rows = new ArrayList<>();
			try (PreparedStatement select = connection.prepareStatement(SELECT_PATIENT_ACCESS)) {
				select.setString(1, patientUuid);
				bindPeriod(select, 2, from, to);
				try (ResultSet row = select.executeQuery()) {
					while (row.next()) {
						rows.add(new PatientAccessRow(row.getString(1), row.getString(2), row.getString(3),
						        row.getLong(4), row.getLong(5), row.getLong(6), row.getLong(7)));
					}
				}
			}
			return rows;
		});
	}

	@Override
	public List<FlowRow> selectFlows(Instant from, Instant to) {
		return inTransaction("count the data flows", connection -> {
			List<FlowRow> rows = new ArrayList<>();
			try (PreparedStatement select = connection.prepareStatement(SELECT_FLOWS)) {
				bindPeriod(select, 1, from, to);
				try (ResultSet row = select.executeQuery()) {
					while (row.next()) {
						rows.add(new FlowRow(row.getString(1), row.getString(2), row.getString(3), row.getString(4),
						        row.getString(5), row.getString(6), row.getString(7), row.getLong(8)));
					}
				}
			}
			return rows;
		});
	}

	@Override
	public Map<String, Long> selectDistinctPatients(Instant from, Instant to) {
		return inTransaction("count the patients", connection -> {
			Map<String, Long> patients = new LinkedHashMap<>();
			try (PreparedStatement select = connection.prepareStatement(SELECT_DISTINCT_PATIENTS)) {
				bindPeriod(select, 1, from, to);
				try (ResultSet row = select.executeQuery()) {
					while (row.next()) {
						patients.put(row.getString(1), row.getLong(2));
					}
				}
			}
			return patients;
		});
	}

	private static void bindPeriod(PreparedStatement statement, int index, Instant from, Instant to)
	        throws SQLException {
		statement.setLong(index, from == null ? Long.MIN_VALUE : AuditColumn.micros(from));
		statement.setLong(index + 1, to == null ? Long.MAX_VALUE : AuditColumn.micros(to));
	}

	/** @return the insert of that many rows, spelled once per size */
	private static String insertRows(int rows) {
		String sql = MULTI_ROW_INSERTS[rows];
		if (sql == null) {
			sql = INSERT_EVENTS + (ONE_ROW + ", ").repeat(rows - 1) + ONE_ROW;
			MULTI_ROW_INSERTS[rows] = sql;
		}
		return sql;
	}

	/** Binds the event's values to the parameters after {@code offset}. */
	private static void bind(PreparedStatement insert, int offset, AuditEvent event) throws SQLException {
		AuditColumn[] columns = AuditColumn.values();
		for (int i = 0; i < columns.length; i++) {
			Object value = columns[i].valueOf(event);
			if (columns[i].type() == AuditColumn.Type.NUMBER) {
				insert.setLong(offset + i + 1, (Long) value);
			} else if (value == null) {
				insert.setNull(offset + i + 1, Types.VARCHAR);
			} else {
				insert.setString(offset + i + 1, (String) value);
			}
		}
		insert.setString(offset + ChainRowVisitor.PREV_HASH, event.prevHash());
		insert.setString(offset + ChainRowVisitor.HASH, event.hash());
	}

	private static void insertCheckpoint(Connection connection, AuditCheckpoint checkpoint) throws SQLException {
		try (PreparedStatement insert = connection.prepareStatement(INSERT_CHECKPOINT)) {
			bindCheckpoint(insert, checkpoint);
			insert.executeUpdate();
		}
	}

	private static void bindCheckpoint(PreparedStatement insert, AuditCheckpoint checkpoint) throws SQLException {
		insert.setLong(1, checkpoint.sequence());
		insert.setString(2, checkpoint.hash());
		insert.setLong(3, AuditColumn.micros(checkpoint.signedAt()));
		insert.setString(4, checkpoint.keyFingerprint());
		insert.setString(5, checkpoint.signature());
	}

	private static List<AuditEvent> events(PreparedStatement select) throws SQLException {
		List<AuditEvent> events = new ArrayList<>();
		try (ResultSet row = select.executeQuery()) {
			while (row.next()) {
				events.add(event(row));
			}
		}
		return events;
	}

	/** @return the event in the current row of a select of {@link #COLUMNS} */
	static AuditEvent event(ResultSet row) throws SQLException {
		AuditEntry entry = new AuditEntry(AuditKind.valueOf(text(row, AuditColumn.KIND)),
		        text(row, AuditColumn.INSTALLATION), text(row, AuditColumn.ADDON_ID), text(row, AuditColumn.ADDON_VERSION),
		        text(row, AuditColumn.ACTOR), text(row, AuditColumn.PATIENT), text(row, AuditColumn.RESOURCE_TYPE),
		        CanonicalJson.parseArray(text(row, AuditColumn.RESOURCE_IDS)), text(row, AuditColumn.OPERATION),
		        AuditOutcome.valueOf(text(row, AuditColumn.OUTCOME)), text(row, AuditColumn.REASON_CODE),
		        text(row, AuditColumn.REASON_TEXT), text(row, AuditColumn.SCOPE), text(row, AuditColumn.GRANT),
		        text(row, AuditColumn.INVOCATION), text(row, AuditColumn.PURPOSE),
		        CanonicalJson.parseArray(text(row, AuditColumn.ELEMENTS_RELEASED)),
		        (int) number(row, AuditColumn.RECORD_COUNT), (int) number(row, AuditColumn.WITHHELD_COUNT),
		        text(row, AuditColumn.EGRESS_DESTINATION), number(row, AuditColumn.BYTES_SENT),
		        text(row, AuditColumn.QUERY), text(row, AuditColumn.DETAIL));
		return new AuditEvent(number(row, AuditColumn.SEQUENCE), AuditColumn.instant(number(row, AuditColumn.RECORDED_AT)),
		        entry, row.getString(ChainRowVisitor.PREV_HASH), row.getString(ChainRowVisitor.HASH));
	}

	private static String text(ResultSet row, AuditColumn column) throws SQLException {
		return row.getString(column.ordinal() + 1);
	}

	private static long number(ResultSet row, AuditColumn column) throws SQLException {
		return row.getLong(column.ordinal() + 1);
	}

	private <T> T inTransaction(String what, ReturningWork<T> work) {
		Session session = null;
		Transaction transaction = null;
		boolean committed = false;
		try {
			session = sessionFactory.openSession();
			transaction = session.beginTransaction();
			T result = session.doReturningWork(work);
			transaction.commit();
			committed = true;
			return result;
		}
		catch (PersistenceException e) {
			throw new AuditUnavailableException("The audit log could not " + what + ": " + rootMessage(e), e);
		}
		finally {
			if (!committed) {
				rollback(transaction);
			}
			if (session != null) {
				session.close();
			}
		}
	}

	private static void rollback(Transaction transaction) {
		try {
			if (transaction != null && transaction.isActive()) {
				transaction.rollback();
			}
		}
		catch (PersistenceException ignored) {
			// the connection is gone; the database rolls the transaction back itself
		}
	}

	private static String rootMessage(Throwable e) {
		Throwable root = e;
		while (root.getCause() != null && root.getCause() != root) {
			root = root.getCause();
		}
		return root.getMessage();
	}
}
