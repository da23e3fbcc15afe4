package org.openmrs.module.addonmarket.runtime.sandbox;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.Engine;
import org.graalvm.polyglot.EnvironmentAccess;
import org.graalvm.polyglot.HostAccess;
import org.graalvm.polyglot.PolyglotAccess;
import org.graalvm.polyglot.PolyglotException;
import org.graalvm.polyglot.ResourceLimits;
import org.graalvm.polyglot.Source;
import org.graalvm.polyglot.Value;
import org.openmrs.module.addonmarket.error.ErrorCode;
import org.openmrs.module.addonmarket.host.HostSettings;
import org.openmrs.module.addonmarket.runtime.DataPort;
import org.openmrs.module.addonmarket.runtime.InvocationError;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Runs add-on JavaScript with GraalJS 20.3 (DESIGN.md 7, docs/decisions/0007-runtime-sandbox.md): one shared
 * {@link Engine}, so that parsed scripts are reused, and a fresh {@link Context} per run, so that no run sees another's
 * state. A context may reach no host class, file, thread, process, native code, other language or environment
 * variable; the only host object it gets is the run's {@link GuestBridge}, behind the {@code ctx} that
 * {@code prelude.js} builds. Each run is bounded in statements (the engine's resource limit), time and allocation (the
 * {@link Watchdog}), and in what crosses the boundary (the bridge and the result check). Thread-safe: each run uses the
 * calling thread, so the host's notion of the current user holds in the data calls the add-on makes.
 */
@Component
public class Sandbox implements AutoCloseable, DisposableBean {

	/** The longest string a script may build, in characters ({@code js.string-length-limit}). */
	static final int MAX_STRING_CHARS = 16 * 1024 * 1024;

	/** The most elements a typed array may have ({@code js.max-typed-array-length}). */
	static final int MAX_TYPED_ARRAY_LENGTH = 16 * 1024 * 1024;

	/** How many versions' parsed scripts are kept. */
	static final int PARSED_SCRIPTS = 256;

	/** The engine's options: the ECMAScript 2020 the design promises, and none of GraalJS's extensions. */
	static final Map<String, String> JS_OPTIONS = Map.ofEntries(Map.entry("js.ecmascript-version", "2020"),
	    Map.entry("js.load", "false"), Map.entry("js.print", "false"), Map.entry("js.console", "false"),
	    Map.entry("js.graal-builtin", "false"), Map.entry("js.polyglot-builtin", "false"),
	    Map.entry("js.polyglot-evalfile", "false"), Map.entry("js.java-package-globals", "false"),
	    Map.entry("js.global-property", "false"), Map.entry("js.nashorn-compat", "false"),
	    Map.entry("js.scripting", "false"), Map.entry("js.shell", "false"), Map.entry("js.syntax-extensions", "false"),
	    Map.entry("js.commonjs-require", "false"), Map.entry("js.disable-eval", "true"),
	    Map.entry("js.shared-array-buffer", "false"), Map.entry("js.atomics", "false"),
	    Map.entry("js.performance", "false"), Map.entry("js.intl-402", "false"),
	    Map.entry("js.string-length-limit", String.valueOf(MAX_STRING_CHARS)),
	    Map.entry("js.max-typed-array-length", String.valueOf(MAX_TYPED_ARRAY_LENGTH)),
	    Map.entry("js.max-apply-argument-length", "65536"), Map.entry("js.function-arguments-limit", "65536"));

	private final HostSettings settings;

	private final ObjectMapper json = new ObjectMapper();

	private final Map<String, Source> parsed = Collections.synchronizedMap(new LinkedHashMap<>(16, 0.75f, true) {

		private static final long serialVersionUID = 1L;

		@Override
		protected boolean removeEldestEntry(Map.Entry<String, Source> eldest) {
			return size() > PARSED_SCRIPTS;
		}
	});

	private final EngineLog engineLog = new EngineLog();

	private final Egress egress = new Egress(json);

	private Engine engine;

	private Watchdog watchdog;

	private Source prelude;

	public Sandbox(HostSettings settings) {
		this.settings = settings;
	}

	/**
	 * Runs a handler in a fresh context. Whatever the add-on does, this returns: its failure, a limit it hit or an
	 * escape it tried is an outcome with an error, never an exception.
	 *
	 * @param run the handler, its script, configuration, event and caller
	 * @param port where {@code ctx.ehr} and {@code ctx.http} calls go
	 * @return the result or the error, and what it logged
	 */
	public SandboxOutcome run(HandlerRun run, DataPort port) {
		SandboxLimits limits = SandboxLimits.from(settings);
		Source script = parsedScript(run.script());
		Context context = newContext(limits);
		RunGuard guard = watchdog().watch(context, limits);
		GuestBridge bridge = new GuestBridge(run.call(), port, limits, egress, guard, json);
		try {
			return execute(context, script, run, bridge, limits);
		}
		catch (PolyglotException e) {
			Long statements = RunFailures.isStatementLimit(e) ? limits.maxStatements() : null;
			return new SandboxOutcome(null, RunFailures.classify(e, guard, bridge, limits), bridge.logLines(),
			        statements);
		}
		finally {
			guard.close();
			close(context);
		}
	}

	private SandboxOutcome execute(Context context, Source script, HandlerRun run, GuestBridge bridge,
	        SandboxLimits limits) {
		Value runner = context.eval(prelude());
		context.eval(script);
		Value handler = context.getBindings("js").getMember(run.handler());
		if (handler == null || !handler.canExecute()) {
			return failed(bridge, InvocationError.of(ErrorCode.RUNTIME_HANDLER_MISSING, run.script().displayName()
			        + " defines no function " + run.handler() + ", which the manifest names as a handler"));
		}
		Value answer = runner.getMember("run").execute(bridge, handler, input(run), limits.maxResultBytes());
		if ("pending".equals(answer.getArrayElement(0).asString())) {
			answer = runner.getMember("settle").execute();
		}
		if (bridge.limitHit() != null) {
			return failed(bridge, InvocationError.of(bridge.limitHit()));
		}
		return outcome(answer, bridge, limits);
	}

	private SandboxOutcome outcome(Value answer, GuestBridge bridge, SandboxLimits limits) {
		String status = answer.getArrayElement(0).asString();
		switch (status) {
			case "ok":
				return result(answer.getArrayElement(1).asString(), bridge, limits);
			case "refused":
				return failed(bridge, new InvocationError(answer.getArrayElement(1).asString(),
				        answer.getArrayElement(2).asString()));
			case "toolarge":
				return failed(bridge, tooLarge(answer.getArrayElement(1).asString() + " characters", limits));
			case "notjson":
				return failed(bridge, InvocationError.of(ErrorCode.RUNTIME_RESULT_NOT_JSON,
				    "the handler's result is not plain JSON: " + answer.getArrayElement(1).asString()));
			default:
				return failed(bridge, InvocationError.of(ErrorCode.RUNTIME_SCRIPT_ERROR,
				    "the handler returned a promise that never settled"));
		}
	}

	private SandboxOutcome result(String text, GuestBridge bridge, SandboxLimits limits) {
		long bytes = Utf8.length(text);
		if (bytes > limits.maxResultBytes()) {
			return failed(bridge, tooLarge(bytes + " bytes", limits));
		}
		try {
			return new SandboxOutcome(json.readTree(text), null, bridge.logLines(), null);
		}
		catch (JsonProcessingException e) {
			return failed(bridge, InvocationError.of(ErrorCode.RUNTIME_RESULT_NOT_JSON, e.getOriginalMessage()));
		}
	}

	private static InvocationError tooLarge(String size, SandboxLimits limits) {
		return InvocationError.of(ErrorCode.RUNTIME_RESULT_TOO_LARGE, "the handler's result is " + size
		        + ", larger than the " + limits.maxResultBytes() + " bytes addonmarket.runtime.maxResultBytes allows");
	}

	private static SandboxOutcome failed(GuestBridge bridge, InvocationError error) {
		return new SandboxOutcome(null, error, bridge.logLines(), null);
	}

	private String input(HandlerRun run) {
		ObjectNode input = json.createObjectNode();
		input.put("patient", run.call().patientId());
		if (run.call().user() == null) {
			input.putNull("user");
		}
		else {
			input.putObject("user").put("uuid", run.call().user().uuid()).put("displayName",
			    run.call().user().displayName());
		}
		input.set("config", run.configuration() == null ? json.nullNode() : run.configuration());
		input.set("event", run.event() == null ? json.nullNode() : run.event());
		return input.toString();
	}

	private Context newContext(SandboxLimits limits) {
		return Context.newBuilder("js").engine(engine()).allowHostAccess(HostAccess.EXPLICIT)
		        .allowHostClassLookup(className -> false).allowHostClassLoading(false).allowIO(false)
		        .allowCreateThread(false).allowNativeAccess(false).allowCreateProcess(false)
		        .allowPolyglotAccess(PolyglotAccess.NONE).allowEnvironmentAccess(EnvironmentAccess.NONE)
		        .resourceLimits(ResourceLimits.newBuilder().statementLimit(limits.maxStatements(), null).build())
		        .in(new ByteArrayInputStream(new byte[0])).out(OutputStream.nullOutputStream())
		        .err(OutputStream.nullOutputStream()).build();
	}

	private Source parsedScript(EntryScript script) {
		Source source = parsed.get(script.key());
		if (source == null) {
			source = Source.newBuilder("js", script.text().get(), script.displayName()).cached(true).buildLiteral();
			parsed.put(script.key(), source);
		}
		return source;
	}

	private synchronized Engine engine() {
		if (engine == null) {
			engine = Engine.newBuilder().allowExperimentalOptions(true).options(JS_OPTIONS)
			        .out(OutputStream.nullOutputStream()).err(engineLog).build();
		}
		return engine;
	}

	private synchronized Watchdog watchdog() {
		if (watchdog == null) {
			watchdog = new Watchdog();
		}
		return watchdog;
	}

	private synchronized Source prelude() {
		if (prelude == null) {
			try (InputStream in = Sandbox.class.getResourceAsStream("prelude.js")) {
				prelude = Source.newBuilder("js", new String(in.readAllBytes(), StandardCharsets.UTF_8),
				    "addonmarket-prelude.js").cached(true).buildLiteral();
			}
			catch (IOException e) {
				throw new UncheckedIOException("prelude.js is missing from the module", e);
			}
		}
		return prelude;
	}

	/** @return what the engine wrote to its error stream since it started: warnings, which the module logs */
	List<String> engineMessages() {
		return engineLog.lines();
	}

	private static void close(Context context) {
		try {
			context.close(true);
		}
		catch (IllegalStateException | PolyglotException alreadyClosed) {
			// the watchdog closed it
		}
	}

	@Override
	public void destroy() {
		close();
	}

	/** Stops the watchdog and the engine, cancelling any run still going; the module is stopping. */
	@Override
	public synchronized void close() {
		if (watchdog != null) {
			watchdog.close();
		}
		if (engine != null) {
			engine.close(true);
		}
	}
}
