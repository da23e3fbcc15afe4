package org.openmrs.module.addonmarket.access.decision;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/**
 * Whether a URL lies under an approved egress destination: same scheme, host and port, and a path that is the
 * approved path or continues it at a {@code /}. So {@code https://api.example.org/} approves
 * {@code https://api.example.org/x} but never {@code https://api.example.org.evil.test/}, and
 * {@code https://api.example.org/v1} approves {@code https://api.example.org/v1/x} but not
 * {@code https://api.example.org/v10}. A URL with user information, dot segments or an encoded dot, slash or
 * backslash in its path is never approved: such paths mean different things to different servers.
 */
public final class EgressApproval {

	private EgressApproval() {
	}

	/**
	 * @param approved an approved destination, e.g. {@code https://api.example.org/}
	 * @param destination where the add-on wants to send a request
	 * @return true if {@code destination} lies under {@code approved}
	 */
	public static boolean approves(String approved, URI destination) {
		URI base;
		try {
			base = new URI(approved);
		}
		catch (URISyntaxException e) {
			return false;
		}
		if (destination == null || base.isOpaque() || destination.isOpaque() || destination.getRawUserInfo() != null
		        || base.getHost() == null || destination.getHost() == null || !sameOrigin(base, destination)) {
			return false;
		}
		String path = pathOf(destination);
		if (ambiguous(path)) {
			return false;
		}
		String basePath = pathOf(base);
		return path.equals(basePath) || path.startsWith(basePath.endsWith("/") ? basePath : basePath + "/");
	}

	/**
	 * @param destination a URL
	 * @return the URL without its query and fragment, as the audit log and decisions write it: data an add-on puts
	 *         in a query string is not copied into the log
	 */
	public static String withoutQuery(URI destination) {
		if (destination == null) {
			return null;
		}
		String text = destination.toString();
		int cut = text.length();
		for (char mark : new char[] { '?', '#' }) {
			int at = text.indexOf(mark);
			if (at >= 0 && at < cut) {
				cut = at;
			}
		}
		return text.substring(0, cut);
	}

	private static boolean sameOrigin(URI base, URI destination) {
		return base.getScheme() != null && base.getScheme().equalsIgnoreCase(destination.getScheme())
		        && base.getHost().equalsIgnoreCase(destination.getHost()) && port(base) == port(destination);
	}

	private static int port(URI uri) {
		if (uri.getPort() != -1) {
			return uri.getPort();
		}
		return "http".equalsIgnoreCase(uri.getScheme()) ? 80 : 443;
	}

	private static String pathOf(URI uri) {
		String path = uri.getRawPath();
		return path == null || path.isEmpty() ? "/" : path;
	}

	private static boolean ambiguous(String path) {
		String lower = path.toLowerCase(Locale.ROOT);
		if (lower.contains("%2e") || lower.contains("%2f") || lower.contains("%5c") || lower.contains("\\")) {
			return true;
		}
		for (String segment : path.split("/", -1)) {
			if (segment.equals(".") || segment.equals("..")) {
				return true;
			}
		}
		return false;
	}
}
