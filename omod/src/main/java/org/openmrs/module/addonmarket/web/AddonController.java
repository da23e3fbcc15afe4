package org.openmrs.module.addonmarket.web;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import javax.servlet.http.HttpServletRequest;

import org.openmrs.module.addonmarket.catalog.Addon;
import org.openmrs.module.addonmarket.catalog.AddonSearch;
import org.openmrs.module.addonmarket.catalog.AddonStatus;
import org.openmrs.module.addonmarket.catalog.AddonVersion;
import org.openmrs.module.addonmarket.catalog.CatalogService;
import org.openmrs.module.addonmarket.error.AddonMarketException;
import org.openmrs.module.addonmarket.error.ErrorCode;
import org.openmrs.module.addonmarket.host.HostSettings;
import org.openmrs.module.addonmarket.host.Setting;
import org.openmrs.module.addonmarket.web.CatalogBodies.AddonDetail;
import org.openmrs.module.addonmarket.web.CatalogBodies.AddonSummary;
import org.openmrs.module.addonmarket.web.CatalogBodies.Reason;
import org.openmrs.module.addonmarket.web.CatalogBodies.VersionDetail;
import org.openmrs.module.addonmarket.web.CatalogBodies.VersionSummary;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;

/**
 * The catalog: {@code POST /packages} to publish, {@code /addons} to find, read, download, withdraw and block.
 */
@Controller
@RequestMapping(ApiPaths.BASE)
public class AddonController {

	private final CatalogService catalog;

	private final HostSettings settings;

	private final ApiJson json;

	public AddonController(CatalogService catalog, HostSettings settings, ApiJson json) {
		this.catalog = catalog;
		this.settings = settings;
		this.json = json;
	}

	@PostMapping("/packages")
	public ResponseEntity<String> publish(HttpServletRequest request) throws IOException {
		PackageUpload upload = PackageUpload.from(request, Setting.PACKAGE_MAX_BYTES.longValue(settings));
		AddonVersion published = catalog.publish(upload.pkg(), upload.signature());
		return json.created(versionDetail(published));
	}

	@GetMapping("/addons")
	public ResponseEntity<String> search(@RequestParam Map<String, String> query) {
		AddonSearch search = AddonSearch.builder().text(query.get("q")).category(query.get("category"))
		        .publisher(query.get("publisher")).status(status(query.get("status")))
		        .page(QueryParams.integer(query, "page", 0)).size(QueryParams.integer(query, "size", 50)).build();
		return json.ok(ListBody.of(catalog.searchAddons(search).map(AddonSummary::of)));
	}

	@GetMapping("/addons/{id}")
	public ResponseEntity<String> get(@PathVariable("id") String id) {
		Addon addon = catalog.getAddon(id)
		        .orElseThrow(() -> new AddonMarketException(ErrorCode.ADDON_NOT_FOUND, "No add-on " + id, "id"));
		List<AddonVersion> versions = catalog.getVersions(id);
		AddonVersion latest = catalog.getVersion(id, addon.getLatestVersion()).orElseThrow();
		return json.ok(new AddonDetail(AddonSummary.of(addon),
		        versions.stream().map(VersionSummary::of).collect(Collectors.toList()), versionDetail(latest)));
	}

	@GetMapping("/addons/{id}/versions/{version}")
	public ResponseEntity<String> version(@PathVariable("id") String id, @PathVariable("version") String version) {
		return json.ok(versionDetail(found(id, version)));
	}

	@GetMapping("/addons/{id}/versions/{version}/package")
	public ResponseEntity<byte[]> download(@PathVariable("id") String id, @PathVariable("version") String version) {
		AddonVersion found = found(id, version);
		byte[] bytes = catalog.getPackage(id, version);
		HttpHeaders headers = new HttpHeaders();
		headers.setContentType(MediaType.parseMediaType("application/zip"));
		headers.setContentDisposition(ContentDisposition.attachment().filename(id + "-" + version + ".zip").build());
		headers.set("X-Content-SHA256", found.getSha256());
		return ResponseEntity.ok().headers(headers).body(bytes);
	}

	@PostMapping("/addons/{id}/versions/{version}/withdraw")
	public ResponseEntity<String> withdraw(@PathVariable("id") String id, @PathVariable("version") String version,
	        @RequestBody(required = false) String body) {
		Reason reason = json.read(body, Reason.class);
		return json.ok(VersionSummary.of(catalog.withdrawVersion(id, version, reason.reason())));
	}

	@PostMapping("/addons/{id}/block")
	public ResponseEntity<String> block(@PathVariable("id") String id, @RequestBody(required = false) String body) {
		Reason reason = json.read(body, Reason.class);
		return json.ok(AddonSummary.of(catalog.blockAddon(id, reason.reason())));
	}

	@PostMapping("/addons/{id}/unblock")
	public ResponseEntity<String> unblock(@PathVariable("id") String id) {
		return json.ok(AddonSummary.of(catalog.unblockAddon(id)));
	}

	private AddonVersion found(String id, String version) {
		return catalog.getVersion(id, version).orElseThrow(() -> new AddonMarketException(
		        ErrorCode.VERSION_NOT_FOUND, "No version " + version + " of add-on " + id, "version"));
	}

	private VersionDetail versionDetail(AddonVersion version) {
		var manifest = catalog.getManifest(version);
		JsonNode schema = null;
		if (manifest.configuration() != null) {
			try {
				schema = json.mapper().readTree(manifest.configuration());
			}
			catch (JsonProcessingException e) {
				throw new AddonMarketException(ErrorCode.INTERNAL, "A stored configuration schema is unreadable", null, e);
			}
		}
		return VersionDetail.of(version, manifest, schema);
	}

	private static AddonStatus status(String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return AddonStatus.valueOf(value.trim().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException e) {
			throw new AddonMarketException(ErrorCode.BAD_PARAMETER,
			        "status must be LISTED or BLOCKED, got \"" + value + "\"", "status");
		}
	}
}
