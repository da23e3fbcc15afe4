package org.openmrs.module.addonmarket.architecture;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.openmrs.module.ModuleActivator;

/**
 * Finds the classes of the {@code openmrs-api-stubs} artifact on the test class path: its classes directory in a
 * reactor build that has not packaged it yet, its jar otherwise.
 */
final class PlatformStubs {

	private PlatformStubs() {
	}

	/**
	 * @return where the platform classes come from: the stubs, or with {@code -Popenmrs} the real platform
	 */
	static Path location() throws URISyntaxException {
		return Path.of(ModuleActivator.class.getProtectionDomain().getCodeSource().getLocation().toURI());
	}

	/**
	 * @param location the stubs' classes directory or jar
	 * @return whether it is the stubs artifact rather than the real platform
	 */
	static boolean isStubs(Path location) {
		return location.toString().contains("openmrs-api-stubs");
	}

	/**
	 * @param location the stubs' classes directory or jar
	 * @return every class in it
	 */
	static List<Class<?>> classesIn(Path location) throws IOException, ClassNotFoundException {
		List<Class<?>> classes = new ArrayList<>();
		for (String name : Files.isDirectory(location) ? classNamesInDirectory(location) : classNamesInJar(location)) {
			classes.add(Class.forName(name, false, PlatformStubs.class.getClassLoader()));
		}
		return classes;
	}

	private static List<String> classNamesInDirectory(Path directory) throws IOException {
		try (Stream<Path> files = Files.walk(directory)) {
			return files.filter(file -> file.toString().endsWith(".class"))
			        .map(file -> className(directory.relativize(file).toString().replace('\\', '/')))
			        .collect(Collectors.toList());
		}
	}

	private static List<String> classNamesInJar(Path jar) throws IOException {
		List<String> names = new ArrayList<>();
		try (JarFile file = new JarFile(jar.toFile())) {
			Enumeration<JarEntry> entries = file.entries();
			while (entries.hasMoreElements()) {
				String entry = entries.nextElement().getName();
				if (entry.endsWith(".class") && !entry.endsWith("module-info.class")) {
					names.add(className(entry));
				}
			}
		}
		return names;
	}

	private static String className(String path) {
		return path.substring(0, path.length() - ".class".length()).replace('/', '.');
	}
}
