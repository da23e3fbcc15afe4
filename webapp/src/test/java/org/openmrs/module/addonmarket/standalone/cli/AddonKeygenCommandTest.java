package org.openmrs.module.addonmarket.standalone.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.PrivateKey;

import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;
import org.openmrs.module.addonmarket.catalog.signing.PackageSignature;
import org.openmrs.module.addonmarket.catalog.signing.TrustedKey;

public class AddonKeygenCommandTest {

	private static final String SHA256 = "348e5531beeb03adc4f204464b12868e36f247d7c09ff4bdac41c6783128ac0b";

	@Rule
	public TemporaryFolder temp = new TemporaryFolder();

	private Path dir() {
		return temp.getRoot().toPath();
	}

	@Test
	public void keygen_shouldWriteAKeyPairThatSignsAndVerifiesAndPrintItsFingerprint() throws Exception {
		CommandRun run = CommandRun.run(dir(), "keygen", "--out", "cardiology");

		assertThat(run.exitCode()).isZero();
		assertThat(run.err()).isEmpty();
		TrustedKey publicKey = TrustedKey.parse(Files.readString(dir().resolve("cardiology.pub")));
		PrivateKey privateKey = KeyFiles.privateKey(Files.readString(dir().resolve("cardiology.key")), "cardiology.key");
		assertThat(PackageSignature.sign(SHA256, privateKey).verifies(SHA256, publicKey.key())).isTrue();
		assertThat(run.printed("Fingerprint:")).isEqualTo(publicKey.fingerprint())
		        .isEqualTo(TrustedKey.fingerprintOf(KeyFiles.publicKeyOf(privateKey)));
		assertThat(run.printed("Private key:")).startsWith("cardiology.key");
		assertThat(run.printed("Public key:")).startsWith("cardiology.pub");
	}

	@Test
	public void keygen_shouldWriteStandardPemFiles() throws Exception {
		CommandRun.run(dir(), "keygen");

		assertThat(Files.readString(dir().resolve("addon-signing.key"))).startsWith("-----BEGIN PRIVATE KEY-----\n")
		        .endsWith("-----END PRIVATE KEY-----\n");
		assertThat(Files.readString(dir().resolve("addon-signing.pub"))).startsWith("-----BEGIN PUBLIC KEY-----\n")
		        .endsWith("-----END PUBLIC KEY-----\n");
	}

	@Test
	public void keygen_shouldLetOnlyItsOwnerReadThePrivateKey() throws Exception {
		CommandRun.run(dir(), "keygen");

		assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dir().resolve("addon-signing.key"))))
		        .isEqualTo("rw-------");
	}

	@Test
	public void keygen_shouldRefuseToOverwriteAKeyAndLeaveItAsItWas() throws Exception {
		CommandRun.run(dir(), "keygen", "--out", "keys/me");
		String before = Files.readString(dir().resolve("keys/me.key"));

		CommandRun again = CommandRun.run(dir(), "keygen", "--out", "keys/me");

		assertThat(again.exitCode()).isEqualTo(1);
		assertThat(again.errLines()).hasSize(1).first().asString().startsWith("keys/me.key: already exists;")
		        .contains("--force");
		assertThat(Files.readString(dir().resolve("keys/me.key"))).isEqualTo(before);
	}

	@Test
	public void keygen_shouldRefuseWhenOnlyThePublicKeyExists() throws Exception {
		Files.writeString(dir().resolve("me.pub"), "a key handed out earlier");

		CommandRun run = CommandRun.run(dir(), "keygen", "--out", "me");

		assertThat(run.exitCode()).isEqualTo(1);
		assertThat(run.errLines()).hasSize(1).first().asString().startsWith("me.pub: already exists;");
		assertThat(dir().resolve("me.key")).doesNotExist();
	}

	@Test
	public void keygen_shouldReplaceTheKeysWithForce() throws Exception {
		CommandRun first = CommandRun.run(dir(), "keygen");

		CommandRun forced = CommandRun.run(dir(), "keygen", "--force");

		assertThat(forced.exitCode()).isZero();
		assertThat(forced.printed("Fingerprint:")).isNotEqualTo(first.printed("Fingerprint:"))
		        .isEqualTo(TrustedKey.parse(Files.readString(dir().resolve("addon-signing.pub"))).fingerprint());
		assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dir().resolve("addon-signing.key"))))
		        .isEqualTo("rw-------");
	}
}
