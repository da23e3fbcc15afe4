package org.openmrs.module.addonmarket.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openmrs.module.addonmarket.test.InMemoryClinicalData.ALICE;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.After;
import org.junit.Before;
import org.junit.Test;
import org.openmrs.module.addonmarket.Privileges;
import org.openmrs.module.addonmarket.audit.AuditEvent;
import org.openmrs.module.addonmarket.audit.AuditOutcome;
import org.openmrs.module.addonmarket.install.Installation;
import org.openmrs.module.addonmarket.runtime.AddonRuntime;
import org.openmrs.module.addonmarket.runtime.InvocationResult;
import org.openmrs.module.addonmarket.test.PersistenceTest;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * examples/referral-sender against a real referral service: a JDK HTTP server on 127.0.0.1 (the one place plain
 * http egress is allowed), declared as the package's egress in place of the example's https address. The service
 * receives exactly the declared payload, the card shows its reference, the access log records the destination and
 * the bytes sent, and an endpoint the user configured outside the approved egress is refused before anything leaves.
 */
public class ReferralSenderExampleTest extends PersistenceTest {

	private static final String REASON = "Resistant hypertension on three drugs";

	private final List<String> received = new CopyOnWriteArrayList<>();

	private HttpServer service;

	private String egress;

	private ExampleAddon example;

	private Installation installation;

	@Before
	public void referralServiceAndAnApprovedInstallation() throws IOException {
		service = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		service.createContext("/", this::answer);
		service.start();
		egress = "http://127.0.0.1:" + service.getAddress().getPort() + "/referrals/";
		example = new ExampleAddon(context(), "referral-sender");
		example.publish(m -> ((ObjectNode) m.withArray("egress").get(0)).put("url", egress));
		installation = example.installForClinician();
		example.approve(installation, example.manifest().withArray("permissions").findValuesAsText("scope"),
		    List.of(egress));
	}

	@After
	public void stopService() {
		service.stop(0);
	}

	@Test
	public void refer_shouldPostExactlyTheDeclaredPayloadAndShowTheServicesReference() {
		example.configure(installation, "{\"endpoint\": \"" + egress + "new?source=ehr\", \"reason\": \"" + REASON + "\"}");

		InvocationResult run = refer();

		String payload = "{\"patient\":{\"system\":\"urn:test:mrn\",\"value\":\"MRN-p-alice\"},\"bloodPressure\":"
		        + "{\"systolic\":182,\"diastolic\":110,\"unit\":\"mm[Hg]\",\"measured\":\"2026-11-01T08:00:00Z\"},"
		        + "\"reason\":\"" + REASON + "\"}";
		assertThat(received).containsExactly("POST /referrals/new?source=ehr application/json " + payload);
		assertThat(run.result().path("text").asText()).isEqualTo("Referral sent. The clinic's reference is REF-1.");
		assertThat(run.result().path("severity").asText()).isEqualTo("info");
		List<AuditEvent> events = example.accessEvents(installation, run.invocationId());
		assertThat(events).extracting(e -> e.entry().operation() + " " + e.outcome()).containsExactly("read PERMIT",
		    "search PERMIT", "egress PERMIT");
		assertThat(events.get(0).entry().elementsReleased()).containsExactly("identifier");
		AuditEvent sent = events.get(2);
		assertThat(sent.entry().egressDestination()).isEqualTo(egress + "new");
		assertThat(sent.entry().bytesSent()).isEqualTo(payload.getBytes(StandardCharsets.UTF_8).length);
		assertThat(sent.entry().patientUuid()).isEqualTo(ALICE);
		assertThat(sent.entry().actor()).isEqualTo("uuid-" + ExampleAddon.CLINICIAN);
	}

	@Test
	public void refer_shouldRefuseAnEndpointOutsideTheApprovedEgressAndSendNothing() {
		String elsewhere = "http://127.0.0.1:" + service.getAddress().getPort() + "/export/patients";
		example.configure(installation, "{\"endpoint\": \"" + elsewhere + "\"}");

		InvocationResult run = refer();

		assertThat(received).as("requests the service received").isEmpty();
		assertThat(run.result().path("severity").asText()).isEqualTo("critical");
		assertThat(run.result().path("text").asText()).startsWith("Not sent: ").contains(elsewhere,
		    "is not under an egress destination");
		AuditEvent refused = example.accessEvents(installation, run.invocationId()).get(2);
		assertThat(refused.entry().operation()).isEqualTo("egress");
		assertThat(refused.outcome()).isEqualTo(AuditOutcome.DENY);
		assertThat(refused.entry().egressDestination()).isEqualTo(elsewhere);
		assertThat(refused.entry().bytesSent()).isZero();
	}

	private InvocationResult refer() {
		example.signInClinician(Privileges.CLINICAL_PRIVILEGES);
		InvocationResult run = bean(AddonRuntime.class).invokeAction(installation.getUuid(), "refer", ALICE);
		assertThat(run.succeeded()).as(String.valueOf(run.error())).isTrue();
		return run;
	}

	private void answer(HttpExchange exchange) throws IOException {
		received.add(exchange.getRequestMethod() + " " + exchange.getRequestURI() + " "
		        + exchange.getRequestHeaders().getFirst("Content-Type") + " "
		        + new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
		byte[] body = ("{\"reference\":\"REF-" + received.size() + "\"}").getBytes(StandardCharsets.UTF_8);
		exchange.getResponseHeaders().add("Content-Type", "application/json");
		exchange.sendResponseHeaders(201, body.length);
		try (OutputStream out = exchange.getResponseBody()) {
			out.write(body);
		}
	}
}
