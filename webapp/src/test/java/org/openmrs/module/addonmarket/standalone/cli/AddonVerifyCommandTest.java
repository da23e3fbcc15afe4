package org.openmrs.module.addonmarket.standalone.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

public class AddonVerifyCommandTest {

	@Rule
	public TemporaryFolder temp = new TemporaryFolder();

	private String fingerprint;

	private String sha256;

	private Path dir() {
		return temp.getRoot().toPath();
	}

	@Before
	public void packAndSign() {
		ExampleFolder.copyTo(dir().resolve("bp-alert"));
		sha256 = CommandRun.run(dir(), "pack", "bp-alert", "--out", "bp.zip").printed("SHA-256:");
		fingerprint = CommandRun.run(dir(), "keygen", "--out", "me").printed("Fingerprint:");
		CommandRun.run(dir(), "sign", "bp.zip", "--key", "me.key");
	}

	@Test
	public void verify_shouldCheckTheSignatureAndSayWhatThePackageAsksFor() {
		CommandRun run = CommandRun.run(dir(), "verify", "bp.zip", "--sig", "bp.zip.sig", "--pub", "me.pub");

		assertThat(run.exitCode()).isZero();
		assertThat(run.err()).isEmpty();
		assertThat(run.printed("Add-on:")).startsWith("org.example.bp-crisis-alert 1.2.0 ");
		assertThat(run.printed("SHA-256:")).isEqualTo(sha256);
		assertThat(run.printed("Signed by:")).isEqualTo(fingerprint);
		assertThat(run.out()).contains(
		    "  - Read and search this patient's Observations with code LOINC 8462-4 or LOINC 8480-6: Reads systolic and "
		            + "diastolic blood pressure",
		    "  - Read this patient's details (Patient) (only name, birthDate) [optional]: Shows the patient's name on "
		            + "the alert",
		    "  - Create Notices for any patient you may see: Raises an alert for the care team",
		    "  - https://api.example.org/ (Observation): Sends the readings to the unit's risk calculator");
	}

	@Test
	public void verify_shouldFindTheSignatureBesideThePackageWhenOnlyAKeyIsGiven() {
		CommandRun run = CommandRun.run(dir(), "verify", "bp.zip", "--pub", "me.pub");

		assertThat(run.exitCode()).isZero();
		assertThat(run.printed("Signed by:")).isEqualTo(fingerprint);
	}

	@Test
	public void verify_shouldFailWithAnotherPublishersKey() {
		CommandRun.run(dir(), "keygen", "--out", "other");

		CommandRun run = CommandRun.run(dir(), "verify", "bp.zip", "--sig", "bp.zip.sig", "--pub", "other.pub");

		assertThat(run.exitCode()).isEqualTo(1);
		assertThat(run.errLines()).hasSize(1).first().asString().startsWith("bp.zip.sig: is not a signature of bp.zip")
		        .contains("other.pub").endsWith("(ADDON-0109)");
		assertThat(run.out()).isEmpty();
	}

	@Test
	public void verify_shouldFailForAPackageChangedAfterItWasSigned() throws Exception {
		Path other = ExampleFolder.copyTo(dir().resolve("changed"));
		Files.writeString(other.resolve("main.js"), "\n// changed after signing\n", StandardOpenOption.APPEND);
		CommandRun.run(dir(), "pack", "changed", "--out", "bp.zip");

		CommandRun run = CommandRun.run(dir(), "verify", "bp.zip", "--pub", "me.pub");

		assertThat(run.exitCode()).isEqualTo(1);
		assertThat(run.errLines()).hasSize(1).first().asString().startsWith("bp.zip.sig: is not a signature of bp.zip");
	}

	@Test
	public void verify_shouldSayUnsignedWithoutAKey() {
		Path unsigned = dir().resolve("unsigned");
		CommandRun.run(dir(), "pack", "bp-alert", "--out", "unsigned/bp.zip");

		CommandRun run = CommandRun.run(unsigned, "verify", "bp.zip");

		assertThat(run.exitCode()).isZero();
		assertThat(run.printed("Signed by:")).isEqualTo("unsigned");
	}

	@Test
	public void verify_shouldSayASignatureBesideThePackageWasNotCheckedWithoutAKey() {
		CommandRun run = CommandRun.run(dir(), "verify", "bp.zip");

		assertThat(run.exitCode()).isZero();
		assertThat(run.printed("Signed by:")).isEqualTo("unsigned (not checked: give --pub to check bp.zip.sig)");
	}

	@Test
	public void verify_shouldRefuseAMalformedSignatureNamingIt() throws Exception {
		Files.writeString(dir().resolve("bad.sig"), "not a signature\n");

		CommandRun run = CommandRun.run(dir(), "verify", "bp.zip", "--sig", "bad.sig", "--pub", "me.pub");

		assertThat(run.exitCode()).isEqualTo(1);
		assertThat(run.errLines()).hasSize(1).first().asString().startsWith("bad.sig: ").endsWith("(ADDON-0108)");
	}

	@Test
	public void verify_shouldRefuseAPrivateKeyGivenForThePublicOne() {
		CommandRun run = CommandRun.run(dir(), "verify", "bp.zip", "--pub", "me.key");

		assertThat(run.exitCode()).isEqualTo(1);
		assertThat(run.errLines()).hasSize(1).first().asString().startsWith("me.key: ").endsWith("(ADDON-0105)");
	}

	@Test
	public void verify_shouldListEveryManifestErrorOfARefusedPackage() throws Exception {
		Path broken = ExampleFolder.copyTo(dir().resolve("broken"));
		ExampleFolder.breakManifest(broken);
		Files.write(dir().resolve("broken.zip"), ExampleFolder.zip(broken));

		CommandRun run = CommandRun.run(dir(), "verify", "broken.zip");

		assertThat(run.exitCode()).isEqualTo(1);
		assertThat(run.errLines()).hasSize(ExampleFolder.BROKEN.size());
		for (int i = 0; i < ExampleFolder.BROKEN.size(); i++) {
			assertThat(run.errLines().get(i)).startsWith("broken.zip: " + ExampleFolder.BROKEN.get(i))
			        .endsWith(ExampleFolder.BROKEN_CODES.get(i));
		}
	}

	@Test
	public void verify_shouldExitWith2ForASignatureWithoutAKey() {
		CommandRun run = CommandRun.run(dir(), "verify", "bp.zip", "--sig", "bp.zip.sig");

		assertThat(run.exitCode()).isEqualTo(2);
		assertThat(run.errLines()).hasSize(1).first().asString().startsWith("addon verify: --sig needs --pub");
	}
}
