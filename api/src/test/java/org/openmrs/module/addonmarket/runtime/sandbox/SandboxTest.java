package org.openmrs.module.addonmarket.runtime.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.After;
import org.junit.AfterClass;
import org.junit.Test;
import org.openmrs.module.addonmarket.error.ErrorCode;
import org.openmrs.module.addonmarket.host.Setting;
import org.openmrs.module.addonmarket.runtime.LogLine;
import org.openmrs.module.addonmarket.runtime.TestDataPort;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The ctx API in the sandbox (DESIGN.md 7): what a handler receives, what it may call, and what it hands back.
 */
public class SandboxTest {

	private static final SandboxFixture FIXTURE = new SandboxFixture();

	private static final ObjectMapper JSON = new ObjectMapper();

	@After
	public void reset() {
		FIXTURE.reset();
	}

	@AfterClass
	public static void stopEngine() {
		FIXTURE.sandbox.close();
	}

	@Test
	public void run_shouldAnswerTheHandlersResultAsPlainJson() {
		SandboxOutcome outcome = FIXTURE.run("function trend(ctx) { return { title: 'Blood pressure', "
		        + "text: 'Rising', items: [120, 130], severity: 'warning' }; }", "trend");

		assertThat(outcome.error()).isNull();
		assertThat(outcome.result().toString())
		        .isEqualTo("{\"title\":\"Blood pressure\",\"text\":\"Rising\",\"items\":[120,130],\"severity\":\"warning\"}");
	}

	@Test
	public void ctxEhrSearch_shouldCallTheDataPortWithThisRunsInstallationPurposeUserAndPatient() {
		SandboxOutcome outcome = FIXTURE.run("function trend(ctx) { const bp = ctx.ehr.search('Observation', "
		        + "{ code: 'http://loinc.org|8480-6', _count: 2 }); return { items: bp.map(o => o.valueQuantity.value) }; }",
		    "trend");

		assertThat(outcome.result().path("items").toString()).isEqualTo("[120,130]");
		TestDataPort.Recorded call = FIXTURE.port.calls.get(0);
		assertThat(call.operation()).isEqualTo("search");
		assertThat(call.target()).isEqualTo("Observation{code=[http://loinc.org|8480-6], _count=[2]}");
		assertThat(call.call().installationUuid()).isEqualTo("inst-1");
		assertThat(call.call().purpose()).isEqualTo("action:trend");
		assertThat(call.call().user()).isEqualTo(SandboxFixture.CLINICIAN);
		assertThat(call.call().patientId()).isEqualTo(SandboxFixture.PATIENT);
		assertThat(call.call().invocationId()).isNotBlank();
	}

	@Test
	public void ctxEhrReadAndCreate_shouldHandPlainJsonBothWays() {
		SandboxOutcome outcome = FIXTURE.run("function go(ctx) { const p = ctx.ehr.read('Patient', ctx.patient);"
		        + " const n = ctx.ehr.create('Notice', { severity: 'critical', text: 'BP ' + 190 });"
		        + " return { patient: p.id, notice: n.id, text: n.text, plain: Object.getPrototypeOf(n) === Object.prototype }; }",
		    "go");

		assertThat(outcome.result().path("patient").asText()).isEqualTo(SandboxFixture.PATIENT);
		assertThat(outcome.result().path("notice").asText()).startsWith("created-");
		assertThat(outcome.result().path("text").asText()).isEqualTo("BP 190");
		assertThat(outcome.result().path("plain").asBoolean()).isTrue();
	}

	@Test
	public void ctx_shouldCarryThePatientTheUserAndAFrozenConfiguration() throws Exception {
		JsonNode config = JSON.readTree("{\"threshold\": 180, \"units\": {\"bp\": \"mmHg\"}}");

		SandboxOutcome outcome = FIXTURE.run("inst-1", "function go(ctx) { ctx.config.threshold = 1;"
		        + " ctx.config.units.bp = 'kPa'; return { patient: ctx.patient, user: ctx.user, config: ctx.config,"
		        + " frozen: Object.isFrozen(ctx.config) && Object.isFrozen(ctx.config.units) && Object.isFrozen(ctx) }; }",
		    "go", config, null);

		assertThat(outcome.error()).isNull();
		assertThat(outcome.result().path("patient").asText()).isEqualTo(SandboxFixture.PATIENT);
		assertThat(outcome.result().path("user").toString())
		        .isEqualTo("{\"uuid\":\"uuid-clinician\",\"displayName\":\"Dr Ada Clinician\"}");
		assertThat(outcome.result().path("config")).isEqualTo(config);
		assertThat(outcome.result().path("frozen").asBoolean()).isTrue();
	}

	@Test
	public void ctxEvent_shouldBeTheTriggersResourceWithNoUser() throws Exception {
		JsonNode event = JSON.readTree("{\"resourceType\":\"Observation\",\"valueQuantity\":{\"value\":190}}");

		SandboxOutcome outcome = FIXTURE.run("inst-1", "function onReading(ctx) { return { value: "
		        + "ctx.event.valueQuantity.value, user: ctx.user }; }", "onReading", null, event);

		assertThat(outcome.result().toString()).isEqualTo("{\"value\":190,\"user\":null}");
	}

	@Test
	public void ctxLog_shouldKeepEachLineWithItsLevel() {
		SandboxOutcome outcome = FIXTURE.run("function go(ctx) { ctx.log('plain', 1, { a: 2 });"
		        + " ctx.log.info('info'); ctx.log.warn('warn'); ctx.log.error('error'); return null; }", "go");

		assertThat(outcome.error()).isNull();
		assertThat(outcome.log()).containsExactly(new LogLine("info", "plain 1 {\"a\":2}"), new LogLine("info", "info"),
		    new LogLine("warn", "warn"), new LogLine("error", "error"));
	}

	@Test
	public void dataPortRefusal_shouldBeAnExceptionTheAddonMayCatchWithItsCodeAndMessage() {
		SandboxOutcome outcome = FIXTURE.run("function go(ctx) { try { ctx.ehr.search('Condition', {}); }"
		        + " catch (e) { return { name: e.name, code: e.code, message: e.message, isError: e instanceof Error }; } }",
		    "go");

		assertThat(outcome.error()).isNull();
		assertThat(outcome.result().path("name").asText()).isEqualTo("AddonMarketError");
		assertThat(outcome.result().path("code").asText()).isEqualTo(ErrorCode.PRIVILEGE_REQUIRED.code());
		assertThat(outcome.result().path("message").asText()).contains("no scope of the grant covers search of Condition");
		assertThat(outcome.result().path("isError").asBoolean()).isTrue();
	}

	@Test
	public void uncaughtRefusal_shouldEndTheRunWithTheGatewaysCodeAndMessage() {
		SandboxOutcome outcome = FIXTURE.run("function go(ctx) { return ctx.ehr.read('Condition', 'c1'); }", "go");

		assertThat(outcome.error().code()).isEqualTo(ErrorCode.PRIVILEGE_REQUIRED.code());
		assertThat(outcome.error().message()).contains("no scope of the grant covers read of Condition");
	}

	@Test
	public void asyncHandler_shouldBeAwaited() {
		SandboxOutcome outcome = FIXTURE.run("async function go(ctx) { const v = await Promise.resolve(41);"
		        + " return { answer: v + 1 }; }", "go");

		assertThat(outcome.error()).isNull();
		assertThat(outcome.result().path("answer").asInt()).isEqualTo(42);
	}

	@Test
	public void scriptError_shouldSayWhatAndWhere() {
		SandboxOutcome outcome = FIXTURE.run("function go(ctx) {\n  return ctx.nothing.here;\n}", "go");

		assertThat(outcome.error().code()).isEqualTo(ErrorCode.RUNTIME_SCRIPT_ERROR.code());
		assertThat(outcome.error().message()).startsWith("TypeError").contains("org.test.inst-1@1.0.0/main.js:2");
	}

	@Test
	public void syntaxError_shouldBeReportedAsSuch() {
		SandboxOutcome outcome = FIXTURE.run("function go(ctx) { return {; }", "go");

		assertThat(outcome.error().code()).isEqualTo(ErrorCode.RUNTIME_SCRIPT_SYNTAX.code());
		assertThat(outcome.error().message()).contains("main.js");
	}

	@Test
	public void missingHandler_shouldNameTheFunction() {
		SandboxOutcome outcome = FIXTURE.run("function other(ctx) { return 1; }", "trend");

		assertThat(outcome.error().code()).isEqualTo(ErrorCode.RUNTIME_HANDLER_MISSING.code());
		assertThat(outcome.error().message()).contains("defines no function trend");
	}

	@Test
	public void handlerDeclaredWithConst_shouldRunToo() {
		SandboxOutcome outcome = FIXTURE.run("const trend = (ctx) => ({ title: 'arrow' });", "trend");

		assertThat(outcome.error()).isNull();
		assertThat(outcome.result().path("title").asText()).isEqualTo("arrow");
	}

	@Test
	public void resultThatIsNotJson_shouldBeRefused() {
		assertThat(FIXTURE.run("function go(ctx) { return 10n; }", "go").error().code())
		        .isEqualTo(ErrorCode.RUNTIME_RESULT_NOT_JSON.code());
		assertThat(FIXTURE.run("function go(ctx) { return function () {}; }", "go").error().code())
		        .isEqualTo(ErrorCode.RUNTIME_RESULT_NOT_JSON.code());
		assertThat(FIXTURE.run("function go(ctx) { const a = {}; a.a = a; return a; }", "go").error().message())
		        .contains("not plain JSON");
	}

	@Test
	public void statementLimit_shouldFollowTheSetting() {
		FIXTURE.settings.set(Setting.RUNTIME_MAX_STATEMENTS.name(), "500");

		SandboxOutcome outcome = FIXTURE.run("function go(ctx) { let s = 0; for (let i = 0; i < 1000; i++) { s += i; }"
		        + " return s; }", "go");

		assertThat(outcome.error().code()).isEqualTo(ErrorCode.RUNTIME_STATEMENT_LIMIT.code());
		assertThat(outcome.error().message()).isEqualTo("stopped after 500 statements (addonmarket.runtime.maxStatements)");
		assertThat(outcome.statementsUsed()).isEqualTo(500L);
	}

	@Test
	public void parsedScript_shouldBeKeptPerVersionAndReused() {
		String script = "function go(ctx) { return 1; }";
		int[] reads = new int[1];
		EntryScript entry = new EntryScript("org.test.cache", "1.0.0", "abc", "main.js", () -> {
			reads[0]++;
			return script;
		});
		org.openmrs.module.addonmarket.runtime.RuntimeCall call = new org.openmrs.module.addonmarket.runtime.RuntimeCall(
		        "inst-c", "run-1", "action:go", null, null);

		for (int i = 0; i < 3; i++) {
			assertThat(FIXTURE.sandbox.run(new HandlerRun(entry, "go", call, null, null), FIXTURE.port).error())
			        .isNull();
		}

		assertThat(reads[0]).as("times the script's text was read").isEqualTo(1);
	}

	@Test
	public void concurrentRuns_shouldShareTheEngineButNothingElse() throws Exception {
		ExecutorService threads = Executors.newFixedThreadPool(8);
		List<Future<String>> answers = new ArrayList<>();
		for (int i = 0; i < 64; i++) {
			String installation = "inst-" + (i % 8);
			answers.add(threads.submit(() -> FIXTURE.run(installation, "var runs = (globalThis.runs || 0) + 1;"
			        + " function go(ctx) { return ctx.ehr.search('Observation', { _count: 1 })[0].subject.reference"
			        + " + ' ' + runs; }", "go").result().asText()));
		}

		for (Future<String> answer : answers) {
			assertThat(answer.get(30, TimeUnit.SECONDS)).isEqualTo("Patient/" + SandboxFixture.PATIENT + " 1");
		}
		threads.shutdown();
		assertThat(FIXTURE.port.calls).hasSize(64);
	}

	@Test
	public void engine_shouldStartAndRunWithoutWarnings() {
		FIXTURE.run("function go(ctx) { return 1; }", "go");

		assertThat(FIXTURE.sandbox.engineMessages()).as("what GraalJS wrote to its error stream").isEqualTo(List.of());
	}
}
