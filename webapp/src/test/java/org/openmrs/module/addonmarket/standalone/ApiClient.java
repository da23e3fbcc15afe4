package org.openmrs.module.addonmarket.standalone;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.openmrs.module.addonmarket.standalone.demo.DemoAccounts;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Calls a running standalone server over real HTTP, as a browser does (a cookie jar, the CSRF token sent back in a
 * header) or as an API client does (HTTP Basic, no cookies). Every answer is recorded in {@link Exchanges}, so that a
 * test can check that no password or hash ever came back.
 */
public final class ApiClient {

	public static final String API = "/ws/rest/addonmarket/v1";

	private static final ObjectMapper MAPPER = new ObjectMapper();

	private final int port;

	private final Exchanges exchanges;

	private final CookieManager cookies;

	private final HttpClient http;

	private final String authorization;

	private String csrfToken;

	private ApiClient(int port, Exchanges exchanges, CookieManager cookies, String authorization) {
		this.port = port;
		this.exchanges = exchanges;
		this.cookies = cookies;
		this.authorization = authorization;
		HttpClient.Builder builder = HttpClient.newBuilder();
		if (cookies != null) {
			builder.cookieHandler(cookies);
		}
		this.http = builder.build();
	}

	/** @return a browser: keeps cookies, signs in with the form */
	public static ApiClient browser(int port, Exchanges exchanges) {
		return new ApiClient(port, exchanges, new CookieManager(), null);
	}

	/** @return an API client that sends these credentials with HTTP Basic on every call and keeps no cookies */
	public static ApiClient basic(int port, Exchanges exchanges, String username, String password) {
		exchanges.secret(password);
		String credentials = Base64.getEncoder()
		        .encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
		return new ApiClient(port, exchanges, null, "Basic " + credentials);
	}

	/** @return an anonymous caller with no cookies */
	public static ApiClient anonymous(int port, Exchanges exchanges) {
		return new ApiClient(port, exchanges, null, null);
	}

	/** Sends this CSRF token in {@code X-CSRF-TOKEN} with every state-changing call from now on (null: none). */
	public void useCsrfToken(String token) {
		this.csrfToken = token;
	}

	public HttpResponse<String> get(String path) {
		return send(request(path).GET());
	}

	public HttpResponse<String> post(String path, String json) {
		return send(withCsrf(request(path).header("Content-Type", "application/json")
		        .POST(json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json))));
	}

	public HttpResponse<String> put(String path, String json) {
		return send(withCsrf(request(path).header("Content-Type", "application/json")
		        .PUT(HttpRequest.BodyPublishers.ofString(json))));
	}

	public HttpResponse<String> delete(String path) {
		return send(withCsrf(request(path).DELETE()));
	}

	/** Posts raw bytes, e.g. a package as application/zip, with extra headers (name, value, name, value…). */
	public HttpResponse<String> postBytes(String path, byte[] body, String contentType, String... headers) {
		HttpRequest.Builder builder = request(path).header("Content-Type", contentType)
		        .POST(HttpRequest.BodyPublishers.ofByteArray(body));
		for (int i = 0; i + 1 < headers.length; i += 2) {
			builder.header(headers[i], headers[i + 1]);
		}
		return send(withCsrf(builder));
	}

	/** Posts multipart/form-data with these parts (name to bytes), as a browser's file upload does. */
	public HttpResponse<String> postMultipart(String path, Map<String, byte[]> parts) {
		String boundary = "----addonmarket" + System.nanoTime();
		java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
		parts.forEach((name, bytes) -> {
			body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"; filename=\""
			        + name + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
			body.writeBytes(bytes);
			body.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
		});
		body.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
		return send(withCsrf(request(path).header("Content-Type", "multipart/form-data; boundary=" + boundary)
		        .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))));
	}

	/** @return the response with its body as bytes, e.g. a package download */
	public HttpResponse<byte[]> getBytes(String path) {
		try {
			return http.send(request(path).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
		}
		catch (IOException e) {
			throw new AssertionError("HTTP call failed: " + e, e);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new AssertionError("interrupted", e);
		}
	}

	/** Posts a form, as the sign-in page does. */
	public HttpResponse<String> postForm(String path, Map<String, String> form) {
		String body = form.entrySet().stream().map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
		        .collect(Collectors.joining("&"));
		return send(withCsrf(request(path).header("Content-Type", "application/x-www-form-urlencoded")
		        .POST(HttpRequest.BodyPublishers.ofString(body))));
	}

	/**
	 * Signs in as the single-page app does: asks {@code /session} for the CSRF token, posts the form with it, and
	 * keeps the new token that the sign-in answers with.
	 *
	 * @return the sign-in answer
	 */
	public HttpResponse<String> signIn(String username, String password) {
		exchanges.secret(password);
		useCsrfToken(get(API + "/session").headers().firstValue("X-CSRF-TOKEN").orElse(null));
		HttpResponse<String> answer = postForm("/login", Map.of("username", username, "password", password));
		answer.headers().firstValue("X-CSRF-TOKEN").ifPresent(this::useCsrfToken);
		return answer;
	}

	/** @return the session id in the cookie jar, if any */
	public Optional<String> sessionId() {
		return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("JSESSIONID"))
		        .map(HttpCookie::getValue).findFirst();
	}

	/** @return the status code of a response */
	public static int status(HttpResponse<String> response) {
		return response.statusCode();
	}

	/** @return the body as JSON */
	public static JsonNode json(HttpResponse<String> response) {
		try {
			return MAPPER.readTree(response.body());
		}
		catch (IOException e) {
			throw new AssertionError("not JSON: " + response.body(), e);
		}
	}

	/** @return the error code of an error answer, e.g. ADDON-0002 */
	public static String errorCode(HttpResponse<String> response) {
		return json(response).path("error").path("code").asText();
	}

	private HttpRequest.Builder request(String path) {
		HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
		if (authorization != null) {
			builder.header("Authorization", authorization);
		}
		return builder;
	}

	private HttpRequest.Builder withCsrf(HttpRequest.Builder builder) {
		return csrfToken == null ? builder : builder.header("X-CSRF-TOKEN", csrfToken);
	}

	private HttpResponse<String> send(HttpRequest.Builder builder) {
		try {
			HttpResponse<String> response = http.send(builder.build(),
			    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
			exchanges.answered(response);
			return response;
		}
		catch (IOException e) {
			throw new AssertionError("HTTP call failed: " + e, e);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new AssertionError("interrupted", e);
		}
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

	/** Every answer a test received, and the passwords it sent, to check that none came back. */
	public static final class Exchanges {

		private final List<HttpResponse<String>> answers = new ArrayList<>();

		/** The demo accounts' password is always looked for. */
		private final Set<String> secrets = new LinkedHashSet<>(Set.of(DemoAccounts.PASSWORD));

		/** Remembers a password the test sent; returns it for use in a request body. */
		public String secret(String password) {
			secrets.add(password);
			return password;
		}

		void answered(HttpResponse<String> response) {
			answers.add(response);
		}

		/** Fails when any answer, body or header, held a password sent, a password hash or a password field. */
		public void assertNoPasswordAnswered() {
			for (HttpResponse<String> answer : answers) {
				String seen = answer.body() + answer.headers().map();
				assertThat(seen).as("answer of " + answer.request().method() + " " + answer.request().uri())
				        .doesNotContain(secrets).doesNotContain("{bcrypt}", "$2a$", "$2b$", "\"password\":",
				            "passwordHash");
			}
		}
	}
}
