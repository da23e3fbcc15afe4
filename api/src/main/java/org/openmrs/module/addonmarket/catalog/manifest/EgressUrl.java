package org.openmrs.module.addonmarket.catalog.manifest;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * What an egress URL may be. It is the prefix the access gateway matches each outgoing request against, so it is
 * kept plain: https (http only to the machine itself), a host, an optional port and path; no user information, which
 * would put credentials in the manifest; no query or fragment, which make no sense in a prefix; no dot segments,
 * which would let a request escape the path by normalisation.
 */
final class EgressUrl {

	private static final Set<String> LOOPBACK_HOSTS = Set.of("localhost", "127.0.0.1", "[::1]");

	static final String EXPECTED = "expected an https URL such as https://api.example.org/fhir/ "
	        + "(http only to localhost, 127.0.0.1 or [::1])";

	private EgressUrl() {
	}

	/**
	 * @param url the URL as written
	 * @return what is wrong with it, or empty when it is allowed
	 */
	static Optional<String> problem(String url) {
		if (!url.chars().allMatch(c -> c > 0x20 && c < 0x7f)) {
			return Optional.of("contains spaces, control or non-ASCII characters; percent-encode them; " + EXPECTED);
		}
		URI uri;
		try {
			uri = new URI(url);
		}
		catch (URISyntaxException e) {
			return Optional.of("is not a URL (" + e.getReason() + "); " + EXPECTED);
		}
		if (!uri.isAbsolute() || uri.isOpaque() || uri.getHost() == null) {
			return Optional.of("is not an absolute URL with a host; " + EXPECTED);
		}
		return schemeProblem(uri).or(() -> partProblem(uri));
	}

	private static Optional<String> schemeProblem(URI uri) {
		String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
		String host = uri.getHost().toLowerCase(Locale.ROOT);
		if ("https".equals(scheme) || "http".equals(scheme) && LOOPBACK_HOSTS.contains(host)) {
			return Optional.empty();
		}
		if ("http".equals(scheme)) {
			return Optional.of("uses http to " + host + "; data leaving the EHR must be encrypted; " + EXPECTED);
		}
		return Optional.of("uses the scheme " + scheme + "; " + EXPECTED);
	}

	private static Optional<String> partProblem(URI uri) {
		if (uri.getRawUserInfo() != null) {
			return Optional.of("contains user information (user:password@); put credentials in the add-on's "
			        + "configuration, never in the manifest; " + EXPECTED);
		}
		if (uri.getRawQuery() != null) {
			return Optional.of("contains a query (?...); an egress URL is a prefix; " + EXPECTED);
		}
		if (uri.getRawFragment() != null) {
			return Optional.of("contains a fragment (#...); an egress URL is a prefix; " + EXPECTED);
		}
		String path = uri.getRawPath() == null ? "" : uri.getRawPath();
		for (String segment : path.split("/", -1)) {
			if (".".equals(segment) || "..".equals(segment)) {
				return Optional.of("contains a . or .. path segment; " + EXPECTED);
			}
		}
		return Optional.empty();
	}
}
