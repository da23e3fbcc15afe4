package org.openmrs.module.addonmarket.runtime.sandbox;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A web server on 127.0.0.1 and a free port for the egress tests: {@code /allowed/hello} answers JSON,
 * {@code /allowed/echo} echoes the method, a header and the body, {@code /allowed/redirect-in} redirects to
 * {@code /allowed/hello}, {@code /allowed/redirect-out} redirects to {@code http://localhost:PORT/secret} (another
 * host name for the same server), {@code /allowed/big} answers 2 MiB. It counts the requests each path received.
 */
final class LocalServer implements AutoCloseable {

	private final HttpServer server;

	private final Map<String, AtomicInteger> hits = new ConcurrentHashMap<>();

	LocalServer() throws IOException {
		server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		server.createContext("/", this::handle);
		server.start();
	}

	/** @return the URL prefix the tests declare as egress: {@code http://127.0.0.1:PORT/allowed/} */
	String allowed() {
		return "http://127.0.0.1:" + port() + "/allowed/";
	}

	int port() {
		return server.getAddress().getPort();
	}

	/** @return how many requests reached the path */
	int hits(String path) {
		return hits.getOrDefault(path, new AtomicInteger()).get();
	}

	private void handle(HttpExchange exchange) throws IOException {
		String path = exchange.getRequestURI().getPath();
		hits.computeIfAbsent(path, p -> new AtomicInteger()).incrementAndGet();
		byte[] body = exchange.getRequestBody().readAllBytes();
		switch (path) {
			case "/allowed/hello":
				exchange.getResponseHeaders().add("Content-Type", "application/json");
				send(exchange, 200, "{\"greeting\":\"hello\"}".getBytes(StandardCharsets.UTF_8));
				break;
			case "/allowed/echo":
				send(exchange, 201, (exchange.getRequestMethod() + " " + exchange.getRequestHeaders().getFirst("X-Test")
				        + " " + new String(body, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8));
				break;
			case "/allowed/redirect-in":
				redirect(exchange, "/allowed/hello");
				break;
			case "/allowed/redirect-out":
				redirect(exchange, "http://localhost:" + port() + "/secret");
				break;
			case "/allowed/big":
				send(exchange, 200, new byte[2 * 1024 * 1024]);
				break;
			default:
				send(exchange, 200, "secret".getBytes(StandardCharsets.UTF_8));
		}
	}

	private static void redirect(HttpExchange exchange, String location) throws IOException {
		exchange.getResponseHeaders().add("Location", location);
		send(exchange, 302, new byte[0]);
	}

	private static void send(HttpExchange exchange, int status, byte[] body) throws IOException {
		exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
		try (OutputStream out = exchange.getResponseBody()) {
			out.write(body);
		}
	}

	@Override
	public void close() {
		server.stop(0);
	}
}
