package org.openmrs.module.addonmarket.catalog.pkg;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.Test;
import org.openmrs.module.addonmarket.catalog.manifest.ActionContext;
import org.openmrs.module.addonmarket.catalog.manifest.Manifest;
import org.openmrs.module.addonmarket.catalog.manifest.TriggerEvent;
import org.openmrs.module.addonmarket.error.AddonMarketException;
import org.openmrs.module.addonmarket.error.ErrorCode;
import org.openmrs.module.addonmarket.host.Setting;
import org.openmrs.module.addonmarket.test.TestSettings;

public class AddonPackageReaderTest {

	private static final byte[] PNG = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13 };

	private final TestSettings settings = new TestSettings();

	private final AddonPackageReader reader = TestPackages.reader(settings);

	@Test
	public void read_shouldReadTheExamplePackage() throws Exception {
		byte[] zip = TestPackages.validExample();

		AddonPackage addon = reader.read(new ByteArrayInputStream(zip));

		Manifest manifest = addon.manifest();
		assertThat(manifest.id()).isEqualTo("org.example.bp-crisis-alert");
		assertThat(manifest.version()).isEqualTo("1.2.0");
		assertThat(manifest.triggers()).singleElement().satisfies(t -> {
			assertThat(t.event()).isEqualTo(TriggerEvent.OBSERVATION_CREATED);
			assertThat(t.where()).containsEntry("code", "http://loinc.org|8480-6");
		});
		assertThat(manifest.actions()).singleElement().satisfies(a -> assertThat(a.context()).isEqualTo(ActionContext.PATIENT));
		assertThat(manifest.handlers()).containsExactly("onReading", "trend", "digest");
		assertThat(addon.entrySource()).contains("function onReading(ctx)");
		assertThat(addon.readme()).startsWith("# Hypertensive crisis alert");
		assertThat(addon.icon()).isNull();
		assertThat(addon.files()).containsExactly("addon.json", "main.js", "README.md");
		assertThat(addon.size()).isEqualTo(zip.length);
		assertThat(addon.bytes()).isEqualTo(zip);
		assertThat(addon.sha256()).isEqualTo(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(zip)))
		        .matches("[0-9a-f]{64}");
	}

	@Test
	public void read_shouldReadAZipWrittenByTheJdk() throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(out)) {
			zip.putNextEntry(new ZipEntry("lib/"));
			for (String name : TestPackages.EXAMPLE_FILES) {
				zip.putNextEntry(new ZipEntry(name));
				zip.write(TestPackages.exampleFile(name));
			}
			zip.putNextEntry(new ZipEntry("icon.png"));
			zip.write(PNG);
			zip.putNextEntry(new ZipEntry("lib/format.js"));
			zip.write("function format() {}".getBytes(StandardCharsets.UTF_8));
		}

		AddonPackage addon = reader.read(out.toByteArray());

		assertThat(addon.files()).containsExactly("addon.json", "main.js", "README.md", "icon.png", "lib/format.js");
		assertThat(addon.icon()).isEqualTo(PNG);
	}

	@Test
	public void read_shouldReadZipsWrittenByInfoZipAndPython() throws IOException {
		for (String zip : new String[] { "written-by-infozip.zip", "written-by-python.zip" }) {
			try (InputStream in = getClass().getResourceAsStream(zip)) {
				AddonPackage addon = reader.read(in);

				assertThat(addon.files()).as(zip).containsExactlyInAnyOrder("addon.json", "main.js", "README.md",
				    "lib/util.js");
				assertThat(addon.manifest().id()).isEqualTo("org.example.bp-crisis-alert");
			}
		}
	}

	@Test
	public void read_shouldReadStoredEntriesAndFolders() {
		byte[] zip = TestPackages.example().directory("docs").file("docs/notes.txt", "notes").stored().build();

		AddonPackage addon = reader.read(zip);

		assertThat(addon.files()).containsExactly("addon.json", "main.js", "README.md", "docs/notes.txt");
	}

	@Test
	public void read_shouldReadAtMostOneBytePastTheLimit() {
		settings.set(Setting.PACKAGE_MAX_BYTES.name(), "1000");
		CountingStream endless = new CountingStream();

		assertThatThrownBy(() -> reader.read(endless)).isInstanceOf(AddonMarketException.class)
		        .extracting(e -> ((AddonMarketException) e).getCode()).isEqualTo(ErrorCode.PACKAGE_TOO_LARGE);
		assertThat(endless.count).isEqualTo(1001);
	}

	@Test
	public void read_shouldKeepItsValueWhenTheCallerChangesTheArrays() {
		byte[] zip = TestPackages.example().file("icon.png", PNG).build();
		AddonPackage addon = reader.read(zip);

		zip[0] = 0;
		addon.bytes()[0] = 0;
		addon.icon()[0] = 0;

		assertThat(addon.bytes()[0]).isEqualTo((byte) 'P');
		assertThat(addon.icon()[0]).isEqualTo(PNG[0]);
		assertThat(addon).isEqualTo(reader.read(TestPackages.example().file("icon.png", PNG).build()));
	}

	@Test
	public void read_shouldTakeLimitsFromTheSettingsInForce() {
		byte[] zip = TestPackages.validExample();
		settings.set(Setting.PACKAGE_MAX_ENTRIES.name(), "2");

		assertThatThrownBy(() -> reader.read(zip)).isInstanceOf(AddonMarketException.class)
		        .extracting(e -> ((AddonMarketException) e).getCode()).isEqualTo(ErrorCode.PACKAGE_TOO_MANY_ENTRIES);

		settings.clear();
		assertThat(reader.read(zip).files()).hasSize(3);
	}

	@Test
	public void read_shouldRefuseASettingThatIsNotPositive() {
		settings.set(Setting.PACKAGE_MAX_ENTRIES.name(), "0");

		assertThatThrownBy(() -> reader.read(TestPackages.validExample())).isInstanceOf(AddonMarketException.class)
		        .hasMessageContaining(Setting.PACKAGE_MAX_ENTRIES.name())
		        .extracting(e -> ((AddonMarketException) e).getCode()).isEqualTo(ErrorCode.BAD_PARAMETER);
	}

	@Test
	public void read_shouldReportAStreamThatFails() {
		InputStream failing = new InputStream() {

			@Override
			public int read() throws IOException {
				throw new IOException("connection reset");
			}
		};

		assertThatThrownBy(() -> reader.read(failing)).isInstanceOf(AddonMarketException.class)
		        .hasMessageContaining("connection reset")
		        .extracting(e -> ((AddonMarketException) e).getCode()).isEqualTo(ErrorCode.PACKAGE_UNREADABLE);
	}

	@Test
	public void checkFileName_shouldRefuseWhatAPackageEntryMayNotBe() {
		AddonPackageReader.checkFileName("lib/chart.js");

		assertThatThrownBy(() -> AddonPackageReader.checkFileName(".DS_Store")).extracting(e -> ((AddonMarketException) e)
		        .getCode()).isEqualTo(ErrorCode.PACKAGE_ENTRY_PATH_UNSAFE);
		assertThatThrownBy(() -> AddonPackageReader.checkFileName("tool.exe")).extracting(e -> ((AddonMarketException) e)
		        .getCode()).isEqualTo(ErrorCode.PACKAGE_FILE_TYPE_NOT_ALLOWED);
		assertThatThrownBy(() -> AddonPackageReader.checkFileName("vendor/lib.zip"))
		        .extracting(e -> ((AddonMarketException) e).getCode()).isEqualTo(ErrorCode.PACKAGE_NESTED_ARCHIVE);
	}

	@Test
	public void checkFolderName_shouldRefuseAHiddenFolder() {
		AddonPackageReader.checkFolderName("lib");

		assertThatThrownBy(() -> AddonPackageReader.checkFolderName(".git")).hasMessageContaining("\".git\"")
		        .extracting(e -> ((AddonMarketException) e).getCode()).isEqualTo(ErrorCode.PACKAGE_ENTRY_PATH_UNSAFE);
	}

	@Test
	public void checkFileContent_shouldRefuseContentThatIsNotWhatItsNameSays() {
		AddonPackageReader.checkFileContent("icon.png", PNG);

		assertThatThrownBy(() -> AddonPackageReader.checkFileContent("notes.txt", new byte[] { (byte) 0xC3, 0x28 }))
		        .extracting(e -> ((AddonMarketException) e).getCode()).isEqualTo(ErrorCode.PACKAGE_TEXT_NOT_UTF8);
		assertThatThrownBy(() -> AddonPackageReader.checkFileContent("data.json", TestPackages.validExample()))
		        .extracting(e -> ((AddonMarketException) e).getCode()).isEqualTo(ErrorCode.PACKAGE_NESTED_ARCHIVE);
	}

	/** Endless bytes, counting how many were read. */
	private static final class CountingStream extends InputStream {

		private long count;

		@Override
		public int read() {
			count++;
			return 'x';
		}

		@Override
		public int read(byte[] buffer, int offset, int length) {
			count += length;
			return length;
		}
	}
}
