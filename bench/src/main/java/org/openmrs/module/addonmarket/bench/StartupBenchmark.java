package org.openmrs.module.addonmarket.bench;

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
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The standalone server's start-up: the built jar launched in a fresh data directory (so the first start migrates
 * the schema and makes the demo data: users, 1,000 synthetic patients, the example add-ons), timed from launch to
 * the first healthy answer of {@code GET /ws/rest/addonmarket/v1/health}, then its resident memory and used heap;
 * then a restart on the same data (what an operator sees every day).
 */
final class StartupBenchmark {

	private static final String SECTION = "Standalone server";

	private static final Pattern HEAP_USED = Pattern.compile("used (\\d+)K");

	private final BenchConfig config;

	private final Report report;

	StartupBenchmark(BenchConfig config, Report report) {
		this.config = config;
		this.report = report;
	}

	void run() throws IOException, InterruptedException {
		Path jar = config.standaloneJar();
		if (!Files.isRegularFile(jar)) {
			throw new IllegalStateException("No standalone server at " + jar + ": build the webapp module first");
		}
		Path dataDir = Files.createTempDirectory("addonmarket-bench-data");
		start(jar, dataDir, "fresh data directory (schema, demo data)", true);
		start(jar, dataDir, "restart on the same data", false);
	}

	private void start(Path jar, Path dataDir, String what, boolean memory) throws IOException, InterruptedException {
		int port = freePort();
		Path log = dataDir.resolveSibling(dataDir.getFileName() + "-" + port + ".log");
		String java = ProcessHandle.current().info().command().orElse("java");
		long launched = System.nanoTime();
		Process server = new ProcessBuilder(List.of(java, "-jar", jar.toString(), "--port", String.valueOf(port),
		    "--data-dir", dataDir.toString())).redirectErrorStream(true).redirectOutput(log.toFile()).start();
		try {
			waitHealthy(server, port, log);
			double seconds = (System.nanoTime() - launched) / 1e9;
			report.add(Figure.of(SECTION, "start to healthy, " + what, "H2", seconds, "s"));
			if (memory) {
				report.add(Figure.of(SECTION, "resident memory after start", "H2", rssKiB(server.pid()) / 1024.0, "MiB"));
				long heap = heapUsedKiB(server.pid());
				if (heap >= 0) {
					report.add(Figure.of(SECTION, "heap used after start (jcmd GC.heap_info)", "H2", heap / 1024.0,
					    "MiB"));
				}
			}
		}
		finally {
			server.destroy();
			if (!server.waitFor(60, TimeUnit.SECONDS)) {
				server.destroyForcibly().waitFor();
			}
		}
	}

	private static void waitHealthy(Process server, int port, Path log) throws IOException, InterruptedException {
		HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
		HttpRequest health = HttpRequest.newBuilder(URI.create("http://localhost:" + port
		        + "/ws/rest/addonmarket/v1/health")).timeout(Duration.ofSeconds(5)).build();
		long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(5);
		while (System.nanoTime() < deadline) {
			if (!server.isAlive()) {
				throw new IllegalStateException("The standalone server exited with " + server.exitValue() + ": "
				        + Files.readString(log, StandardCharsets.UTF_8));
			}
			try {
				HttpResponse<String> answer = client.send(health, HttpResponse.BodyHandlers.ofString());
				if (answer.statusCode() == 200 && answer.body().contains("\"UP\"")) {
					return;
				}
			}
			catch (IOException notYet) {
				// not listening yet
			}
			Thread.sleep(50);
		}
		throw new IllegalStateException("The standalone server was not healthy within 5 minutes; see " + log);
	}

	private static long rssKiB(long pid) throws IOException {
		for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
			if (line.startsWith("VmRSS:")) {
				return Long.parseLong(line.replaceAll("\\D", ""));
			}
		}
		return -1;
	}

	/** @return the heap in use as jcmd reports it, or -1 when jcmd is not at hand */
	private static long heapUsedKiB(long pid) throws InterruptedException {
		Path jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd");
		try {
			Process process = new ProcessBuilder(jcmd.toString(), String.valueOf(pid), "GC.heap_info")
			        .redirectErrorStream(true).start();
			String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
			process.waitFor(30, TimeUnit.SECONDS);
			Matcher used = HEAP_USED.matcher(out);
			return used.find() ? Long.parseLong(used.group(1)) : -1;
		}
		catch (IOException noJcmd) {
			return -1;
		}
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}
}
