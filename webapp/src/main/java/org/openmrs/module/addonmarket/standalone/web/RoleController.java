package org.openmrs.module.addonmarket.standalone.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.openmrs.module.addonmarket.error.AddonMarketException;
import org.openmrs.module.addonmarket.error.ErrorCode;
import org.openmrs.module.addonmarket.standalone.users.NewRole;
import org.openmrs.module.addonmarket.standalone.users.Role;
import org.openmrs.module.addonmarket.standalone.users.RoleChange;
import org.openmrs.module.addonmarket.standalone.users.UserService;
import org.openmrs.module.addonmarket.web.ApiPaths;
import org.openmrs.module.addonmarket.web.ApiJson;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * {@code /roles}: the standalone server's roles and the privileges they grant, for administrators (Manage
 * Add-ons). A role is named in the path by its name, e.g. {@code /roles/Add-on%20Publisher}.
 */
@Controller
@RequestMapping(ApiPaths.BASE + "/roles")
public class RoleController {

	private final UserService users;

	private final ApiJson json;

	public RoleController(UserService users, ApiJson json) {
		this.users = users;
		this.json = json;
	}

	@GetMapping
	public ResponseEntity<String> list() {
		List<Map<String, Object>> results = users.getRoles().stream().map(RoleController::view)
		        .collect(Collectors.toList());
		return json.body(HttpStatus.OK, ListAnswer.whole(results));
	}

	@GetMapping("/{name}")
	public ResponseEntity<String> get(@PathVariable String name) {
		Role role = users.getRoleByName(name)
		        .orElseThrow(() -> new AddonMarketException(ErrorCode.ROLE_NOT_FOUND, "There is no role named " + name));
		return json.body(HttpStatus.OK, view(role));
	}

	@PostMapping
	public ResponseEntity<String> create(@RequestBody(required = false) String body) {
		NewRole request = json.read(body, NewRole.class);
		return json.body(HttpStatus.CREATED, view(users.createRole(request)));
	}

	@PutMapping("/{name}")
	public ResponseEntity<String> update(@PathVariable String name, @RequestBody(required = false) String body) {
		RoleChange change = json.read(body, RoleChange.class);
		return json.body(HttpStatus.OK, view(users.updateRole(name, change)));
	}

	private static Map<String, Object> view(Role role) {
		Map<String, Object> view = new LinkedHashMap<>();
		view.put("name", role.getName());
		view.put("description", role.getDescription());
		view.put("privileges", role.getPrivileges());
		return view;
	}
}
