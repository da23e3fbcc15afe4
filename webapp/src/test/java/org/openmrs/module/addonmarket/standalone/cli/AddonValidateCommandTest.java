package org.openmrs.module.addonmarket.standalone.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

public class AddonValidateCommandTest {

	@Rule
	public TemporaryFolder temp = new TemporaryFolder();

	private Path dir() {
		return temp.getRoot().toPath();
	}

	@Test
	public void validate_shouldPassTheExample() {
		ExampleFolder.copyTo(dir().resolve("bp-alert"));

		CommandRun run = CommandRun.run(dir(), "validate", "bp-alert");

		assertThat(run.exitCode()).isZero();
		assertThat(run.err()).isEmpty();
		assertThat(run.out()).startsWith("bp-alert: valid (org.example.bp-crisis-alert 1.2.0, 3 files, ");
		assertThat(dir().toFile().list()).as("nothing written").containsExactly("bp-alert");
	}

	@Test
	public void validate_shouldListEveryManifestErrorWithItsPointerAndCode() {
		Path folder = ExampleFolder.copyTo(dir().resolve("bp-alert"));
		ExampleFolder.breakManifest(folder);

		CommandRun run = CommandRun.run(dir(), "validate", "bp-alert");

		assertThat(run.exitCode()).isEqualTo(1);
		assertThat(run.out()).isEmpty();
		assertThat(run.errLines()).hasSize(4);
		assertThat(run.errLines().get(0)).isEqualTo("addon.json /name: required; expected the name people read, at most "
		        + "100 characters (ADDON-0305)");
		assertThat(run.errLines().get(2)).isEqualTo("addon.json /permissions/0/scope: unknown resource type "
		        + "\"Obsrvation\"; expected one of Patient, Observation, Encounter, Condition, Notice, * (ADDON-0203)");
		for (int i = 0; i < ExampleFolder.BROKEN.size(); i++) {
			assertThat(run.errLines().get(i)).startsWith(ExampleFolder.BROKEN.get(i))
			        .endsWith(ExampleFolder.BROKEN_CODES.get(i));
		}
	}

	@Test
	public void validate_shouldListTheFilesTheCatalogWouldRefuseBesideTheManifestsErrors() throws Exception {
		Path folder = ExampleFolder.copyTo(dir().resolve("bp-alert"));
		ExampleFolder.breakManifest(folder);
		Files.createDirectories(folder.resolve(".git"));
		Files.writeString(folder.resolve(".git/HEAD"), "ref: refs/heads/main\n");
		Files.write(folder.resolve("notes.txt"), new byte[] { 'n', (byte) 0xE9, 'e' });
		Files.createSymbolicLink(folder.resolve("lib.js"), folder.resolve("main.js"));

		CommandRun run = CommandRun.run(dir(), "validate", "bp-alert");

		assertThat(run.exitCode()).isEqualTo(1);
		assertThat(run.errLines()).hasSize(3 + ExampleFolder.BROKEN.size());
		assertThat(run.errLines().get(0)).startsWith(".git/: has the name part \".git\"").endsWith("(ADDON-0406)");
		assertThat(run.errLines().get(1)).isEqualTo("lib.js: is a symbolic link; expected regular files only (copy the "
		        + "file in instead) (ADDON-0407)");
		assertThat(run.errLines().get(2)).isEqualTo("notes.txt: is not UTF-8 text; expected text files saved as UTF-8 "
		        + "(ADDON-0415)");
		assertThat(run.errLines().subList(3, run.errLines().size())).allMatch(l -> l.startsWith("addon.json /"));
	}

	@Test
	public void validate_shouldSayWhenTheEntryScriptIsMissing() throws Exception {
		Path folder = ExampleFolder.copyTo(dir().resolve("bp-alert"));
		Files.delete(folder.resolve("main.js"));

		CommandRun run = CommandRun.run(dir(), "validate", "bp-alert");

		assertThat(run.exitCode()).isEqualTo(1);
		assertThat(run.errLines()).hasSize(1).first().asString()
		        .startsWith("main.js: addon.json names \"main.js\" as its entry, but the package has no such file")
		        .endsWith("(ADDON-0418)");
	}

	@Test
	public void validate_shouldSayWhenAddonJsonIsMissingAndWhereOneIs() throws Exception {
		ExampleFolder.copyTo(dir().resolve("project/bp-alert"));

		CommandRun run = CommandRun.run(dir(), "validate", "project");

		assertThat(run.exitCode()).isEqualTo(1);
		assertThat(run.errLines()).containsExactly("addon.json: is missing; expected the manifest at the top of the "
		        + "add-on's folder (found bp-alert/addon.json: is its folder the add-on?) (ADDON-0416)");
	}

	@Test
	public void validate_shouldStopReadingAFolderWithMoreFilesThanAPackageHolds() throws Exception {
		Path folder = ExampleFolder.copyTo(dir().resolve("bp-alert"));
		Files.createDirectories(folder.resolve("node_modules"));
		for (int i = 0; i < 250; i++) {
			Files.writeString(folder.resolve("node_modules/m" + i + ".js"), "module.exports = " + i + ";\n");
		}

		CommandRun run = CommandRun.run(dir(), "validate", "bp-alert");

		assertThat(run.exitCode()).isEqualTo(1);
		assertThat(run.errLines()).containsExactly("bp-alert: holds more than 200 files; a package holds at most 200 "
		        + "(addonmarket.package.maxEntries) (ADDON-0405)");
	}

	@Test
	public void validate_shouldSayWhenGivenAZipInsteadOfAFolder() throws Exception {
		Files.writeString(dir().resolve("bp.zip"), "zip");

		CommandRun run = CommandRun.run(dir(), "validate", "bp.zip");

		assertThat(run.exitCode()).isEqualTo(1);
		assertThat(run.errLines()).containsExactly("bp.zip: is a file; expected the add-on's folder, with addon.json in "
		        + "it (addon verify checks a zip)");
	}
}
