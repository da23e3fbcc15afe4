package org.openmrs.module.addonmarket.web;

import java.util.stream.Collectors;

import org.openmrs.module.addonmarket.catalog.Publisher;
import org.openmrs.module.addonmarket.catalog.PublisherService;
import org.openmrs.module.addonmarket.error.AddonMarketException;
import org.openmrs.module.addonmarket.error.ErrorCode;
import org.openmrs.module.addonmarket.web.PublisherBodies.AddKey;
import org.openmrs.module.addonmarket.web.PublisherBodies.AddMember;
import org.openmrs.module.addonmarket.web.PublisherBodies.CreatePublisher;
import org.openmrs.module.addonmarket.web.PublisherBodies.KeyBody;
import org.openmrs.module.addonmarket.web.PublisherBodies.PublisherBody;
import org.openmrs.module.addonmarket.web.PublisherBodies.Reason;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * Publishers, their members and their trusted keys: {@code /publishers}.
 */
@Controller
@RequestMapping(ApiPaths.BASE + "/publishers")
public class PublisherController {

	private final PublisherService publishers;

	private final ApiJson json;

	public PublisherController(PublisherService publishers, ApiJson json) {
		this.publishers = publishers;
		this.json = json;
	}

	@GetMapping
	public ResponseEntity<String> list() {
		return json.ok(ListBody.of(publishers.getPublishers().stream().map(PublisherBody::of)
		        .collect(Collectors.toList())));
	}

	@PostMapping
	public ResponseEntity<String> create(@RequestBody(required = false) String body) {
		CreatePublisher request = json.read(body, CreatePublisher.class);
		Publisher created = publishers.createPublisher(request.name(), request.displayName(), request.description());
		return json.created(PublisherBody.of(created));
	}

	@GetMapping("/{name}")
	public ResponseEntity<String> get(@PathVariable("name") String name) {
		Publisher publisher = publishers.getPublisherByName(name).orElseThrow(
		    () -> new AddonMarketException(ErrorCode.PUBLISHER_NOT_FOUND, "No publisher named " + name, "name"));
		return json.ok(PublisherBody.of(publisher));
	}

	@PostMapping("/{name}/members")
	public ResponseEntity<String> addMember(@PathVariable("name") String name,
	        @RequestBody(required = false) String body) {
		AddMember request = json.read(body, AddMember.class);
		return json.ok(PublisherBody.of(publishers.addMember(name, request.userUuid())));
	}

	@DeleteMapping("/{name}/members/{userUuid}")
	public ResponseEntity<String> removeMember(@PathVariable("name") String name,
	        @PathVariable("userUuid") String userUuid) {
		return json.ok(PublisherBody.of(publishers.removeMember(name, userUuid)));
	}

	@GetMapping("/{name}/keys")
	public ResponseEntity<String> keys(@PathVariable("name") String name) {
		return json.ok(ListBody.of(publishers.getKeys(name).stream().map(KeyBody::of).collect(Collectors.toList())));
	}

	@PostMapping("/{name}/keys")
	public ResponseEntity<String> addKey(@PathVariable("name") String name, @RequestBody(required = false) String body) {
		AddKey request = json.read(body, AddKey.class);
		return json.created(KeyBody.of(publishers.addKey(name, request.publicKey(), request.label())));
	}

	@PostMapping("/{name}/keys/{fingerprint}/revoke")
	public ResponseEntity<String> revokeKey(@PathVariable("name") String name,
	        @PathVariable("fingerprint") String fingerprint, @RequestBody(required = false) String body) {
		Reason request = json.read(body, Reason.class);
		return json.ok(KeyBody.of(publishers.revokeKey(name, fingerprint, request.reason())));
	}
}
