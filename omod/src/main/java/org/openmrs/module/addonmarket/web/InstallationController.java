package org.openmrs.module.addonmarket.web;

import java.util.List;
import java.util.Locale;

import org.openmrs.module.addonmarket.error.AddonMarketException;
import org.openmrs.module.addonmarket.error.ErrorCode;
import org.openmrs.module.addonmarket.grant.GrantRequest;
import org.openmrs.module.addonmarket.grant.GrantService;
import org.openmrs.module.addonmarket.host.ModuleClock;
import org.openmrs.module.addonmarket.install.Installation;
import org.openmrs.module.addonmarket.install.InstallationService;
import org.openmrs.module.addonmarket.install.InstallationState;
import org.openmrs.module.addonmarket.web.InstallationBodies.ApprovalBody;
import org.openmrs.module.addonmarket.web.InstallationBodies.Approve;
import org.openmrs.module.addonmarket.web.InstallationBodies.ConfigurationBody;
import org.openmrs.module.addonmarket.web.InstallationBodies.DiffBody;
import org.openmrs.module.addonmarket.web.InstallationBodies.GrantBody;
import org.openmrs.module.addonmarket.web.InstallationBodies.Install;
import org.openmrs.module.addonmarket.web.InstallationBodies.InstallationBody;
import org.openmrs.module.addonmarket.web.InstallationBodies.Rationale;
import org.openmrs.module.addonmarket.web.InstallationBodies.Reason;
import org.openmrs.module.addonmarket.web.InstallationBodies.Upgrade;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Installations, their lifecycle, grants, upgrades and configuration: {@code /installations}, the approval
 * queue {@code /approvals} and the kill switch {@code POST /addons/{id}/suspend}.
 */
@Controller
@RequestMapping(ApiPaths.BASE)
public class InstallationController {

	private final InstallationService installations;

	private final GrantService grants;

	private final ModuleClock clock;

	private final ApiJson json;

	public InstallationController(InstallationService installations, GrantService grants, ModuleClock clock,
	    ApiJson json) {
		this.installations = installations;
		this.grants = grants;
		this.clock = clock;
		this.json = json;
	}

	@PostMapping("/installations")
	public ResponseEntity<String> install(@RequestBody(required = false) String body) {
		Install request = json.read(body, Install.class);
		Installation installed = installations.install(request.addonId(), request.version(),
		    request.audience() == null ? null : request.audience().toAudience());
		return json.created(body(installed));
	}

	@GetMapping("/installations")
	public ResponseEntity<String> list(@RequestParam(name = "state", required = false) String state,
	        @RequestParam(name = "addonId", required = false) String addonId) {
		List<InstallationBody> found = installations.getInstallations(state(state), addonId).stream().map(this::body)
		        .toList();
		return json.ok(ListBody.of(found));
	}

	@GetMapping("/installations/{uuid}")
	public ResponseEntity<String> get(@PathVariable("uuid") String uuid) {
		return json.ok(body(installations.getInstallation(uuid).orElseThrow(() -> new AddonMarketException(
		    ErrorCode.INSTALLATION_NOT_FOUND, "No installation " + uuid, "uuid"))));
	}

	@GetMapping("/approvals")
	public ResponseEntity<String> queue() {
		return json.ok(ListBody.of(grants.getApprovalQueue().stream()
		        .map(r -> ApprovalBody.of(r, grant(r.installation().getUuid()))).toList()));
	}

	@PostMapping("/installations/{uuid}/grants")
	public ResponseEntity<String> approve(@PathVariable("uuid") String uuid, @RequestBody(required = false) String body) {
		Approve request = json.read(body, Approve.class);
		grants.approve(uuid, new GrantRequest(request.scopes(), request.sensitiveScopes(), request.egress(),
		        request.expiresAt(), request.rationale(), request.lockVersion()));
		return json.created(body(installation(uuid)));
	}

	@GetMapping("/installations/{uuid}/grants")
	public ResponseEntity<String> grantHistory(@PathVariable("uuid") String uuid) {
		return json.ok(ListBody.of(grants.getGrantHistory(uuid).stream().map(g -> GrantBody.of(g, clock.now()))
		        .toList()));
	}

	@PostMapping("/installations/{uuid}/deny")
	public ResponseEntity<String> deny(@PathVariable("uuid") String uuid, @RequestBody(required = false) String body) {
		return json.ok(body(grants.deny(uuid, json.read(body, Rationale.class).rationale())));
	}

	@PostMapping("/installations/{uuid}/revoke")
	public ResponseEntity<String> revoke(@PathVariable("uuid") String uuid, @RequestBody(required = false) String body) {
		grants.revoke(uuid, json.read(body, Rationale.class).rationale());
		return json.ok(body(installation(uuid)));
	}

	@PostMapping("/installations/{uuid}/{action:suspend|resume|disable|enable|uninstall|rollback}")
	public ResponseEntity<String> lifecycle(@PathVariable("uuid") String uuid, @PathVariable("action") String action,
	        @RequestBody(required = false) String body) {
		Installation changed;
		switch (action) {
			case "suspend":
				changed = installations.suspend(uuid, json.read(body, Reason.class).reason());
				break;
			case "resume":
				changed = installations.resume(uuid);
				break;
			case "disable":
				changed = installations.disable(uuid);
				break;
			case "enable":
				changed = installations.enable(uuid);
				break;
			case "uninstall":
				changed = installations.uninstall(uuid);
				break;
			default:
				changed = installations.rollback(uuid);
		}
		return json.ok(body(changed));
	}

	@PostMapping("/addons/{id}/suspend")
	public ResponseEntity<String> killSwitch(@PathVariable("id") String addonId,
	        @RequestBody(required = false) String body) {
		List<Installation> suspended = installations.suspendAll(addonId, json.read(body, Reason.class).reason());
		return json.ok(ListBody.of(suspended.stream().map(this::body).toList()));
	}

	@GetMapping("/installations/{uuid}/diff")
	public ResponseEntity<String> diff(@PathVariable("uuid") String uuid, @RequestParam("to") String toVersion) {
		return json.ok(DiffBody.of(installations.diff(uuid, toVersion)));
	}

	@PostMapping("/installations/{uuid}/upgrade")
	public ResponseEntity<String> upgrade(@PathVariable("uuid") String uuid, @RequestBody(required = false) String body) {
		return json.ok(body(installations.upgrade(uuid, json.read(body, Upgrade.class).version())));
	}

	@GetMapping("/installations/{uuid}/configuration")
	public ResponseEntity<String> configuration(@PathVariable("uuid") String uuid) {
		return installations.getConfiguration(uuid).map(c -> json.ok(ConfigurationBody.of(c, json)))
		        .orElseGet(() -> json.ok(java.util.Map.of("number", 0, "configuration", java.util.Map.of())));
	}

	@PutMapping("/installations/{uuid}/configuration")
	public ResponseEntity<String> configure(@PathVariable("uuid") String uuid,
	        @RequestBody(required = false) String body) {
		return json.ok(ConfigurationBody.of(installations.configure(uuid, body), json));
	}

	@GetMapping("/installations/{uuid}/configuration/history")
	public ResponseEntity<String> configurationHistory(@PathVariable("uuid") String uuid) {
		return json.ok(ListBody.of(installations.getConfigurationHistory(uuid).stream()
		        .map(c -> ConfigurationBody.of(c, json)).toList()));
	}

	private Installation installation(String uuid) {
		return installations.getInstallation(uuid).orElseThrow(() -> new AddonMarketException(
		        ErrorCode.INSTALLATION_NOT_FOUND, "No installation " + uuid, "uuid"));
	}

	private InstallationBody body(Installation installation) {
		return InstallationBody.of(installation, grant(installation.getUuid()));
	}

	private GrantBody grant(String installationUuid) {
		return grants.getCurrentGrant(installationUuid).map(g -> GrantBody.of(g, clock.now())).orElse(null);
	}

	private static InstallationState state(String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return InstallationState.valueOf(value.trim().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException e) {
			throw new AddonMarketException(ErrorCode.BAD_PARAMETER, "state must be one of "
			        + java.util.Arrays.toString(InstallationState.values()) + ", got \"" + value + "\"", "state", e);
		}
	}
}
