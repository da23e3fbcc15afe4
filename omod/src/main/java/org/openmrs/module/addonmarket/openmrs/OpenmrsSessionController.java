package org.openmrs.module.addonmarket.openmrs;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import org.openmrs.module.addonmarket.Privileges;
import org.openmrs.module.addonmarket.error.ErrorCode;
import org.openmrs.module.addonmarket.host.Actor;
import org.openmrs.module.addonmarket.host.HostIdentity;
import org.openmrs.module.addonmarket.web.ApiErrors;
import org.openmrs.module.addonmarket.web.ApiJson;
import org.openmrs.module.addonmarket.web.ApiPaths;
import org.openmrs.module.addonmarket.web.SessionBody;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * {@code GET /session} inside OpenMRS: the signed-in user and which of the module's privileges they hold, in the
 * shape of the standalone server's {@code /session}, so that the web UI asks one question on both hosts. Users sign
 * in on OpenMRS's own page, so there is no CSRF token here. It lives with the OpenMRS adapters because the standalone
 * server answers this path itself.
 */
@Controller
@RequestMapping(ApiPaths.BASE + "/session")
public class OpenmrsSessionController {

	private final HostIdentity identity;

	private final ApiJson json;

	public OpenmrsSessionController(HostIdentity identity, ApiJson json) {
		this.identity = identity;
		this.json = json;
	}

	@GetMapping
	public ResponseEntity<String> get() {
		Optional<Actor> actor = identity.currentUser();
		if (actor.isEmpty()) {
			return json.error(ApiErrors.statusOf(ErrorCode.NOT_SIGNED_IN.kind()), ErrorCode.NOT_SIGNED_IN.code(),
			    "Nobody is signed in: sign in to OpenMRS first", null);
		}
		return json.body(HttpStatus.OK, SessionBody.of(actor.get(), privileges()));
	}

	/** @return the module's privileges the current user holds */
	private List<String> privileges() {
		return Privileges.MODULE_PRIVILEGES.stream().filter(identity::hasPrivilege).collect(Collectors.toList());
	}
}
