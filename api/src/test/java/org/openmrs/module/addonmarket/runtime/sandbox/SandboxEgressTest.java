package org.openmrs.module.addonmarket.runtime.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.After;
import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.Test;
import org.openmrs.module.addonmarket.error.ErrorCode;

/**
 * {@code ctx.http.fetch} against a local server: what an allowed request sends and answers, and how redirects are
 * followed. The refusals are in {@link HostileAddonsTest}.
 */
public class SandboxEgressTest {

	private static final SandboxFixture FIXTURE = new SandboxFixture();

	private static LocalServer server;

	@BeforeClass
	public static void startServer() throws Exception {
		server = new LocalServer();
	}

	@AfterClass
	public static void stop() {
		server.close();
		FIXTURE.sandbox.close();
	}

	@After
	public void reset() {
		FIXTURE.reset();
	}

	@Test
	public void fetch_shouldAskTheDataPortThenAnswerStatusHeadersAndBody() {
		FIXTURE.port.allowEgress(server.allowed());

		SandboxOutcome outcome = FIXTURE.run("function go(ctx) { const r = ctx.http.fetch('" + server.allowed()
		        + "hello'); return { status: r.status, type: r.headers['content-type'], body: JSON.parse(r.body) }; }",
		    "go");

		assertThat(outcome.error()).isNull();
		assertThat(outcome.result().toString())
		        .isEqualTo("{\"status\":200,\"type\":\"application/json\",\"body\":{\"greeting\":\"hello\"}}");
		assertThat(FIXTURE.port.calls).extracting(c -> c.target()).containsExactly("GET " + server.allowed() + "hello");
	}

	@Test
	public void fetch_shouldSendTheMethodHeadersAndBody() {
		FIXTURE.port.allowEgress(server.allowed());

		SandboxOutcome outcome = FIXTURE.run("function go(ctx) { const r = ctx.http.fetch('" + server.allowed()
		        + "echo', { method: 'post', headers: { 'X-Test': 'yes' }, body: { reading: 190 } });"
		        + " return { status: r.status, body: r.body }; }", "go");

		assertThat(outcome.result().path("status").asInt()).isEqualTo(201);
		assertThat(outcome.result().path("body").asText()).isEqualTo("POST yes {\"reading\":190}");
		assertThat(FIXTURE.port.calls.get(0).target()).isEqualTo("POST " + server.allowed() + "echo");
	}

	@Test
	public void fetch_shouldFollowARedirectWhoseTargetIsAllowedToo() {
		FIXTURE.port.allowEgress(server.allowed());

		SandboxOutcome outcome = FIXTURE.run("function go(ctx) { return ctx.http.fetch('" + server.allowed()
		        + "redirect-in').body; }", "go");

		assertThat(outcome.result().asText()).isEqualTo("{\"greeting\":\"hello\"}");
		assertThat(FIXTURE.port.calls).extracting(c -> c.target()).containsExactly(
		    "GET " + server.allowed() + "redirect-in", "GET " + server.allowed() + "hello");
	}

	@Test
	public void fetch_shouldRefuseAUrlThatIsNotHttp() {
		SandboxOutcome outcome = FIXTURE.run("function go(ctx) { try { ctx.http.fetch('file:///etc/passwd'); }"
		        + " catch (e) { return e.code; } }", "go");

		assertThat(outcome.result().asText()).isEqualTo(ErrorCode.RUNTIME_EGRESS_URL_INVALID.code());
		assertThat(FIXTURE.port.calls).isEmpty();
	}
}
