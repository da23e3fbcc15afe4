package org.openmrs.module.addonmarket.standalone;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.After;
import org.junit.Test;
import org.openmrs.module.addonmarket.standalone.runtime.ActionStory;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The built runnable jar, started as a user starts it.
 */
public class StandaloneJarIT {

	private Process process;

	private Path workDir;

	@After
	public void stop() throws InterruptedException {
		if (process != null && process.isAlive()) {
			process.destroy();
			process.waitFor(20, TimeUnit.SECONDS);
		}
	}

	@Test
	public void jar_shouldServeHealthSoonAfterStartWithNoArgumentsButAPortAndWarnOfDemoMode() throws Exception {
		int port = freePort();
		long started = System.nanoTime();
		process = launch(Files.createTempDirectory("addonmarket-jar"), "--port", String.valueOf(port));

		HttpResponse<String> health = awaitHealth(port, Duration.ofSeconds(90));
		long millis = (System.nanoTime() - started) / 1_000_000;
		System.out.println("Standalone jar healthy " + millis + " ms after launch");

		assertThat(health.statusCode()).isEqualTo(200);
		assertThat(health.body()).contains("\"status\":\"UP\"").contains("H2").containsPattern(
		    "\"demoData\":\"(loading|ready)\"");
		awaitDemoData(port, Duration.ofSeconds(120));
		System.out.println("Standalone jar: demo data ready " + (System.nanoTime() - started) / 1_000_000
		        + " ms after launch");
		assertThat(workDir.resolve("addonmarket-data")).isDirectory();
		assertThat(awaitStdout("Admin123", Duration.ofSeconds(10))).as("the demo-mode warning")
		        .contains("DEMO MODE", "admin", "clinician", "auditor", "publisher", "Never use demo mode with real patients");
	}

	/**
	 * GraalJS registers its languages (js, regex) as META-INF/services entries: shading must keep both, or the jar
	 * starts but cannot run an add-on. So the built jar runs one.
	 */
	@Test
	public void jar_shouldRunAnAddonsActionWithTheGraalJsItBundles() throws Exception {
		int port = freePort();
		process = launch(Files.createTempDirectory("addonmarket-jar"), "--port", String.valueOf(port));
		// The demo patients are stored after the server answers; the first run is timed without that beside it.
		awaitDemoData(port, Duration.ofSeconds(120));
		ApiClient.Exchanges exchanges = new ApiClient.Exchanges();

		long started = System.nanoTime();
		JsonNode run = new ActionStory((user, password) -> ApiClient.basic(port, exchanges, user, password))
		        .runAction();
		System.out.println("Standalone jar: first action run (publish, install, approve, run) took "
		        + (System.nanoTime() - started) / 1_000_000 + " ms; the run itself " + run.path("durationMillis") + " ms");

		ActionStory.assertCard(run);
		assertThat(Files.readString(workDir.resolve("stderr.txt"), StandardCharsets.UTF_8))
		        .as("what the server wrote to standard error").doesNotContain("GraalJS").doesNotContain("Truffle");
	}

	/**
	 * Outside demo mode the first start makes the initial administrator (password printed once and kept owner-only);
	 * SIGTERM (what {@link Process#destroy()} sends, as a service manager or Ctrl-C does) stops the server
	 * gracefully, one log line per step and no stack trace.
	 */
	@Test
	public void jar_shouldCreateTheInitialAdministratorAndStopGracefullyOnSigterm() throws Exception {
		int port = freePort();
		Path dir = Files.createTempDirectory("addonmarket-jar");
		process = launch(dir, "--port", String.valueOf(port), "--db-url", "jdbc:h2:file:" + dir.resolve("db/addons"),
		    "--data-dir", dir.resolve("data").toString());
		awaitHealth(port, Duration.ofSeconds(120));
		String password = Files.readString(dir.resolve("data/initial-admin-password"), StandardCharsets.UTF_8).strip();
		ApiClient.Exchanges exchanges = new ApiClient.Exchanges();
		int session = ApiClient.basic(port, exchanges, "admin", password).get(ApiClient.API + "/session").statusCode();

		process.destroy();

		assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("stopped within a minute").isTrue();
		assertThat(process.exitValue()).as("the exit code of a process ended by SIGTERM").isEqualTo(143);
		assertThat(session).isEqualTo(200);
		String stdout = Files.readString(dir.resolve("stdout.txt"), StandardCharsets.UTF_8);
		assertThat(stdout).contains("Initial administrator created: user admin password " + password)
		        .containsPattern("started in \\d+\\.\\d s at http://localhost:" + port + "/")
		        .contains("Asked to stop (SIGTERM or Ctrl-C)", "Accepting no new requests",
		            "Stopped background work expirySweeper", "Add-on Marketplace stopped in")
		        .doesNotContain("UPDATE SUMMARY", "\tat ", "Exception");
		assertThat(stdout.lines().filter(line -> !line.matches("^\\d{4}-\\d{2}-\\d{2}T.*")).toList())
		        .as("lines that are not one log event each").isEmpty();
		assertThat(Files.readString(dir.resolve("stderr.txt"), StandardCharsets.UTF_8)).isEmpty();
		System.out.println("Standalone jar outside demo mode: " + stdout.lines()
		        .filter(line -> line.contains("started in") || line.contains("stopped in")).toList());
	}

	@Test
	public void jar_shouldExitWith2AndOneLineForABadArgument() throws Exception {
		process = launch(Files.createTempDirectory("addonmarket-jar"), "--port", "eighty");

		assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
		assertThat(process.exitValue()).isEqualTo(2);
		assertThat(stderrLines()).containsExactly("addonmarket: --port must be a number, got \"eighty\"");
	}

	@Test
	public void jar_shouldExitWith1AndOneLineWhenTheDatabaseIsUnreachable() throws Exception {
		int closedPort = freePort();
		process = launch(Files.createTempDirectory("addonmarket-jar"), "--port", "0", "--db-url",
		    "jdbc:postgresql://127.0.0.1:" + closedPort + "/addons", "--db-user", "nobody");

		assertThat(process.waitFor(90, TimeUnit.SECONDS)).isTrue();
		assertThat(process.exitValue()).isEqualTo(1);
		List<String> errors = stderrLines();
		assertThat(errors).hasSize(1);
		assertThat(errors.get(0)).startsWith("addonmarket: cannot connect to the database jdbc:postgresql://127.0.0.1:"
		        + closedPort + "/addons");
	}

	private Process launch(Path dir, String... args) throws IOException {
		workDir = dir;
		return new ProcessBuilder(StandaloneJar.command(args)).directory(workDir.toFile())
		        .redirectOutput(workDir.resolve("stdout.txt").toFile())
		        .redirectError(workDir.resolve("stderr.txt").toFile()).start();
	}

	private List<String> stderrLines() throws IOException {
		return Files.readAllLines(workDir.resolve("stderr.txt"), StandardCharsets.UTF_8);
	}

	private String awaitStdout(String text, Duration timeout) throws IOException, InterruptedException {
		long deadline = System.nanoTime() + timeout.toNanos();
		String stdout = Files.readString(workDir.resolve("stdout.txt"), StandardCharsets.UTF_8);
		while (!stdout.contains(text) && System.nanoTime() < deadline) {
			Thread.sleep(100);
			stdout = Files.readString(workDir.resolve("stdout.txt"), StandardCharsets.UTF_8);
		}
		return stdout;
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

	/** Waits until /health says the demo data is stored. */
	private void awaitDemoData(int port, Duration timeout) throws InterruptedException {
		long deadline = System.nanoTime() + timeout.toNanos();
		String body = awaitHealth(port, timeout).body();
		while (body.contains("\"demoData\":\"loading\"") && System.nanoTime() < deadline) {
			Thread.sleep(100);
			body = awaitHealth(port, timeout).body();
		}
		assertThat(body).contains("\"demoData\":\"ready\"");
	}

	private HttpResponse<String> awaitHealth(int port, Duration timeout) throws InterruptedException {
		HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port
		        + "/ws/rest/addonmarket/v1/health")).timeout(Duration.ofSeconds(5)).build();
		long deadline = System.nanoTime() + timeout.toNanos();
		while (System.nanoTime() < deadline) {
			assertThat(process.isAlive()).as("the server process is running").isTrue();
			try {
				return client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
			}
			catch (IOException notYet) {
				Thread.sleep(100);
			}
		}
		throw new AssertionError("the server did not answer /health within " + timeout);
	}
}
