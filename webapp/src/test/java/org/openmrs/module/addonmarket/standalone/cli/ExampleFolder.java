package org.openmrs.module.addonmarket.standalone.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Consumer;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.openmrs.module.addonmarket.catalog.pkg.TestPackages;

/**
 * The test add-on ({@link TestPackages#EXAMPLE}, a frozen copy of an early examples/bp-crisis-alert), copied into a
 * folder a test may change.
 */
final class ExampleFolder {

	/**
	 * What {@link #breakManifest(Path)} breaks, as the start of each line reporting it, in document order: the name
	 * left out, a version that is not semantic, a misspelt resource in a scope, a field the format does not have.
	 */
	static final List<String> BROKEN = List.of("addon.json /name: ", "addon.json /version: ",
	    "addon.json /permissions/0/scope: ", "addon.json /colour: ");

	/** The codes of the faults {@link #breakManifest(Path)} makes, in the order of {@link #BROKEN}. */
	static final List<String> BROKEN_CODES = List.of("(ADDON-0305)", "(ADDON-0310)", "(ADDON-0203)", "(ADDON-0304)");

	private static final ObjectMapper JSON = new ObjectMapper();

	private ExampleFolder() {
	}

	/**
	 * @param folder a folder to create
	 * @return the folder, holding the example's files
	 */
	static Path copyTo(Path folder) {
		try {
			Files.createDirectories(folder);
			for (String name : TestPackages.EXAMPLE_FILES) {
				Files.write(folder.resolve(name), TestPackages.exampleFile(name));
			}
			return folder;
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** Makes four faults in the folder's addon.json, those {@link #BROKEN} lists. */
	static void breakManifest(Path folder) {
		editManifest(folder, manifest -> {
			manifest.remove("name");
			manifest.put("version", "1.0");
			((ObjectNode) manifest.withArray("permissions").get(0)).put("scope", "patient/Obsrvation.rs");
			manifest.put("colour", "red");
		});
	}

	/** @return the example's files in the folder, zipped as they are, whether the catalog would take them or not */
	static byte[] zip(Path folder) {
		SortedMap<String, byte[]> files = new TreeMap<>();
		try {
			for (String name : TestPackages.EXAMPLE_FILES) {
				files.put(name, Files.readAllBytes(folder.resolve(name)));
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return PackageZip.of(files);
	}

	/** Changes the folder's addon.json. */
	static void editManifest(Path folder, Consumer<ObjectNode> edit) {
		try {
			ObjectNode manifest = (ObjectNode) JSON.readTree(folder.resolve("addon.json").toFile());
			edit.accept(manifest);
			JSON.writerWithDefaultPrettyPrinter().writeValue(folder.resolve("addon.json").toFile(), manifest);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
