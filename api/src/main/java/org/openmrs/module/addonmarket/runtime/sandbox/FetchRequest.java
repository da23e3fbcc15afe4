package org.openmrs.module.addonmarket.runtime.sandbox;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.openmrs.module.addonmarket.error.AddonMarketException;
import org.openmrs.module.addonmarket.error.ErrorCode;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A request an add-on asks {@code ctx.http.fetch} to send, checked before anyone is asked to allow it: an absolute
 * http or https URL without user information (so that {@code https://api.example.org@evil.test/} cannot pass for
 * {@code api.example.org}), a known method, headers as names and text values.
 *
 * @param destination where it goes, exactly as the access gateway will be asked about it
 * @param method GET, HEAD, POST, PUT, PATCH or DELETE
 * @param headers header names and values
 * @param body the body, or null
 */
record FetchRequest(URI destination, String method, Map<String, String> headers, String body) {

	private static final Set<String> METHODS = Set.of("GET", "HEAD", "POST", "PUT", "PATCH", "DELETE");

	FetchRequest {
		headers = Map.copyOf(headers);
	}

	/**
	 * @param url the URL as the add-on wrote it
	 * @param method the method, any case; null for GET
	 * @param headers an object of header names to text values
	 * @param body the body, or null
	 * @return the request
	 * @throws AddonMarketException RUNTIME_EGRESS_URL_INVALID or RUNTIME_ARGUMENT_INVALID
	 */
	static FetchRequest of(String url, String method, JsonNode headers, String body) {
		String verb = method == null ? "GET" : method.toUpperCase(Locale.ROOT);
		if (!METHODS.contains(verb)) {
			throw new AddonMarketException(ErrorCode.RUNTIME_ARGUMENT_INVALID,
			        "ctx.http.fetch cannot send " + method + "; expected one of " + METHODS);
		}
		return new FetchRequest(destination(url), verb, headers(headers), body);
	}

	/**
	 * @return the URL as an absolute http(s) URI without user information
	 * @throws AddonMarketException RUNTIME_EGRESS_URL_INVALID
	 */
	static URI destination(String url) {
		URI uri;
		try {
			uri = new URI(url == null ? "" : url).normalize();
		}
		catch (URISyntaxException e) {
			throw invalidUrl(url, "it is not a URL (" + e.getReason() + ")");
		}
		String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
		if (!uri.isAbsolute() || uri.isOpaque() || uri.getHost() == null
		        || !("http".equals(scheme) || "https".equals(scheme))) {
			throw invalidUrl(url, "expected an absolute http or https URL with a host");
		}
		if (uri.getRawUserInfo() != null) {
			throw invalidUrl(url, "it has user information before the host (user@host); put credentials in a header");
		}
		return uri;
	}

	private static Map<String, String> headers(JsonNode headers) {
		if (!headers.isObject()) {
			throw new AddonMarketException(ErrorCode.RUNTIME_ARGUMENT_INVALID, "ctx.http.fetch needs headers as an object");
		}
		Map<String, String> read = new LinkedHashMap<>();
		Iterator<Map.Entry<String, JsonNode>> fields = headers.fields();
		while (fields.hasNext()) {
			Map.Entry<String, JsonNode> field = fields.next();
			if (!field.getKey().matches("[!#$%&'*+.^_`|~0-9A-Za-z-]+") || !field.getValue().isValueNode()) {
				throw new AddonMarketException(ErrorCode.RUNTIME_ARGUMENT_INVALID,
				        "Header " + field.getKey() + " must be a token with a text value");
			}
			read.put(field.getKey(), field.getValue().asText());
		}
		return read;
	}

	private static AddonMarketException invalidUrl(String url, String why) {
		String shown = url == null ? "null" : url.length() > 200 ? url.substring(0, 200) + "\u2026" : url;
		return new AddonMarketException(ErrorCode.RUNTIME_EGRESS_URL_INVALID,
		        "ctx.http.fetch cannot send to \"" + shown + "\": " + why);
	}
}
