package org.openmrs.module.addonmarket.standalone.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;
import org.openmrs.module.addonmarket.catalog.pkg.TestPackages;
import org.openmrs.module.addonmarket.catalog.signing.PackageSignature;
import org.openmrs.module.addonmarket.catalog.signing.TrustedKey;
import org.openmrs.module.addonmarket.test.TestSettings;

public class AddonSignCommandTest {

	@Rule
	public TemporaryFolder temp = new TemporaryFolder();

	private String fingerprint;

	private Path dir() {
		return temp.getRoot().toPath();
	}

	@Before
	public void packAndMakeAKey() {
		ExampleFolder.copyTo(dir().resolve("bp-alert"));
		CommandRun.run(dir(), "pack", "bp-alert", "--out", "bp.zip");
		fingerprint = CommandRun.run(dir(), "keygen", "--out", "me").printed("Fingerprint:");
	}

	@Test
	public void sign_shouldWriteTheBase64SignatureOfThePackagesSha256BesideIt() throws Exception {
		CommandRun run = CommandRun.run(dir(), "sign", "bp.zip", "--key", "me.key");

		assertThat(run.exitCode()).isZero();
		assertThat(run.err()).isEmpty();
		assertThat(run.printed("Signature:")).isEqualTo("bp.zip.sig");
		assertThat(run.printed("Signed by:")).isEqualTo(fingerprint);
		String sha256 = TestPackages.reader(new TestSettings()).read(Files.readAllBytes(dir().resolve("bp.zip"))).sha256();
		String text = Files.readString(dir().resolve("bp.zip.sig"), StandardCharsets.US_ASCII);
		assertThat(text).matches("[A-Za-z0-9+/]{86}==\n");
		TrustedKey key = TrustedKey.parse(Files.readString(dir().resolve("me.pub")));
		assertThat(PackageSignature.decode(text.getBytes(StandardCharsets.US_ASCII)).verifies(sha256, key.key())).isTrue();
	}

	@Test
	public void sign_shouldWriteWhereOutSays() {
		CommandRun run = CommandRun.run(dir(), "sign", "bp.zip", "--key", "me.key", "--out", "sigs/addon.sig");

		assertThat(run.exitCode()).isZero();
		assertThat(dir().resolve("sigs/addon.sig")).isRegularFile();
		assertThat(dir().resolve("bp.zip.sig")).doesNotExist();
	}

	@Test
	public void sign_shouldExitWith2WithoutAKey() {
		CommandRun run = CommandRun.run(dir(), "sign", "bp.zip");

		assertThat(run.exitCode()).isEqualTo(2);
		assertThat(run.errLines()).containsExactly("addon sign: missing --key FILE.key, the private key addon keygen "
		        + "wrote (see addon sign --help)");
	}

	@Test
	public void sign_shouldRefuseThePublicKeyGivenForThePrivateOne() {
		CommandRun run = CommandRun.run(dir(), "sign", "bp.zip", "--key", "me.pub");

		assertThat(run.exitCode()).isEqualTo(1);
		assertThat(run.errLines()).hasSize(1).first().asString().startsWith("me.pub: is a public key; expected the "
		        + "private key");
		assertThat(dir().resolve("bp.zip.sig")).doesNotExist();
	}

	@Test
	public void sign_shouldRefuseAPackageTheCatalogWouldRefuse() throws Exception {
		Files.writeString(dir().resolve("notes.zip"), "not a zip at all");

		CommandRun run = CommandRun.run(dir(), "sign", "notes.zip", "--key", "me.key");

		assertThat(run.exitCode()).isEqualTo(1);
		assertThat(run.errLines()).hasSize(1).first().asString().startsWith("notes.zip: ").endsWith("(ADDON-0404)");
		assertThat(dir().resolve("notes.zip.sig")).doesNotExist();
	}

	@Test
	public void sign_shouldNameAKeyFileThatDoesNotExist() {
		CommandRun run = CommandRun.run(dir(), "sign", "bp.zip", "--key", "you.key");

		assertThat(run.exitCode()).isEqualTo(1);
		assertThat(run.errLines()).containsExactly("you.key: cannot be read (no such file or folder)");
	}
}
