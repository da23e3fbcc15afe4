package org.openmrs.module.addonmarket.runtime.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.openmrs.module.addonmarket.host.Actor;
import org.openmrs.module.addonmarket.runtime.RuntimeCall;
import org.openmrs.module.addonmarket.runtime.TestDataPort;
import org.openmrs.module.addonmarket.test.TestSettings;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * One sandbox for a test class, with test settings and a {@link TestDataPort}, and short ways to run a script.
 */
final class SandboxFixture {

	static final Actor CLINICIAN = new Actor("uuid-clinician", "clinician", "Dr Ada Clinician");

	static final String PATIENT = "patient-1";

	final TestSettings settings = new TestSettings();

	final Sandbox sandbox = new Sandbox(settings);

	TestDataPort port = new TestDataPort();

	/** Runs a handler of a script as an action of installation {@code inst-1} for the clinician and PATIENT. */
	SandboxOutcome run(String script, String handler) {
		return run("inst-1", script, handler, null, null);
	}

	/** Runs a handler of a script of the installation's own add-on, as an action. */
	SandboxOutcome run(String installation, String script, String handler) {
		return run(installation, script, handler, null, null);
	}

	/** Runs a handler of a script of the installation's own add-on: a trigger when there is an event. */
	SandboxOutcome run(String installation, String script, String handler, JsonNode config, JsonNode event) {
		String addon = "org.test." + installation;
		EntryScript entry = new EntryScript(addon, "1.0.0", Integer.toHexString(script.hashCode()), "main.js",
		        () -> script);
		RuntimeCall call = new RuntimeCall(installation, UUID.randomUUID().toString(), "action:" + handler,
		        event == null ? CLINICIAN : null, PATIENT);
		return sandbox.run(new HandlerRun(entry, handler, call, config, event), port);
	}

	/** A normal run after a hostile one: the host still runs add-ons. */
	void assertStillRuns() {
		SandboxOutcome normal = run("inst-normal", "function ok(ctx) { return { title: 'ok', items: [1, 2, 3] }; }",
		    "ok");
		assertThat(normal.error()).as("a normal run after the hostile one").isNull();
		assertThat(normal.result().path("items")).hasSize(3);
	}

	void reset() {
		settings.clear();
		port = new TestDataPort();
	}
}
