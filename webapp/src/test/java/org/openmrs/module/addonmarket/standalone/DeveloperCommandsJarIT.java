package org.openmrs.module.addonmarket.standalone;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;
import org.openmrs.module.addonmarket.standalone.cli.AddonCommands;

/**
 * The developer commands of the built runnable jar, run as a clinician developer runs them: make a key, pack the
 * example add-on, sign it, verify it.
 */
public class DeveloperCommandsJarIT {

	@Rule
	public TemporaryFolder temp = new TemporaryFolder();

	private Path workDir;

	@Before
	public void createWorkDir() {
		workDir = temp.getRoot().toPath();
	}

	@Test
	public void jar_shouldMakeAKeyPackSignAndVerifyTheExampleAddon() throws Exception {
		Result keygen = addon("keygen", "--out", "cardiology");
		assertSucceeded(keygen);
		String fingerprint = keygen.printed("Fingerprint:");
		assertThat(fingerprint).matches("[0-9a-f]{64}");

		Result pack = addon("pack", example().toString(), "--out", "bp-crisis-alert.zip");
		assertSucceeded(pack);
		byte[] zip = Files.readAllBytes(workDir.resolve("bp-crisis-alert.zip"));
		assertThat(pack.printed("SHA-256:")).isEqualTo(sha256(zip));
		assertThat(pack.printed("Size:")).isEqualTo(zip.length + " bytes");

		Result sign = addon("sign", "bp-crisis-alert.zip", "--key", "cardiology.key");
		assertSucceeded(sign);
		assertThat(sign.printed("Signed by:")).isEqualTo(fingerprint);
		assertThat(workDir.resolve("bp-crisis-alert.zip.sig")).isRegularFile();

		Result verify = addon("verify", "bp-crisis-alert.zip", "--sig", "bp-crisis-alert.zip.sig", "--pub",
		    "cardiology.pub");
		assertSucceeded(verify);
		assertThat(verify.printed("Add-on:")).startsWith("org.example.bp-crisis-alert 1.3.0");
		assertThat(verify.printed("SHA-256:")).isEqualTo(sha256(zip));
		assertThat(verify.printed("Signed by:")).isEqualTo(fingerprint);
		assertThat(verify.stdout()).contains("Read and search this patient's Observations with code LOINC 8462-4 or "
		        + "LOINC 8480-6");
	}

	@Test
	public void jar_shouldExitWith1AndOneLineWhenAnotherKeySignedThePackage() throws Exception {
		assertSucceeded(addon("keygen", "--out", "signer"));
		assertSucceeded(addon("keygen", "--out", "stranger"));
		assertSucceeded(addon("pack", example().toString(), "--out", "bp.zip"));
		assertSucceeded(addon("sign", "bp.zip", "--key", "signer.key"));

		Result verify = addon("verify", "bp.zip", "--pub", "stranger.pub");

		assertThat(verify.exitCode()).isEqualTo(1);
		assertThat(verify.stderrLines()).hasSize(1).first().asString().startsWith("bp.zip.sig: is not a signature of "
		        + "bp.zip").endsWith("(ADDON-0109)");
		assertThat(verify.stdout()).isEmpty();
	}

	@Test
	public void jar_shouldExitWith2AndOneLineForAnUnknownCommand() throws Exception {
		Result result = addon("publish");

		assertThat(result.exitCode()).isEqualTo(2);
		assertThat(result.stderrLines()).containsExactly("addon: unknown command \"publish\"; expected one of keygen, "
		        + "pack, sign, verify, validate (see addon --help)");
	}

	private Result addon(String... args) throws IOException, InterruptedException {
		List<String> command = new ArrayList<>(List.of(AddonCommands.NAME));
		command.addAll(List.of(args));
		Path stdout = Files.createTempFile(workDir, "stdout", ".txt");
		Path stderr = Files.createTempFile(workDir, "stderr", ".txt");
		Process process = new ProcessBuilder(StandaloneJar.command(command.toArray(String[]::new))).directory(workDir.toFile()).redirectOutput(stdout.toFile())
		        .redirectError(stderr.toFile()).start();
		assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("addon " + String.join(" ", args) + " ends").isTrue();
		Result result = new Result(process.exitValue(), Files.readString(stdout, StandardCharsets.UTF_8),
		        Files.readString(stderr, StandardCharsets.UTF_8));
		Files.delete(stdout);
		Files.delete(stderr);
		return result;
	}

	private static void assertSucceeded(Result result) {
		assertThat(result.exitCode()).as("exit code; stderr: " + result.stderr()).isZero();
		assertThat(result.stderr()).as("nothing on standard error").isEmpty();
	}

	private static Path example() {
		Path examples = Path.of(System.getProperty("addonmarket.examples", "../examples"));
		Path example = examples.resolve("bp-crisis-alert").toAbsolutePath().normalize();
		assertThat(example.resolve("addon.json")).as("the example add-on").isRegularFile();
		return example;
	}

	private static String sha256(byte[] bytes) throws Exception {
		return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
	}

	/** What one run of the jar printed, and how it ended. */
	private record Result(int exitCode, String stdout, String stderr) {

		List<String> stderrLines() {
			return stderr.lines().toList();
		}

		String printed(String label) {
			return stdout.lines().filter(l -> l.startsWith(label)).map(l -> l.substring(label.length()).trim())
			        .findFirst().orElseThrow(() -> new AssertionError("no line \"" + label + "\" in:\n" + stdout));
		}
	}
}
