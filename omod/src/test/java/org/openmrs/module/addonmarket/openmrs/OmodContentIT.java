package org.openmrs.module.addonmarket.openmrs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipInputStream;

import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.BeforeClass;
import org.junit.Test;
import org.openmrs.module.addonmarket.Privileges;
import org.openmrs.module.addonmarket.host.Setting;
import org.openmrs.module.addonmarket.persistence.StandaloneSessionFactory;
import org.springframework.aop.AfterReturningAdvice;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/**
 * Opens the built {@code .omod} as OpenMRS would. The OpenMRS module class loader looks in the module before the
 * platform, and a module's lib/ jars are seen by the whole webapp: a platform, Spring, Hibernate or javax class in
 * the omod, or a jar the platform already ships, would shadow the platform's copy for every module.
 */
public class OmodContentIT {

	private static final Pattern VERSIONED_JAR = Pattern.compile("(.+?)-\\d[^/]*\\.jar");

	/** GraalJS and what it needs: OpenMRS ships these since 2.7.8 and 2.8.2, the omod carries them for the rest. */
	static final Set<String> GRAALJS_ARTIFACTS = Set.of("js", "regex", "truffle-api", "graal-sdk", "icu4j");

	/** The platforms without GraalJS, in the range syntax of OpenMRS's ModuleUtil.matchRequiredVersions. */
	static final String GRAALJS_PLATFORMS = "2.6.*, 2.7.0 - 2.7.7, 2.8.0 - 2.8.1";

	private static ZipFile omod;

	private static Document config;

	@BeforeClass
	public static void openOmod() throws Exception {
		File file = new File(System.getProperty("addonmarket.omod", "target/addonmarket-0.1.0-SNAPSHOT.omod"));
		assertThat(file).as("the omod built by mvn package").isFile();
		omod = new ZipFile(file);
		ZipEntry entry = omod.getEntry("config.xml");
		assertThat(entry).as("config.xml at the root of the omod").isNotNull();
		DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
		factory.setValidating(false);
		factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
		DocumentBuilder builder = factory.newDocumentBuilder();
		try (InputStream in = omod.getInputStream(entry)) {
			config = builder.parse(new InputSource(in));
		}
	}

	@Test
	public void omod_shouldHoldNoPlatformSpringHibernateOrJavaxClassAtTheRootOrInLib() throws IOException {
		List<String> offending = new ArrayList<>();
		Enumeration<? extends ZipEntry> entries = omod.entries();
		while (entries.hasMoreElements()) {
			ZipEntry entry = entries.nextElement();
			if (isForbiddenClass(entry.getName())) {
				offending.add(entry.getName());
			}
			if (entry.getName().startsWith("lib/") && entry.getName().endsWith(".jar")) {
				offending.addAll(forbiddenClassesIn(entry));
			}
		}
		assertThat(offending).isEmpty();
	}

	@Test
	public void lib_shouldHoldNoJarThatThePlatformShipsButTheGraalJsJars() throws IOException {
		Set<String> platformArtifacts = platformArtifacts();
		List<String> libJars = libJars();

		assertThat(libJars).as("jars in lib/").isNotEmpty().contains("addonmarket-api");
		assertThat(libJars).as("jars in lib/ that OpenMRS 2.8.9 already ships").filteredOn(platformArtifacts::contains)
		        .containsExactlyInAnyOrderElementsOf(GRAALJS_ARTIFACTS);
	}

	@Test
	public void lib_shouldHoldTheVeryGraalJsJarsThatOpenmrsShips() throws IOException {
		List<String> platformJars = platformJarNames();

		assertThat(libJarNames()).filteredOn(n -> GRAALJS_ARTIFACTS.contains(artifactOf(n)))
		        .as("GraalJS jars in lib/, at the versions OpenMRS 2.8.9 ships").hasSize(GRAALJS_ARTIFACTS.size())
		        .allSatisfy(n -> assertThat(platformJars).contains(n));
	}

	@Test
	public void configXml_shouldLoadEachPlatformJarInLibOnlyOnThePlatformsWithoutGraalJs() throws IOException {
		Set<String> platformArtifacts = platformArtifacts();
		Map<String, String> expected = new TreeMap<>();
		libJarNames().stream().filter(n -> platformArtifacts.contains(artifactOf(n)))
		        .forEach(n -> expected.put("/lib/" + n, GRAALJS_PLATFORMS));

		assertThat(conditionalResources()).as("config.xml conditionalResources: path and openmrsVersion")
		        .isEqualTo(expected);
	}

	/** OpenMRS serves web/module/resources/ at /openmrs/moduleResources/addonmarket/: the UI must find its files there. */
	@Test
	public void webResources_shouldHoldTheUiWithRelativeAssetPaths() throws IOException {
		ZipEntry index = omod.getEntry("web/module/resources/index.html");
		assertThat(index).as("the UI's index.html in web/module/resources/").isNotNull();
		String html;
		try (InputStream in = omod.getInputStream(index)) {
			html = new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		Matcher assets = Pattern.compile("(?:src|href)=\"([^\"]+)\"").matcher(html);
		List<String> referenced = new ArrayList<>();
		while (assets.find()) {
			if (!assets.group(1).startsWith("data:")) {
				referenced.add(assets.group(1));
			}
		}
		assertThat(referenced).as("files index.html loads").isNotEmpty().allMatch(path -> path.startsWith("./"));
		referenced.forEach(path -> assertThat(omod.getEntry("web/module/resources/" + path.substring(2)))
		        .as(path + " in the omod").isNotNull());
	}

	@Test
	public void configXml_shouldDescribeTheModuleForOpenmrs() {
		Element module = config.getDocumentElement();
		assertThat(module.getTagName()).isEqualTo("module");
		assertThat(module.getAttribute("configVersion")).isEqualTo("1.6");
		assertThat(text("id")).isEqualTo("addonmarket");
		assertThat(text("version")).isEqualTo(System.getProperty("addonmarket.version", "0.1.0-SNAPSHOT"));
		assertThat(text("package")).isEqualTo("org.openmrs.module.addonmarket");
		assertThat(text("require_version")).isEqualTo("2.6.0");
		assertThat(text("name")).isNotBlank();
		assertThat(text("author")).isNotBlank();
		assertThat(text("description")).isNotBlank();
	}

	@Test
	public void configXml_shouldNameAnActivatorClassThatIsInTheOmod() {
		String activator = text("activator");

		assertThat(omod.getEntry(activator.replace('.', '/') + ".class")).as(activator).isNotNull();
	}

	@Test
	public void configXml_shouldDeclareEveryPrivilegeOfTheModuleWithADescription() {
		NodeList privileges = config.getElementsByTagName("privilege");
		List<String> names = new ArrayList<>();
		for (int i = 0; i < privileges.getLength(); i++) {
			Element privilege = (Element) privileges.item(i);
			names.add(childText(privilege, "name"));
			assertThat(childText(privilege, "description")).as("description of " + names.get(i)).isNotBlank();
		}
		assertThat(names).containsExactlyElementsOf(Privileges.MODULE_PRIVILEGES);
	}

	@Test
	public void configXml_shouldDeclareEverySettingAsAGlobalPropertyWithItsDefault() {
		NodeList properties = config.getElementsByTagName("globalProperty");
		List<Setting> declared = new ArrayList<>();
		for (int i = 0; i < properties.getLength(); i++) {
			Element property = (Element) properties.item(i);
			declared.add(new Setting(childText(property, "property"), childText(property, "defaultValue"),
			        childText(property, "description")));
		}
		assertThat(declared).containsExactlyElementsOf(Setting.ALL);
	}

	/** The order of the module element's children in OpenMRS's config-1.6.dtd (names only). */
	static final List<String> CONFIG_16_ORDER = List.of("id", "name", "version", "package", "author", "description",
	    "activator", "updateURL", "require_version", "require_database_version", "require_modules", "aware_of_modules",
	    "mandatory", "library", "extension", "advice", "privilege", "globalProperty", "dwr", "servlet", "filter",
	    "filter-mapping", "messages", "mappingFiles", "packagesWithMappedClasses", "conditionalResources");

	@Test
	public void configXml_shouldHoldOnlyElementsOfTheConfig16DtdInItsOrder() {
		List<String> children = new ArrayList<>();
		NodeList nodes = config.getDocumentElement().getChildNodes();
		for (int i = 0; i < nodes.getLength(); i++) {
			if (nodes.item(i) instanceof Element) {
				children.add(((Element) nodes.item(i)).getTagName());
			}
		}

		assertThat(CONFIG_16_ORDER).containsAll(children);
		assertThat(children).isSortedAccordingTo((a, b) -> CONFIG_16_ORDER.indexOf(a) - CONFIG_16_ORDER.indexOf(b));
	}

	@Test
	public void configXml_shouldAdviseTheThreeSaveServicesWithAfterReturningAdviceInTheOmod() throws Exception {
		NodeList advice = config.getElementsByTagName("advice");
		Map<String, String> classByPoint = new TreeMap<>();
		for (int i = 0; i < advice.getLength(); i++) {
			Element entry = (Element) advice.item(i);
			classByPoint.put(childText(entry, "point"), childText(entry, "class"));
		}

		assertThat(classByPoint).containsOnlyKeys("org.openmrs.api.ObsService", "org.openmrs.api.EncounterService",
		    "org.openmrs.api.PatientService");
		for (String className : classByPoint.values()) {
			assertThat(omod.getEntry(className.replace('.', '/') + ".class")).as(className + " in the omod").isNotNull();
			Class<?> type = Class.forName(className);
			// OpenMRS makes the advice with its public no-argument constructor and adds it to the service's proxy.
			assertThat(AfterReturningAdvice.class.isAssignableFrom(type)).as(className + " is AfterReturningAdvice")
			        .isTrue();
			assertThat(type.getConstructor().newInstance()).isInstanceOf(AfterReturningAdvice.class);
		}
	}

	@Test
	public void configXml_shouldBeAwareOfTheRestAndFhir2Modules() {
		NodeList modules = config.getElementsByTagName("aware_of_module");
		List<String> names = new ArrayList<>();
		for (int i = 0; i < modules.getLength(); i++) {
			names.add(modules.item(i).getTextContent().trim());
		}

		assertThat(names).containsExactlyInAnyOrder("org.openmrs.module.webservices.rest", "org.openmrs.module.fhir2");
	}

	@Test
	public void configXml_shouldHaveThePlatformMapTheModulesEntities() {
		assertThat(text("packagesWithMappedClasses")).isEqualTo(StandaloneSessionFactory.ENTITY_PACKAGE);
	}

	@Test
	public void omod_shouldHoldTheChangelogSpringContextAndMessagesAtItsRoot() {
		assertThat(omod.getEntry("liquibase.xml")).isNotNull();
		assertThat(omod.getEntry("moduleApplicationContext.xml")).isNotNull();
		assertThat(omod.getEntry("messages.properties")).isNotNull();
	}

	static boolean isForbiddenClass(String name) {
		if (!name.endsWith(".class")) {
			return false;
		}
		boolean foreignOpenmrs = name.startsWith("org/openmrs/") && !name.startsWith("org/openmrs/module/addonmarket/");
		return foreignOpenmrs || name.startsWith("org/springframework/") || name.startsWith("org/hibernate/")
		        || name.startsWith("javax/");
	}

	private static List<String> forbiddenClassesIn(ZipEntry jar) throws IOException {
		List<String> offending = new ArrayList<>();
		try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(omod.getInputStream(jar).readAllBytes()))) {
			for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
				if (isForbiddenClass(entry.getName())) {
					offending.add(jar.getName() + "!" + entry.getName());
				}
			}
		}
		return offending;
	}

	private static List<String> libJars() {
		return libJarNames().stream().map(OmodContentIT::artifactOf).collect(Collectors.toList());
	}

	private static List<String> libJarNames() {
		return omod.stream().map(ZipEntry::getName).filter(n -> n.startsWith("lib/") && n.endsWith(".jar"))
		        .map(n -> n.substring("lib/".length())).collect(Collectors.toList());
	}

	private static Set<String> platformArtifacts() throws IOException {
		Set<String> artifacts = platformJarNames().stream().map(OmodContentIT::artifactOf)
		        .collect(Collectors.toCollection(LinkedHashSet::new));
		assertThat(artifacts).as("the platform's jar list").hasSizeGreaterThan(100);
		return artifacts;
	}

	private static List<String> platformJarNames() throws IOException {
		Path list = Path.of(System.getProperty("addonmarket.platformLibs",
		    "../docs/platform/openmrs-2.8.9-webapp-libs.txt"));
		return Files.readAllLines(list, StandardCharsets.UTF_8).stream().map(String::trim)
		        .filter(l -> !l.isEmpty() && !l.startsWith("#")).collect(Collectors.toList());
	}

	/** @return each conditionalResource's path and OpenMRS version range, as OpenMRS's ModuleFileParser reads them */
	private static Map<String, String> conditionalResources() {
		Map<String, String> resources = new TreeMap<>();
		NodeList nodes = config.getElementsByTagName("conditionalResource");
		for (int i = 0; i < nodes.getLength(); i++) {
			Element resource = (Element) nodes.item(i);
			// OpenMRS takes the path as written, untrimmed: a space would break the match.
			resources.put(resource.getElementsByTagName("path").item(0).getTextContent(),
			    childText(resource, "openmrsVersion"));
		}
		return resources;
	}

	static String artifactOf(String jarName) {
		Matcher matcher = VERSIONED_JAR.matcher(jarName);
		return matcher.matches() ? matcher.group(1) : jarName.replaceAll("\\.jar$", "");
	}

	private static String text(String tag) {
		return config.getDocumentElement().getElementsByTagName(tag).item(0).getTextContent().trim();
	}

	private static String childText(Element parent, String tag) {
		NodeList nodes = parent.getElementsByTagName(tag);
		return nodes.getLength() == 0 ? null : nodes.item(0).getTextContent().trim().replaceAll("\\s+", " ");
	}

}
