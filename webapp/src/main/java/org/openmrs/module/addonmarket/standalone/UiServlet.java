package org.openmrs.module.addonmarket.standalone;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.Locale;
import java.util.Map;

import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/**
 * Serves the web UI (the ui module's build, on the class path under {@value #ROOT}) at {@code /}: its files as they
 * are, and {@code index.html} for every other path without a file extension, so that a client-side route such as
 * {@code /catalog} opens the app. Everything under {@code /ws} is the dispatcher's, and {@code POST /login} and
 * {@code /logout} are answered by the security filters before a request gets here.
 */
final class UiServlet extends HttpServlet {

	static final String ROOT = "addonmarket-ui";

	private static final long serialVersionUID = 1L;

	private static final String INDEX = "index.html";

	/** Tomcat's embedded context has no MIME table of its own; these are every type the build produces. */
	private static final Map<String, String> TYPES = Map.ofEntries(Map.entry("html", "text/html;charset=UTF-8"),
	    Map.entry("js", "text/javascript;charset=UTF-8"), Map.entry("css", "text/css;charset=UTF-8"),
	    Map.entry("json", "application/json"), Map.entry("svg", "image/svg+xml"), Map.entry("png", "image/png"),
	    Map.entry("ico", "image/x-icon"), Map.entry("woff2", "font/woff2"), Map.entry("woff", "font/woff"),
	    Map.entry("txt", "text/plain;charset=UTF-8"), Map.entry("map", "application/json"));

	/**
	 * What the page may load: only this server's own files and API. Carbon sets style attributes, hence the inline
	 * styles; no inline or foreign script runs.
	 */
	static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self' "
	        + "'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; connect-src 'self'; object-src 'none'; "
	        + "base-uri 'self'; form-action 'self'; frame-ancestors 'self'";

	@Override
	protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
		String path = request.getPathInfo() == null ? request.getServletPath() : request.getServletPath()
		        + request.getPathInfo();
		String file = fileOf(path);
		if (file == null) {
			response.sendError(HttpServletResponse.SC_NOT_FOUND);
			return;
		}
		URL resource = UiServlet.class.getClassLoader().getResource(ROOT + "/" + file);
		if (resource == null) {
			response.sendError(HttpServletResponse.SC_NOT_FOUND, INDEX.equals(file)
			        ? "The web UI is not part of this build (it was built with -Daddonmarket.ui.skip)" : null);
			return;
		}
		String extension = file.substring(file.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
		response.setContentType(TYPES.getOrDefault(extension, "application/octet-stream"));
		response.setHeader("X-Content-Type-Options", "nosniff");
		if (file.startsWith("assets/")) {
			// The build names every asset by its content hash: a changed file is a new name.
			response.setHeader("Cache-Control", "public, max-age=31536000, immutable");
		}
		else {
			response.setHeader("Cache-Control", "no-cache");
			response.setHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY);
		}
		try (InputStream in = resource.openStream()) {
			in.transferTo(response.getOutputStream());
		}
	}

	/**
	 * @param path the request path, e.g. {@code /assets/index-1a2b.js}
	 * @return the file under {@value #ROOT} that answers it: the path itself when its last segment has an extension,
	 *         else {@code index.html}; null for a path that climbs out ({@code ..}) or names a hidden file
	 */
	static String fileOf(String path) {
		String relative = path == null ? "" : path.replaceFirst("^/+", "");
		for (String segment : relative.split("/")) {
			if (segment.startsWith(".") || segment.contains("\\")) {
				return null;
			}
		}
		String last = relative.substring(relative.lastIndexOf('/') + 1);
		return relative.isEmpty() || !last.contains(".") ? INDEX : relative;
	}
}
