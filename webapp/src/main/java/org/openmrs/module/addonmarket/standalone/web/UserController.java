package org.openmrs.module.addonmarket.standalone.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.openmrs.module.addonmarket.error.AddonMarketException;
import org.openmrs.module.addonmarket.error.ErrorCode;
import org.openmrs.module.addonmarket.host.ModuleClock;
import org.openmrs.module.addonmarket.standalone.users.NewUser;
import org.openmrs.module.addonmarket.standalone.users.Role;
import org.openmrs.module.addonmarket.standalone.users.User;
import org.openmrs.module.addonmarket.standalone.users.UserChange;
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
import org.springframework.web.bind.annotation.RequestParam;

/**
 * {@code /users}: the standalone server's users, for administrators (Manage Add-ons). A password goes in, never
 * out.
 */
@Controller
@RequestMapping(ApiPaths.BASE + "/users")
public class UserController {

	private static final int MAX_PAGE_SIZE = 500;

	private final UserService users;

	private final ApiJson json;

	private final ModuleClock clock;

	public UserController(UserService users, ApiJson json, ModuleClock clock) {
		this.users = users;
		this.json = json;
		this.clock = clock;
	}

	@GetMapping
	public ResponseEntity<String> list(@RequestParam(defaultValue = "0") int page,
	        @RequestParam(defaultValue = "50") int size) {
		long total = users.countUsers();
		if (size < 1 || size > MAX_PAGE_SIZE) {
			throw new AddonMarketException(ErrorCode.BAD_PARAMETER, "size must be between 1 and " + MAX_PAGE_SIZE,
			        "size");
		}
		if (page < 0 || page > Integer.MAX_VALUE / size) {
			throw new AddonMarketException(ErrorCode.BAD_PARAMETER, "page must be between 0 and "
			        + Integer.MAX_VALUE / size, "page");
		}
		List<Map<String, Object>> results = users.getUsers(page * size, size).stream().map(this::view)
		        .collect(Collectors.toList());
		return json.body(HttpStatus.OK, new ListAnswer(results, page, size, total));
	}

	@GetMapping("/{uuid}")
	public ResponseEntity<String> get(@PathVariable String uuid) {
		User user = users.getUserByUuid(uuid)
		        .orElseThrow(() -> new AddonMarketException(ErrorCode.USER_NOT_FOUND, "There is no user " + uuid));
		return json.body(HttpStatus.OK, view(user));
	}

	@PostMapping
	public ResponseEntity<String> create(@RequestBody(required = false) String body) {
		NewUser request = json.read(body, NewUser.class);
		return json.body(HttpStatus.CREATED, view(users.createUser(request)));
	}

	@PutMapping("/{uuid}")
	public ResponseEntity<String> update(@PathVariable String uuid, @RequestBody(required = false) String body) {
		UserChange change = json.read(body, UserChange.class);
		return json.body(HttpStatus.OK, view(users.updateUser(uuid, change)));
	}

	@PostMapping("/{uuid}/unlock")
	public ResponseEntity<String> unlock(@PathVariable String uuid) {
		return json.body(HttpStatus.OK, view(users.unlockUser(uuid)));
	}

	private Map<String, Object> view(User user) {
		Map<String, Object> view = new LinkedHashMap<>();
		view.put("uuid", user.getUuid());
		view.put("username", user.getUsername());
		view.put("displayName", user.getDisplayName());
		view.put("enabled", user.isEnabled());
		boolean locked = user.isLockedAt(clock.now());
		view.put("locked", locked);
		if (locked) {
			view.put("lockedUntil", user.getLockedUntil());
		}
		view.put("roles", user.getRoles().stream().map(Role::getName).sorted().collect(Collectors.toList()));
		view.put("privileges", user.privileges());
		view.put("createdAt", user.getCreatedAt());
		return view;
	}
}
