package org.openmrs.module.addonmarket.standalone.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

import org.openmrs.module.addonmarket.standalone.cli.PackageZip;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The example add-ons of the project's {@code examples/} folder, which the build puts into the server's jar under
 * {@code /examples/<name>/}, zipped the way {@code addon pack} zips them: the same files always give the same bytes.
 */
final class ExamplePackages {

	/** The examples' folders, in the order demo mode publishes them. */
	static final List<String> NAMES = List.of("bp-crisis-alert", "cha2ds2-vasc", "overdue-hba1c", "referral-sender");

	/** The files an example may have; those it has are packed. */
	static final List<String> FILES = List.of("addon.json", "main.js", "README.md", "icon.png");

	private static final ObjectMapper JSON = new ObjectMapper();

	/**
	 * One example, packed.
	 *
	 * @param folder its folder in examples/
	 * @param addonId the manifest's id
	 * @param version the manifest's version
	 * @param zip the package
	 */
	record Packed(String folder, String addonId, String version, byte[] zip) {
	}

	private ExamplePackages() {
	}

	/** @return the example in that folder, packed */
	static Packed pack(String folder) {
		SortedMap<String, byte[]> files = new TreeMap<>();
		for (String name : FILES) {
			byte[] content = resource("/examples/" + folder + "/" + name);
			if (content != null) {
				files.put(name, content);
			}
		}
		if (!files.containsKey("addon.json")) {
			throw new IllegalStateException("The example " + folder + " is not in this build (/examples/" + folder
			        + "/addon.json is missing)");
		}
		try {
			JsonNode manifest = JSON.readTree(files.get("addon.json"));
			return new Packed(folder, manifest.path("id").asText(), manifest.path("version").asText(),
			        PackageZip.of(files));
		}
		catch (IOException e) {
			throw new UncheckedIOException("The example " + folder + " has no readable addon.json", e);
		}
	}

	private static byte[] resource(String path) {
		try (InputStream in = ExamplePackages.class.getResourceAsStream(path)) {
			return in == null ? null : in.readAllBytes();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
