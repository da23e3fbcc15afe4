package org.openmrs.module.addonmarket.runtime.sandbox;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The engine's error stream: each line GraalJS writes there (its warnings) goes to the module's log, not to the host's
 * standard error, and is kept for tests to check that the engine starts quietly.
 */
final class EngineLog extends OutputStream {

	private static final Logger log = LoggerFactory.getLogger(Sandbox.class);

	private final ByteArrayOutputStream pending = new ByteArrayOutputStream();

	private final List<String> lines = new ArrayList<>();

	@Override
	public synchronized void write(int b) {
		if (b == '\n') {
			String line = pending.toString(StandardCharsets.UTF_8).stripTrailing();
			pending.reset();
			if (!line.isEmpty()) {
				lines.add(line);
				log.warn("GraalJS: {}", line);
			}
		}
		else if (pending.size() < 10_000) {
			pending.write(b);
		}
	}

	synchronized List<String> lines() {
		return List.copyOf(lines);
	}
}
