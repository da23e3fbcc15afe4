package org.openmrs.module.addonmarket.runtime.sandbox;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.openmrs.module.addonmarket.error.AddonMarketException;
import org.openmrs.module.addonmarket.error.ErrorCode;
import org.openmrs.module.addonmarket.runtime.DataPort;
import org.openmrs.module.addonmarket.runtime.RuntimeCall;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Sends what {@code ctx.http.fetch} asks, after the access gateway allowed it: the JDK HTTP client, never following a
 * redirect by itself. A redirect is followed only when the gateway also allows its target, at most
 * {@value #MAX_REDIRECTS} times; the response is read up to {@code addonmarket.runtime.maxEgressResponseBytes} and
 * no further; every request ends by the run's deadline.
 */
final class Egress {

	static final int MAX_REDIRECTS = 5;

	private static final Duration MAX_CONNECT = Duration.ofSeconds(5);

	private static final Set<Integer> REDIRECTS = Set.of(301, 302, 303, 307, 308);

	private static final Set<String> CREDENTIAL_HEADERS = Set.of("authorization", "cookie", "proxy-authorization");

	private static final Set<String> RESTRICTED_HEADERS = Set.of("connection", "content-length", "expect", "host",
	    "upgrade");

	private final HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
	        .connectTimeout(MAX_CONNECT).build();

	private final ObjectMapper json;

	Egress(ObjectMapper json) {
		this.json = json;
	}

	/**
	 * @return {status, headers, body}: the headers with lower-case names (the first value of each), the body as text
	 * @throws AddonMarketException the gateway's refusal; RUNTIME_EGRESS_FAILED, RUNTIME_EGRESS_TOO_MANY_REDIRECTS;
	 *             RUNTIME_EGRESS_RESPONSE_TOO_LARGE
	 */
	ObjectNode fetch(FetchRequest request, RuntimeCall call, DataPort port, SandboxLimits limits, RunGuard guard) {
		FetchRequest current = request;
		for (int hop = 0; hop <= MAX_REDIRECTS; hop++) {
			byte[] body = current.body() == null ? new byte[0] : current.body().getBytes(StandardCharsets.UTF_8);
			port.egress(call, current.destination(), current.method(), body.length);
			HttpResponse<InputStream> response = send(current, body, guard);
			String location = response.headers().firstValue("location").orElse(null);
			if (!REDIRECTS.contains(response.statusCode()) || location == null) {
				return answer(response, limits);
			}
			close(response);
			current = redirected(current, response.statusCode(), location);
		}
		throw new AddonMarketException(ErrorCode.RUNTIME_EGRESS_TOO_MANY_REDIRECTS,
		        "ctx.http.fetch gave up after " + MAX_REDIRECTS + " redirects from " + request.destination());
	}

	private HttpResponse<InputStream> send(FetchRequest request, byte[] body, RunGuard guard) {
		long nanosLeft = guard.nanosLeft();
		if (nanosLeft <= 0) {
			throw failed(request.destination(), "the run has no time left");
		}
		HttpRequest.Builder builder = HttpRequest.newBuilder(request.destination()).timeout(Duration.ofNanos(nanosLeft))
		        .method(request.method(), body.length == 0 && !hasBody(request.method())
		                ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
		for (Map.Entry<String, String> header : request.headers().entrySet()) {
			if (!RESTRICTED_HEADERS.contains(header.getKey().toLowerCase(Locale.ROOT))) {
				builder.header(header.getKey(), header.getValue());
			}
		}
		try {
			return client.send(builder.build(), HttpResponse.BodyHandlers.ofInputStream());
		}
		catch (IOException | IllegalArgumentException e) {
			throw failed(request.destination(), e.getClass().getSimpleName() + ": " + e.getMessage());
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw failed(request.destination(), "interrupted");
		}
	}

	private ObjectNode answer(HttpResponse<InputStream> response, SandboxLimits limits) {
		ObjectNode answer = json.createObjectNode();
		answer.put("status", response.statusCode());
		ObjectNode headers = answer.putObject("headers");
		response.headers().map().forEach((name, values) -> {
			if (!values.isEmpty() && !name.startsWith(":")) {
				headers.put(name.toLowerCase(Locale.ROOT), values.get(0));
			}
		});
		answer.put("body", new String(readAtMost(response, limits.maxEgressResponseBytes()), StandardCharsets.UTF_8));
		return answer;
	}

	private static byte[] readAtMost(HttpResponse<InputStream> response, long maxBytes) {
		URI from = response.uri();
		try (InputStream in = response.body()) {
			byte[] read = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
			if (read.length > maxBytes) {
				throw new AddonMarketException(ErrorCode.RUNTIME_EGRESS_RESPONSE_TOO_LARGE, "stopped: the response of "
				        + from + " is larger than the " + maxBytes
				        + " bytes addonmarket.runtime.maxEgressResponseBytes allows");
			}
			return read;
		}
		catch (IOException e) {
			throw failed(from, "reading the response failed: " + e.getMessage());
		}
	}

	private static FetchRequest redirected(FetchRequest from, int status, String location) {
		URI target;
		try {
			target = FetchRequest.destination(from.destination().resolve(location).toString());
		}
		catch (IllegalArgumentException e) {
			throw failed(from.destination(), "it redirected to an unreadable location " + location);
		}
		boolean keepsMethod = status == 307 || status == 308 || "GET".equals(from.method())
		        || "HEAD".equals(from.method());
		Map<String, String> headers = sameOrigin(from.destination(), target) ? from.headers() : withoutCredentials(
		    from.headers());
		return keepsMethod ? new FetchRequest(target, from.method(), headers, from.body())
		        : new FetchRequest(target, "GET", headers, null);
	}

	private static boolean sameOrigin(URI a, URI b) {
		return a.getScheme().equalsIgnoreCase(b.getScheme()) && a.getHost().equalsIgnoreCase(b.getHost())
		        && a.getPort() == b.getPort();
	}

	/** As browsers do: credentials meant for one origin are not sent on to another. */
	private static Map<String, String> withoutCredentials(Map<String, String> headers) {
		Map<String, String> kept = new LinkedHashMap<>(headers);
		kept.keySet().removeIf(name -> CREDENTIAL_HEADERS.contains(name.toLowerCase(Locale.ROOT)));
		return kept;
	}

	private static boolean hasBody(String method) {
		return "POST".equals(method) || "PUT".equals(method) || "PATCH".equals(method);
	}

	private static void close(HttpResponse<InputStream> response) {
		try {
			response.body().close();
		}
		catch (IOException ignored) {
			// the connection is dropped either way
		}
	}

	private static AddonMarketException failed(URI destination, String why) {
		return new AddonMarketException(ErrorCode.RUNTIME_EGRESS_FAILED,
		        "ctx.http.fetch to " + destination + " failed: " + why);
	}
}
