package org.openmrs.module.addonmarket.catalog.pkg;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.Random;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.Test;
import org.openmrs.module.addonmarket.catalog.manifest.InvalidManifestException;
import org.openmrs.module.addonmarket.catalog.manifest.ManifestError;
import org.openmrs.module.addonmarket.error.AddonMarketException;
import org.openmrs.module.addonmarket.error.ErrorCode;
import org.openmrs.module.addonmarket.error.ErrorKind;
import org.openmrs.module.addonmarket.host.Setting;
import org.openmrs.module.addonmarket.test.TestSettings;

/**
 * Malformed and hostile packages, each refused whole with the error that names its fault.
 */
public class HostilePackagesTest {

	private static final int MIB = 1024 * 1024;

	private final TestSettings settings = new TestSettings();

	private final AddonPackageReader reader = TestPackages.reader(settings);

	private AddonMarketException refused(byte[] zip, ErrorCode expected) {
		AddonMarketException e = catchThrowableOfType(AddonMarketException.class, () -> reader.read(zip));
		assertThat(e).as("refusal").isNotNull();
		assertThat(e.getCode()).as(e.getMessage()).isEqualTo(expected);
		return e;
	}

	private static String text(int length, char c) {
		char[] chars = new char[length];
		Arrays.fill(chars, c);
		return new String(chars);
	}

	private static byte[] randomText(int length) {
		byte[] random = new byte[length * 3 / 4];
		new Random(42).nextBytes(random);
		return Base64.getEncoder().encode(random);
	}

	// Paths

	@Test
	public void zipSlip_shouldRefusePackage() {
		AddonMarketException e = refused(TestPackages.example().file("../evil.js", "x").build(),
		    ErrorCode.PACKAGE_ENTRY_PATH_UNSAFE);

		assertThat(e.getField()).isEqualTo("../evil.js");
		assertThat(e.getMessage()).contains("../evil.js", "zip slip");
	}

	@Test
	public void zipSlipThroughAFolder_shouldRefusePackage() {
		refused(TestPackages.example().file("lib/../../evil.js", "x").build(), ErrorCode.PACKAGE_ENTRY_PATH_UNSAFE);
	}

	@Test
	public void absolutePath_shouldRefusePackage() {
		AddonMarketException e = refused(TestPackages.example().file("/etc/cron.d/evil.txt", "x").build(),
		    ErrorCode.PACKAGE_ENTRY_PATH_UNSAFE);

		assertThat(e.getMessage()).contains("absolute path");
	}

	@Test
	public void driveLetter_shouldRefusePackage() {
		AddonMarketException e = refused(TestPackages.example().file("C:/Windows/evil.js", "x").build(),
		    ErrorCode.PACKAGE_ENTRY_PATH_UNSAFE);

		assertThat(e.getMessage()).contains("drive letter");
	}

	@Test
	public void backslash_shouldRefusePackage() {
		AddonMarketException e = refused(TestPackages.example().file("..\\evil.js", "x").build(),
		    ErrorCode.PACKAGE_ENTRY_PATH_UNSAFE);

		assertThat(e.getMessage()).contains("backslash");
	}

	@Test
	public void controlCharacterInName_shouldRefusePackage() {
		refused(TestPackages.example().file("evil\u0000.js", "x").build(), ErrorCode.PACKAGE_ENTRY_PATH_UNSAFE);
	}

	@Test
	public void nameNotUtf8_shouldRefusePackage() {
		byte[] name = { 'e', (byte) 0xFF, '.', 'j', 's' };

		refused(TestPackages.example().file("placeholder.js", "x").rawName(name).build(),
		    ErrorCode.PACKAGE_ENTRY_PATH_UNSAFE);
	}

	@Test
	public void dotSegment_shouldRefusePackage() {
		refused(TestPackages.example().file("./main2.js", "x").build(), ErrorCode.PACKAGE_ENTRY_PATH_UNSAFE);
	}

	@Test
	public void hiddenFile_shouldRefusePackage() {
		refused(TestPackages.example().file(".eslintrc.json", "{}").build(), ErrorCode.PACKAGE_ENTRY_PATH_UNSAFE);
	}

	@Test
	public void nonAsciiLookalikeName_shouldRefusePackage() {
		refused(TestPackages.example().file("ma\u0456n.js", "x").build(), ErrorCode.PACKAGE_ENTRY_PATH_UNSAFE);
	}

	// Links and special files

	@Test
	public void symlink_shouldRefusePackage() {
		AddonMarketException e = refused(TestPackages.example().file("passwd.txt", "/etc/passwd").unixMode(0120777)
		        .build(), ErrorCode.PACKAGE_ENTRY_LINK);

		assertThat(e.getField()).isEqualTo("passwd.txt");
	}

	@Test
	public void symlinkWrittenByInfoZip_shouldRefusePackage() throws IOException {
		byte[] zip;
		try (InputStream in = getClass().getResourceAsStream("symlink-written-by-infozip.zip")) {
			zip = in.readAllBytes();
		}

		AddonMarketException e = refused(zip, ErrorCode.PACKAGE_ENTRY_LINK);

		assertThat(e.getField()).isEqualTo("secret.txt");
	}

	@Test
	public void symlinkedFolder_shouldRefusePackage() {
		refused(TestPackages.example().file("lib/", "/etc").unixMode(0120755).build(), ErrorCode.PACKAGE_ENTRY_LINK);
	}

	@Test
	public void deviceFile_shouldRefusePackage() {
		refused(TestPackages.example().file("tty.txt", "").unixMode(0020644).build(), ErrorCode.PACKAGE_ENTRY_LINK);
	}

	// Duplicates

	@Test
	public void duplicateEntry_shouldRefusePackage() {
		AddonMarketException e = refused(TestPackages.example().file("main.js", "function evil() {}").build(),
		    ErrorCode.PACKAGE_ENTRY_DUPLICATE);

		assertThat(e.getField()).isEqualTo("main.js");
	}

	@Test
	public void duplicateManifest_shouldRefusePackage() {
		refused(TestPackages.example().file("addon.json", "{}").build(), ErrorCode.PACKAGE_ENTRY_DUPLICATE);
	}

	@Test
	public void caseDuplicate_shouldRefusePackage() {
		AddonMarketException e = refused(TestPackages.example().file("MAIN.js", "function evil() {}").build(),
		    ErrorCode.PACKAGE_ENTRY_DUPLICATE);

		assertThat(e.getMessage()).contains("MAIN.js", "main.js");
	}

	@Test
	public void fileThatIsAlsoAFolder_shouldRefusePackage() {
		refused(TestPackages.example().file("lib.js", "x").file("lib.js/inner.js", "y").build(),
		    ErrorCode.PACKAGE_ENTRY_DUPLICATE);
	}

	// Nested archives

	@Test
	public void nestedZip_shouldRefusePackage() {
		refused(TestPackages.example().file("inner.zip", TestPackages.validExample()).build(),
		    ErrorCode.PACKAGE_NESTED_ARCHIVE);
	}

	@Test
	public void nestedOmod_shouldRefusePackage() {
		refused(TestPackages.example().file("lib/module.omod", new byte[] { 1 }).build(),
		    ErrorCode.PACKAGE_NESTED_ARCHIVE);
	}

	@Test
	public void nestedTarball_shouldRefusePackage() {
		refused(TestPackages.example().file("vendor.tgz", new byte[] { 1 }).build(), ErrorCode.PACKAGE_NESTED_ARCHIVE);
	}

	@Test
	public void zipDisguisedAsJson_shouldRefusePackage() {
		refused(TestPackages.example().file("data.json", TestPackages.validExample()).build(),
		    ErrorCode.PACKAGE_NESTED_ARCHIVE);
	}

	@Test
	public void gzipDisguisedAsText_shouldRefusePackage() {
		refused(TestPackages.example().file("notes.txt", new byte[] { 0x1F, (byte) 0x8B, 8, 0 }).build(),
		    ErrorCode.PACKAGE_NESTED_ARCHIVE);
	}

	// Sizes and zip bombs

	@Test
	public void zipBomb_shouldRefusePackage() {
		byte[] zeros = new byte[10 * MIB];
		byte[] zip = TestPackages.example().file("bomb.txt", zeros).build();
		assertThat(zip.length).isLessThan(100 * 1024);

		AddonMarketException e = refused(zip, ErrorCode.PACKAGE_COMPRESSION_RATIO);

		assertThat(e.getField()).isEqualTo("bomb.txt");
	}

	@Test
	public void manySmallBombs_shouldRefusePackage() {
		TestPackages.Builder builder = TestPackages.example();
		for (int i = 0; i < 150; i++) {
			builder.file("padding/" + i + ".txt", text(60 * 1024, ' '));
		}

		refused(builder.build(), ErrorCode.PACKAGE_COMPRESSION_RATIO);
	}

	@Test
	public void uncompressedTooLarge_shouldRefusePackage() {
		settings.set(Setting.PACKAGE_MAX_UNCOMPRESSED_BYTES.name(), "100000");

		refused(TestPackages.example().file("data.txt", randomText(200_000)).build(),
		    ErrorCode.PACKAGE_UNCOMPRESSED_TOO_LARGE);
	}

	@Test
	public void declaredSizeTooSmall_shouldRefusePackage() {
		AddonMarketException e = refused(TestPackages.example().file("data.txt", randomText(100_000)).declaredSize(10)
		        .build(), ErrorCode.PACKAGE_DIRECTORY_MISMATCH);

		assertThat(e.getMessage()).contains("declares 10 bytes");
	}

	@Test
	public void declaredSizeUnderTheLimitButInflatingOverIt_shouldRefusePackage() {
		settings.set(Setting.PACKAGE_MAX_UNCOMPRESSED_BYTES.name(), "100000");
		byte[] zip = TestPackages.example().file("data.txt", randomText(200_000)).declaredSize(150_000).build();

		refused(zip, ErrorCode.PACKAGE_UNCOMPRESSED_TOO_LARGE);
	}

	@Test
	public void tooManyEntries_shouldRefusePackage() {
		TestPackages.Builder builder = TestPackages.example();
		for (int i = 0; i < 198; i++) {
			builder.file("f" + i + ".txt", "x");
		}

		AddonMarketException e = refused(builder.build(), ErrorCode.PACKAGE_TOO_MANY_ENTRIES);

		assertThat(e.getMessage()).contains("201", "200");
	}

	@Test
	public void oversizePackage_shouldRefusePackage() {
		byte[] zip = TestPackages.example().file("data.txt", randomText(6 * MIB)).stored().build();

		AddonMarketException e = catchThrowableOfType(AddonMarketException.class,
		    () -> reader.read(new ByteArrayInputStream(zip)));

		assertThat(e.getCode()).isEqualTo(ErrorCode.PACKAGE_TOO_LARGE);
		assertThat(e.getCode().kind()).isEqualTo(ErrorKind.TOO_LARGE);
		refused(zip, ErrorCode.PACKAGE_TOO_LARGE);
	}

	@Test
	public void oversizeManifest_shouldRefusePackage() {
		String manifest = TestPackages.exampleManifest().replaceFirst("\\{", "{" + text(300 * 1024, ' '));

		refused(TestPackages.example().manifest(manifest).build(), ErrorCode.PACKAGE_MANIFEST_TOO_LARGE);
	}

	// Required files

	@Test
	public void missingManifest_shouldRefusePackage() {
		refused(TestPackages.example().remove("addon.json").build(), ErrorCode.PACKAGE_MANIFEST_MISSING);
	}

	@Test
	public void manifestInAFolder_shouldRefusePackageAndSayHowToZipIt() {
		TestPackages.Builder builder = TestPackages.builder();
		TestPackages.EXAMPLE_FILES.forEach(name -> builder.file("bp/" + name, TestPackages.exampleFile(name)));

		AddonMarketException e = refused(builder.build(), ErrorCode.PACKAGE_MANIFEST_MISSING);

		assertThat(e.getMessage()).contains("bp/addon.json", "not the folder");
	}

	@Test
	public void missingEntryFile_shouldRefusePackage() {
		AddonMarketException e = refused(TestPackages.example().remove("main.js").build(),
		    ErrorCode.PACKAGE_ENTRY_FILE_MISSING);

		assertThat(e.getField()).isEqualTo("main.js");
	}

	@Test
	public void entryFileInAnotherCase_shouldRefusePackage() {
		refused(TestPackages.example().remove("main.js").file("Main.js", "function x() {}").build(),
		    ErrorCode.PACKAGE_ENTRY_FILE_MISSING);
	}

	// Content

	@Test
	public void notUtf8_shouldRefusePackage() {
		AddonMarketException e = refused(TestPackages.example().replace("README.md", new byte[] { 'a', (byte) 0xC3, '(' })
		        .build(), ErrorCode.PACKAGE_TEXT_NOT_UTF8);

		assertThat(e.getField()).isEqualTo("README.md");
	}

	@Test
	public void scriptInLatin1_shouldRefusePackage() {
		byte[] latin1 = "// caf\u00e9\nfunction trend() {}".getBytes(StandardCharsets.ISO_8859_1);

		refused(TestPackages.example().replace("main.js", latin1).build(), ErrorCode.PACKAGE_TEXT_NOT_UTF8);
	}

	@Test
	public void manifestInUtf16_shouldRefusePackage() {
		byte[] utf16 = TestPackages.exampleManifest().getBytes(StandardCharsets.UTF_16);

		refused(TestPackages.example().manifest(new String(utf16, StandardCharsets.ISO_8859_1)).replace("addon.json", utf16)
		        .build(), ErrorCode.PACKAGE_TEXT_NOT_UTF8);
	}

	@Test
	public void executable_shouldRefusePackage() {
		AddonMarketException e = refused(TestPackages.example().file("tool.exe", new byte[] { 'M', 'Z' }).build(),
		    ErrorCode.PACKAGE_FILE_TYPE_NOT_ALLOWED);

		assertThat(e.getMessage()).contains("tool.exe", ".js, .json, .md, .txt and .png");
	}

	@Test
	public void fileWithoutExtension_shouldRefusePackage() {
		refused(TestPackages.example().file("LICENSE", "MIT").build(), ErrorCode.PACKAGE_FILE_TYPE_NOT_ALLOWED);
	}

	@Test
	public void scriptDisguisedAsPng_shouldRefusePackage() {
		refused(TestPackages.example().file("icon.png", "<svg onload=alert(1)>").build(),
		    ErrorCode.PACKAGE_FILE_TYPE_NOT_ALLOWED);
	}

	// Zip structure

	@Test
	public void notAZip_shouldRefusePackage() {
		refused("this is not a zip".getBytes(StandardCharsets.UTF_8), ErrorCode.PACKAGE_NOT_A_ZIP);
	}

	@Test
	public void truncatedZip_shouldRefusePackage() {
		byte[] zip = TestPackages.validExample();

		refused(Arrays.copyOf(zip, zip.length / 2), ErrorCode.PACKAGE_NOT_A_ZIP);
	}

	@Test
	public void corruptData_shouldRefusePackage() {
		byte[] zip = TestPackages.validExample();
		zip[200] ^= 0x55;

		AddonMarketException e = catchThrowableOfType(AddonMarketException.class, () -> reader.read(zip));

		assertThat(e.getCode()).isIn(ErrorCode.PACKAGE_NOT_A_ZIP, ErrorCode.PACKAGE_DIRECTORY_MISMATCH);
	}

	@Test
	public void wrongChecksum_shouldRefusePackage() {
		refused(TestPackages.example().file("notes.txt", "hello").crc(12345).build(), ErrorCode.PACKAGE_NOT_A_ZIP);
	}

	@Test
	public void emptyPackage_shouldRefusePackage() {
		refused(new byte[0], ErrorCode.PACKAGE_EMPTY);
	}

	@Test
	public void emptyZip_shouldRefusePackage() {
		refused(TestPackages.builder().build(), ErrorCode.PACKAGE_EMPTY);
	}

	@Test
	public void encryptedEntry_shouldRefusePackage() {
		refused(TestPackages.example().file("secret.js", "x").encrypted().build(), ErrorCode.PACKAGE_ENTRY_ENCRYPTED);
	}

	@Test
	public void unsupportedCompression_shouldRefusePackage() {
		AddonMarketException e = refused(TestPackages.example().file("notes.txt", "x").method(12).build(),
		    ErrorCode.PACKAGE_NOT_A_ZIP);

		assertThat(e.getMessage()).contains("method 12");
	}

	@Test
	public void localHeaderNamesAnotherFile_shouldRefusePackage() {
		AddonMarketException e = refused(TestPackages.example().file("notes.txt", "x").localName("../evil.js").build(),
		    ErrorCode.PACKAGE_DIRECTORY_MISMATCH);

		assertThat(e.getField()).isEqualTo("notes.txt");
	}

	@Test
	public void entryHiddenFromTheDirectory_shouldRefusePackage() {
		byte[] zip = TestPackages.example().file("evil.js", "x").hiddenFromDirectory().file("notes.txt", "x").build();

		refused(zip, ErrorCode.PACKAGE_DIRECTORY_MISMATCH);
	}

	@Test
	public void dataBeforeTheFirstEntry_shouldRefusePackage() {
		byte[] zip = TestPackages.example().before("#!/bin/sh\nrm -rf /\n".getBytes(StandardCharsets.UTF_8)).build();

		refused(zip, ErrorCode.PACKAGE_DIRECTORY_MISMATCH);
	}

	@Test
	public void dataAfterTheZip_shouldRefusePackage() {
		byte[] zip = TestPackages.example().after(new byte[] { 'P', 'K', 1, 2 }).build();

		refused(zip, ErrorCode.PACKAGE_NOT_A_ZIP);
	}

	// Manifests

	@Test
	public void duplicateJsonKey_shouldRefusePackage() {
		String manifest = TestPackages.exampleManifest().replace("\"version\": \"1.2.0\",",
		    "\"version\": \"1.2.0\", \"version\": \"9.9.9\",");

		AddonMarketException e = refused(TestPackages.example().manifest(manifest).build(),
		    ErrorCode.MANIFEST_DUPLICATE_KEY);

		assertThat(e.getField()).isEqualTo("/version");
	}

	@Test
	public void unknownField_shouldRefusePackage() {
		AddonMarketException e = refused(TestPackages.example()
		        .editManifest(m -> ((ObjectNode) m.withArray("/permissions").get(0)).put("sensitive", false)).build(),
		    ErrorCode.MANIFEST_UNKNOWN_FIELD);

		assertThat(e.getField()).isEqualTo("/permissions/0/sensitive");
	}

	@Test
	public void badVersion_shouldRefusePackage() {
		refused(TestPackages.example().editManifest(m -> m.put("version", "1.2")).build(),
		    ErrorCode.MANIFEST_VERSION_INVALID);
	}

	@Test
	public void badPlatformRange_shouldRefusePackage() {
		refused(TestPackages.example().editManifest(m -> m.put("platform", ">=1.0.0 <2.0.0 whatever")).build(),
		    ErrorCode.MANIFEST_PLATFORM_INVALID);
	}

	@Test
	public void badId_shouldRefusePackage() {
		refused(TestPackages.example().editManifest(m -> m.put("id", "BP Crisis Alert")).build(),
		    ErrorCode.MANIFEST_ID_INVALID);
	}

	@Test
	public void duplicateHandler_shouldRefusePackage() {
		AddonMarketException e = refused(TestPackages.example()
		        .editManifest(m -> ((ObjectNode) m.withArray("/schedules").get(0)).put("handler", "onReading")).build(),
		    ErrorCode.MANIFEST_HANDLER_DUPLICATE);

		assertThat(e.getField()).isEqualTo("/schedules/0/handler");
	}

	@Test
	public void handlerThatIsCode_shouldRefusePackage() {
		refused(TestPackages.example()
		        .editManifest(m -> ((ObjectNode) m.withArray("/actions").get(0)).put("handler", "trend();quit")).build(),
		    ErrorCode.MANIFEST_HANDLER_INVALID);
	}

	@Test
	public void duplicateActionId_shouldRefusePackage() {
		refused(TestPackages.example().editManifest(m -> m.withArray("/actions").addObject().put("id", "trend")
		        .put("title", "Again").put("context", "user").put("handler", "again")).build(),
		    ErrorCode.MANIFEST_ACTION_ID_DUPLICATE);
	}

	@Test
	public void badCron_shouldRefusePackage() {
		refused(TestPackages.example()
		        .editManifest(m -> ((ObjectNode) m.withArray("/schedules").get(0)).put("cron", "0 6 * * *")).build(),
		    ErrorCode.MANIFEST_CRON_INVALID);
	}

	@Test
	public void cronEverySecond_shouldRefusePackage() {
		refused(TestPackages.example()
		        .editManifest(m -> ((ObjectNode) m.withArray("/schedules").get(0)).put("cron", "* * * * * *")).build(),
		    ErrorCode.MANIFEST_CRON_INVALID);
	}

	@Test
	public void badConfigurationSchema_shouldRefusePackage() {
		AddonMarketException e = refused(TestPackages.example()
		        .editManifest(m -> m.putObject("configuration").put("type", "object").put("properties", 5)).build(),
		    ErrorCode.MANIFEST_CONFIGURATION_INVALID);

		assertThat(e.getField()).isEqualTo("/configuration/properties");
	}

	@Test
	public void configurationSchemaWithRemoteRef_shouldRefusePackage() {
		AddonMarketException e = refused(TestPackages.example().editManifest(m -> m.putObject("configuration")
		        .put("type", "object").putObject("properties").putObject("x").put("$ref", "http://169.254.169.254/latest"))
		        .build(), ErrorCode.MANIFEST_CONFIGURATION_INVALID);

		assertThat(e.getField()).isEqualTo("/configuration/properties/x/$ref");
	}

	@Test
	public void httpEgressToRemoteHost_shouldRefusePackage() {
		refused(TestPackages.example()
		        .editManifest(m -> ((ObjectNode) m.withArray("/egress").get(0)).put("url", "http://api.example.org/"))
		        .build(), ErrorCode.MANIFEST_EGRESS_URL_INVALID);
	}

	@Test
	public void egressWithUserinfo_shouldRefusePackage() {
		refused(TestPackages.example().editManifest(
		    m -> ((ObjectNode) m.withArray("/egress").get(0)).put("url", "https://user:secret@api.example.org/")).build(),
		    ErrorCode.MANIFEST_EGRESS_URL_INVALID);
	}

	@Test
	public void unknownTriggerEvent_shouldRefusePackage() {
		refused(TestPackages.example()
		        .editManifest(m -> ((ObjectNode) m.withArray("/triggers").get(0)).put("event", "Observation.deleted"))
		        .build(), ErrorCode.MANIFEST_TRIGGER_EVENT_UNKNOWN);
	}

	@Test
	public void triggerFilterTheEventDoesNotHave_shouldRefusePackage() {
		refused(TestPackages.example().editManifest(
		    m -> ((ObjectNode) m.withArray("/triggers").get(0)).putObject("where").put("patient", "123")).build(),
		    ErrorCode.MANIFEST_TRIGGER_FILTER_INVALID);
	}

	@Test
	public void trailingGarbageJson_shouldRefusePackage() {
		refused(TestPackages.example().manifest(TestPackages.exampleManifest() + "\n{\"id\": \"x\"}").build(),
		    ErrorCode.MANIFEST_TRAILING_CONTENT);
	}

	@Test
	public void manifestVersion2_shouldRefusePackage() {
		refused(TestPackages.example().editManifest(m -> m.put("manifestVersion", 2)).build(),
		    ErrorCode.MANIFEST_VERSION_UNSUPPORTED);
	}

	@Test
	public void scopeV1Syntax_shouldRefusePackageNamingTheV2Form() {
		AddonMarketException e = refused(TestPackages.example()
		        .editManifest(m -> ((ObjectNode) m.withArray("/permissions").get(0)).put("scope", "patient/Observation.read"))
		        .build(), ErrorCode.SCOPE_V1_FORM);

		assertThat(e.getField()).isEqualTo("/permissions/0/scope");
		assertThat(e.getMessage()).contains("patient/Observation.rs");
	}

	@Test
	public void misspelledResourceInScope_shouldRefusePackage() {
		AddonMarketException e = refused(TestPackages.example()
		        .editManifest(m -> ((ObjectNode) m.withArray("/permissions").get(0)).put("scope", "patient/Obsrvation.rs"))
		        .build(), ErrorCode.SCOPE_RESOURCE_UNKNOWN);

		assertThat(e.getMessage()).contains("Obsrvation");
	}

	@Test
	public void deeplyNestedJson_shouldRefusePackage() {
		String deep = text(1000, '[') + text(1000, ']');

		refused(TestPackages.example().editManifest(m -> m.put("configuration", "x")).manifest(
		    TestPackages.exampleManifest().replaceFirst("\\{", "{\"deep\": " + deep + ",")).build(),
		    ErrorCode.MANIFEST_NOT_JSON);
	}

	@Test
	public void manifestNotAnObject_shouldRefusePackage() {
		refused(TestPackages.example().manifest("[]").build(), ErrorCode.MANIFEST_WRONG_TYPE);
	}

	@Test
	public void wrongTypes_shouldRefusePackageReportingAllErrorsAtOnce() {
		byte[] zip = TestPackages.example().editManifest(m -> {
			m.put("name", 42);
			m.put("version", true);
			m.putArray("categories").add(7);
			((ObjectNode) m.withArray("/permissions").get(1)).put("elements", "name");
			((ObjectNode) m.withArray("/actions").get(0)).putNull("handler");
		}).build();

		InvalidManifestException e = catchThrowableOfType(InvalidManifestException.class, () -> reader.read(zip));

		assertThat(e.getErrors()).extracting(ManifestError::pointer).containsExactly("/name", "/version",
		    "/categories/0", "/permissions/1/elements", "/actions/0/handler");
		assertThat(e.getErrors()).extracting(ManifestError::code).containsOnly(ErrorCode.MANIFEST_WRONG_TYPE);
		assertThat(e.getCode()).isEqualTo(ErrorCode.MANIFEST_WRONG_TYPE);
		assertThat(e.getField()).isEqualTo("/name");
		assertThat(e.getMessage()).contains("5 errors", "/name: expected string, found integer",
		    "/actions/0/handler: expected string, found null");
	}
}
