package org.openmrs.module.addonmarket.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Collects the suite's figures and writes them as {@code summary.json} and as {@code results.md}, one Markdown table
 * per section (the table docs/PERFORMANCE.md shows).
 */
public final class Report {

	private final List<Figure> figures = new ArrayList<>();

	private final List<String> notes = new ArrayList<>();

	private final Instant started = Instant.now();

	public synchronized void add(Figure figure) {
		figures.add(figure);
		System.out.printf(Locale.ROOT, "BENCH %s | %s | %s | %s %s | %s%n", figure.section(), figure.measure(),
		    figure.database(), number(figure.value()), figure.unit(), figure.beside());
	}

	/** A line under the tables: what was not measured and why, or a TODO. */
	public synchronized void note(String text) {
		notes.add(text);
	}

	public synchronized List<Figure> figures() {
		return List.copyOf(figures);
	}

	/** Writes summary.json and results.md into the directory. */
	public synchronized void write(Path directory, String title) throws IOException {
		Files.createDirectories(directory);
		ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
		ObjectNode summary = json.createObjectNode().put("started", started.toString())
		        .put("finished", Instant.now().toString()).put("title", title);
		summary.put("machine", machine());
		ArrayNode list = summary.putArray("figures");
		for (Figure figure : figures) {
			list.add(json.valueToTree(figure));
		}
		summary.set("notes", json.valueToTree(notes));
		json.writeValue(directory.resolve("summary.json").toFile(), summary);
		Files.writeString(directory.resolve("results.md"), markdown(title), StandardCharsets.UTF_8);
	}

	String markdown(String title) {
		StringBuilder md = new StringBuilder("# ").append(title).append("\n\n");
		md.append("Run ").append(started).append(" to ").append(Instant.now()).append(" on ").append(machine())
		        .append(".\n");
		Map<String, List<Figure>> sections = new LinkedHashMap<>();
		for (Figure figure : figures) {
			sections.computeIfAbsent(figure.section(), s -> new ArrayList<>()).add(figure);
		}
		for (Map.Entry<String, List<Figure>> section : sections.entrySet()) {
			md.append("\n## ").append(section.getKey()).append("\n\n");
			md.append("| measure | database | value | beside (same run, same database) | target | met |\n");
			md.append("|---|---|--:|---|---|---|\n");
			for (Figure f : section.getValue()) {
				md.append("| ").append(f.measure()).append(" | ").append(f.database()).append(" | ")
				        .append(number(f.value())).append(' ').append(f.unit()).append(" | ").append(f.beside())
				        .append(" | ").append(f.target()).append(" | ")
				        .append(f.met() == null ? "" : f.met() ? "yes" : "**no**").append(" |\n");
			}
		}
		if (!notes.isEmpty()) {
			md.append("\n## Notes\n\n");
			for (String note : notes) {
				md.append("- ").append(note).append('\n');
			}
		}
		return md.toString();
	}

	/** @return the number with thousands separators, and decimals only below 100 */
	static String number(double value) {
		if (Math.abs(value) >= 100) {
			return String.format(Locale.ROOT, "%,.0f", value);
		}
		return String.format(Locale.ROOT, "%.3g", value);
	}

	private static String machine() {
		return Runtime.getRuntime().availableProcessors() + " cores, Java " + System.getProperty("java.version") + ", "
		        + System.getProperty("os.name") + " " + System.getProperty("os.arch");
	}
}
