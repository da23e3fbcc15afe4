package org.openmrs.module.addonmarket.standalone.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;

import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;
import org.openmrs.module.addonmarket.catalog.pkg.AddonPackage;
import org.openmrs.module.addonmarket.catalog.pkg.TestPackages;
import org.openmrs.module.addonmarket.test.TestSettings;

public class AddonPackCommandTest {

	@Rule
	public TemporaryFolder temp = new TemporaryFolder();

	private Path dir() {
		return temp.getRoot().toPath();
	}

	@Test
	public void pack_shouldWriteAPackageTheCatalogAcceptsNamedByIdAndVersion() throws Exception {
		ExampleFolder.copyTo(dir().resolve("bp-alert"));

		CommandRun run = CommandRun.run(dir(), "pack", "bp-alert");

		assertThat(run.exitCode()).isZero();
		assertThat(run.err()).isEmpty();
		Path zip = dir().resolve("org.example.bp-crisis-alert-1.2.0.zip");
		byte[] bytes = Files.readAllBytes(zip);
		AddonPackage read = TestPackages.reader(new TestSettings()).read(bytes);
		assertThat(read.manifest().id()).isEqualTo("org.example.bp-crisis-alert");
		assertThat(read.files()).containsExactly("README.md", "addon.json", "main.js");
		assertThat(run.printed("Package:")).startsWith("org.example.bp-crisis-alert-1.2.0.zip");
		assertThat(run.printed("Size:")).isEqualTo(bytes.length + " bytes");
		assertThat(run.printed("SHA-256:")).isEqualTo(sha256(bytes)).isEqualTo(read.sha256());
	}

	@Test
	public void pack_shouldGiveTheSameBytesForTheSameFilesWhateverTheirTimestamps() throws Exception {
		ExampleFolder.copyTo(dir().resolve("first"));
		Path second = ExampleFolder.copyTo(dir().resolve("second"));
		for (String name : TestPackages.EXAMPLE_FILES) {
			Files.setLastModifiedTime(second.resolve(name), FileTime.from(Instant.parse("2031-05-06T07:08:09Z")));
		}

		CommandRun one = CommandRun.run(dir(), "pack", "first", "--out", "one.zip");
		CommandRun again = CommandRun.run(dir(), "pack", "first", "--out", "again.zip");
		CommandRun other = CommandRun.run(dir(), "pack", second.toString(), "--out", "out/other.zip");

		assertThat(List.of(one.exitCode(), again.exitCode(), other.exitCode())).containsOnly(0);
		assertThat(again.printed("SHA-256:")).isEqualTo(one.printed("SHA-256:"));
		assertThat(other.printed("SHA-256:")).isEqualTo(one.printed("SHA-256:"));
		assertThat(Files.readAllBytes(dir().resolve("out/other.zip"))).isEqualTo(Files.readAllBytes(dir().resolve("one.zip")));
	}

	@Test
	public void pack_shouldRefuseAnInvalidManifestListingEveryErrorAndWriteNothing() {
		Path folder = ExampleFolder.copyTo(dir().resolve("bp-alert"));
		ExampleFolder.breakManifest(folder);

		CommandRun run = CommandRun.run(dir(), "pack", "bp-alert", "--out", "bp.zip");

		assertThat(run.exitCode()).isEqualTo(1);
		assertThat(run.errLines()).hasSize(ExampleFolder.BROKEN.size());
		for (int i = 0; i < ExampleFolder.BROKEN.size(); i++) {
			assertThat(run.errLines().get(i)).startsWith(ExampleFolder.BROKEN.get(i))
			        .endsWith(ExampleFolder.BROKEN_CODES.get(i));
		}
		assertThat(run.out()).isEmpty();
		assertThat(dir().resolve("bp.zip")).doesNotExist();
	}

	@Test
	public void pack_shouldRefuseAFileTheCatalogWouldRefuseRatherThanLeaveItOut() throws Exception {
		Path folder = ExampleFolder.copyTo(dir().resolve("bp-alert"));
		Files.write(folder.resolve(".DS_Store"), new byte[] { 0, 0, 0, 1, 'B', 'u', 'd', '1' });
		Files.writeString(folder.resolve("build.sh"), "zip -r ../bp.zip .\n");

		CommandRun run = CommandRun.run(dir(), "pack", "bp-alert");

		assertThat(run.exitCode()).isEqualTo(1);
		assertThat(run.errLines()).hasSize(2);
		assertThat(run.errLines().get(0)).startsWith(".DS_Store: ").endsWith("(ADDON-0406)");
		assertThat(run.errLines().get(1)).startsWith("build.sh: is a .sh file; expected only .js, .json, .md, .txt and "
		        + ".png files").endsWith("(ADDON-0411)");
		assertThat(dir().resolve("org.example.bp-crisis-alert-1.2.0.zip")).doesNotExist();
	}

	@Test
	public void pack_shouldRefuseToWriteThePackageInsideTheAddonsFolder() {
		Path folder = ExampleFolder.copyTo(dir().resolve("bp-alert"));

		CommandRun run = CommandRun.run(folder, "pack", ".");

		assertThat(run.exitCode()).isEqualTo(2);
		assertThat(run.errLines()).hasSize(1).first().asString().startsWith("addon pack: the package "
		        + "org.example.bp-crisis-alert-1.2.0.zip would be written inside the add-on's folder");
		assertThat(folder.resolve("org.example.bp-crisis-alert-1.2.0.zip")).doesNotExist();
	}

	@Test
	public void pack_shouldSayWhenTheFolderDoesNotExist() {
		CommandRun run = CommandRun.run(dir(), "pack", "no-such-addon");

		assertThat(run.exitCode()).isEqualTo(1);
		assertThat(run.errLines()).containsExactly("no-such-addon: no such folder; expected the add-on's folder, with "
		        + "addon.json in it");
	}

	private static String sha256(byte[] bytes) throws Exception {
		return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
	}
}
