package org.openmrs.module.addonmarket.standalone.clinical;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.openmrs.module.addonmarket.standalone.ApiClient.API;
import static org.openmrs.module.addonmarket.standalone.ApiClient.errorCode;
import static org.openmrs.module.addonmarket.standalone.ApiClient.json;
import static org.openmrs.module.addonmarket.standalone.clinical.ClinicalRecordHttpTest.observations;
import static org.openmrs.module.addonmarket.standalone.clinical.ClinicalRecordHttpTest.ok;

import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import javax.sql.DataSource;

import org.junit.Before;
import org.junit.Test;
import org.openmrs.module.addonmarket.host.ClinicalEvent;
import org.openmrs.module.addonmarket.host.ClinicalEvents;
import org.openmrs.module.addonmarket.standalone.ApiClient;
import org.openmrs.module.addonmarket.standalone.DemoServerTest;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A clinician records a measurement over real HTTP (H2, PostgreSQL, MariaDB): it is validated and stored, and
 * {@code Observation.created} reaches listeners only once the write has committed, never for a write rolled back,
 * and a listener that throws or hangs never fails or holds up the write.
 */
public class ClinicalEventsHttpTest extends DemoServerTest {

	private static final long WAIT_SECONDS = 20;

	private static final ObjectMapper MAPPER = new ObjectMapper();

	/** Each test records for its own patient, so that the listeners of other tests (they stay subscribed) ignore it. */
	private static int nextPatient = 10;

	private ApiClient clinician;

	private String patient;

	@Before
	public void patientOfThisTest() {
		clinician = basic("clinician", PASSWORD);
		patient = json(ok(clinician.get(API + "/patients?count=100"))).path("results").get(nextPatient++)
		        .path("uuid").asText();
	}

	@Test
	public void recordObservation_shouldStoreItAndRaiseTheEventOnlyAfterCommit() throws Exception {
		Received received = subscribe();
		String clinicianUuid = json(clinician.get(API + "/session")).path("uuid").asText();

		HttpResponse<String> answer = clinician.post(observations(patient),
		    "{\"code\":\"http://loinc.org|8480-6\",\"value\":185,\"unit\":\"mm[Hg]\"}");

		assertThat(answer.statusCode()).as(answer.body()).isEqualTo(201);
		JsonNode stored = json(answer);
		assertThat(stored.path("resourceType").asText()).isEqualTo("Observation");
		assertThat(stored.path("status").asText()).isEqualTo("final");
		assertThat(stored.path("category").get(0).path("coding").get(0).path("code").asText()).isEqualTo("vital-signs");
		assertThat(stored.path("code").path("coding").get(0).path("display").asText())
		        .isEqualTo("Systolic blood pressure");
		assertThat(stored.path("subject").path("reference").asText()).isEqualTo("Patient/" + patient);
		assertThat(stored.path("valueQuantity").path("value").asText()).isEqualTo("185");
		assertThat(stored.path("valueQuantity").path("system").asText()).isEqualTo("http://unitsofmeasure.org");
		assertThat(Instant.parse(stored.path("effectiveDateTime").asText())).isCloseTo(Instant.now(),
		    within(1, ChronoUnit.MINUTES));
		Delivery delivery = received.next();
		assertThat(delivery.event().type()).isEqualTo("Observation.created");
		assertThat(delivery.event().patientId()).isEqualTo(patient);
		assertThat(delivery.event().userUuid()).isEqualTo(clinicianUuid);
		assertThat(MAPPER.readTree(delivery.event().resource().toString())).isEqualTo(stored);
		assertThat(delivery.committedWhenDelivered()).as("the observation was committed when the event came").isTrue();
		JsonNode newest = json(ok(clinician.get(observations(patient) + "?count=1"))).path("results").get(0);
		assertThat(newest.path("id").asText()).isEqualTo(stored.path("id").asText());
	}

	@Test
	public void recordObservation_shouldSucceedWhenAListenerThrowsOrHangs() throws Exception {
		CountDownLatch release = new CountDownLatch(1);
		String forPatient = patient;
		events().subscribe(event -> {
			if (forPatient.equals(event.patientId())) {
				throw new IllegalStateException("a broken add-on trigger");
			}
		});
		events().subscribe(event -> {
			if (forPatient.equals(event.patientId())) {
				await(release);
			}
		});
		Received received = subscribe();
		try {
			HttpResponse<String> answer = CompletableFuture.supplyAsync(() -> clinician.post(observations(patient),
			    "{\"code\":\"http://loinc.org|8867-4\",\"value\":64,\"unit\":\"/min\"}")).get(WAIT_SECONDS,
			    TimeUnit.SECONDS);

			assertThat(answer.statusCode()).as(answer.body()).isEqualTo(201);
			assertThat(received.next().event().resource().path("id").asText())
			        .isEqualTo(json(answer).path("id").asText());
		}
		finally {
			release.countDown();
		}
	}

	@Test
	public void rolledBackWrite_shouldRaiseNoEvent() throws InterruptedException, SQLException {
		Received received = subscribe();
		TransactionTemplate transaction = new TransactionTemplate(server.bean(PlatformTransactionManager.class));

		String rolledBack = transaction.execute(status -> {
			ObjectNode created = server.bean(StandaloneClinicalData.class).create("Observation",
			    systolic(patient, 150));
			status.setRollbackOnly();
			return created.path("id").asText();
		});
		HttpResponse<String> committed = clinician.post(observations(patient),
		    "{\"code\":\"http://loinc.org|8480-6\",\"value\":151,\"unit\":\"mm[Hg]\"}");

		assertThat(committed.statusCode()).isEqualTo(201);
		assertThat(received.next().event().resource().path("id").asText())
		        .as("the first event is the committed write's, none came for the one rolled back")
		        .isEqualTo(json(committed).path("id").asText());
		assertThat(stored(rolledBack)).isFalse();
	}

	@Test
	public void recordObservation_shouldRefuseAnInvalidEntryWithEveryFieldAtFault() throws InterruptedException {
		long before = total();

		HttpResponse<String> invalid = clinician.post(observations(patient), "{\"code\":\"http://loinc.org|8480-6\","
		        + "\"value\":400,\"unit\":\"mmHg\",\"effective\":\"" + Instant.now().plus(1, ChronoUnit.DAYS) + "\"}");
		HttpResponse<String> unknownCode = clinician.post(observations(patient),
		    "{\"code\":\"http://loinc.org|2345-7\",\"value\":5.4,\"unit\":\"mmol/L\"}");
		HttpResponse<String> notANumber = clinician.post(observations(patient),
		    "{\"code\":\"http://loinc.org|8480-6\",\"value\":\"high\",\"unit\":\"mm[Hg]\"}");
		HttpResponse<String> unknownField = clinician.post(observations(patient),
		    "{\"code\":\"http://loinc.org|8480-6\",\"value\":120,\"unit\":\"mm[Hg]\",\"note\":\"x\"}");
		HttpResponse<String> noPatient = clinician.post(observations("no-such-patient"),
		    "{\"code\":\"http://loinc.org|8480-6\",\"value\":120,\"unit\":\"mm[Hg]\"}");

		assertThat(invalid.statusCode()).isEqualTo(422);
		assertThat(errorCode(invalid)).isEqualTo("ADDON-0953");
		assertThat(json(invalid).path("error").path("errors")).extracting(e -> e.path("field").asText() + " "
		        + e.path("code").asText()).containsExactlyInAnyOrder("/unit ADDON-0957", "/value ADDON-0958",
		            "/effective ADDON-0959");
		assertThat(unknownCode.statusCode()).isEqualTo(422);
		assertThat(json(unknownCode).path("error").path("errors").get(0).path("field").asText()).isEqualTo("/code");
		assertThat(json(unknownCode).path("error").path("errors").get(0).path("code").asText()).isEqualTo("ADDON-0956");
		assertThat(notANumber.statusCode()).isEqualTo(400);
		assertThat(json(notANumber).path("error").path("field").asText()).isEqualTo("/value");
		assertThat(unknownField.statusCode()).isEqualTo(400);
		assertThat(noPatient.statusCode()).isEqualTo(404);
		assertThat(errorCode(noPatient)).isEqualTo("ADDON-0950");
		assertThat(total()).as("nothing refused was stored").isEqualTo(before);
	}

	private long total() {
		return json(ok(clinician.get(observations(patient) + "?count=1"))).path("total").asLong();
	}

	private Received subscribe() {
		Received received = new Received(patient, server.bean(DataSource.class));
		events().subscribe(received);
		return received;
	}

	private static ClinicalEvents events() {
		return server.bean(ClinicalEvents.class);
	}

	private static ObjectNode systolic(String patient, int value) {
		ObjectNode observation = MAPPER.createObjectNode().put("resourceType", "Observation");
		observation.putObject("code").putArray("coding").addObject().put("system", "http://loinc.org").put("code",
		    "8480-6");
		observation.putObject("subject").put("reference", "Patient/" + patient);
		observation.putObject("valueQuantity").put("value", value).put("code", "mm[Hg]");
		return observation;
	}

	private static boolean stored(String observationId) throws SQLException {
		return Received.committed(server.bean(DataSource.class), observationId);
	}

	private static void await(CountDownLatch latch) {
		try {
			latch.await(WAIT_SECONDS * 2, TimeUnit.SECONDS);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}

	/** An event as a listener received it, and whether its observation could be read as committed right then. */
	record Delivery(ClinicalEvent event, boolean committedWhenDelivered) {
	}

	/** A listener for one patient's events that looks, from its own connection, whether each write is committed. */
	static final class Received implements Consumer<ClinicalEvent> {

		private final String patient;

		private final DataSource dataSource;

		private final BlockingQueue<Delivery> deliveries = new LinkedBlockingQueue<>();

		Received(String patient, DataSource dataSource) {
			this.patient = patient;
			this.dataSource = dataSource;
		}

		@Override
		public void accept(ClinicalEvent event) {
			if (patient.equals(event.patientId())) {
				try {
					deliveries.add(new Delivery(event, committed(dataSource, event.resource().path("id").asText())));
				}
				catch (SQLException e) {
					throw new IllegalStateException(e);
				}
			}
		}

		Delivery next() throws InterruptedException {
			Delivery delivery = deliveries.poll(WAIT_SECONDS, TimeUnit.SECONDS);
			assertThat(delivery).as("an event within " + WAIT_SECONDS + " s").isNotNull();
			return delivery;
		}

		static boolean committed(DataSource dataSource, String observationId) throws SQLException {
			try (Connection connection = dataSource.getConnection();
			        PreparedStatement select = connection.prepareStatement(
			            "select count(*) from addonmarket_standalone_observation where uuid = ?")) {
				select.setString(1, observationId);
				try (ResultSet rows = select.executeQuery()) {
					rows.next();
					return rows.getLong(1) == 1;
				}
			}
		}
	}
}
