package org.openmrs.module.addonmarket.runtime;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import org.openmrs.module.addonmarket.error.AddonMarketException;
import org.openmrs.module.addonmarket.error.ErrorCode;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A stand-in for the access gateway behind {@link DataPort}: it serves a few canned resources, grants reads and
 * searches of the resource types it is told to, allows egress to the URL prefixes it is told to (matching scheme,
 * host and port exactly, as the gateway does), records every call, and can be switched to refuse everything, as the
 * gateway does once an installation is suspended.
 */
public class TestDataPort implements DataPort {

	private static final ObjectMapper JSON = new ObjectMapper();

	/** Every call, as {@code operation type-or-url}, with the call's context. */
	public final List<Recorded> calls = new CopyOnWriteArrayList<>();

	private final List<String> grantedTypes = new CopyOnWriteArrayList<>(List.of("Observation", "Patient", "Notice"));

	private final List<URI> egress = new CopyOnWriteArrayList<>();

	private volatile boolean suspended;

	/** Refuse every call after this many (negative: never). */
	private final AtomicInteger allowedBeforeSuspension = new AtomicInteger(-1);

	/** One call the port saw. */
	public record Recorded(String operation, String target, RuntimeCall call) {
	}

	/** Allows egress to URLs that start with this prefix. */
	public TestDataPort allowEgress(String prefix) {
		egress.add(URI.create(prefix));
		return this;
	}

	/** Refuses every call from now on, as the gateway does for a suspended installation. */
	public void suspend() {
		suspended = true;
	}

	/** Refuses every call after the next {@code calls} calls. */
	public void suspendAfter(int count) {
		allowedBeforeSuspension.set(count);
	}

	@Override
	public ObjectNode read(RuntimeCall call, String resourceType, String id) {
		check(call, "read", resourceType + "/" + id, resourceType);
		if ("missing".equals(id)) {
			throw new AddonMarketException(ErrorCode.NOT_FOUND, "No " + resourceType + " " + id);
		}
		return resource(resourceType, id, call.patientId());
	}

	@Override
	public List<ObjectNode> search(RuntimeCall call, String resourceType, Map<String, List<String>> parameters) {
		check(call, "search", resourceType + parameters, resourceType);
		int count = Integer.parseInt(parameters.getOrDefault("_count", List.of("3")).get(0));
		List<ObjectNode> found = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			ObjectNode observation = resource(resourceType, "obs-" + i, call.patientId());
			observation.putObject("valueQuantity").put("value", 120 + 10 * i).put("unit", "mm[Hg]");
			found.add(observation);
		}
		return found;
	}

	@Override
	public ObjectNode create(RuntimeCall call, String resourceType, ObjectNode resource) {
		check(call, "create", resourceType, resourceType);
		ObjectNode created = resource.deepCopy();
		created.put("resourceType", resourceType).put("id", "created-" + calls.size());
		return created;
	}

	@Override
	public void egress(RuntimeCall call, URI destination, String method, long bytesToSend) {
		check(call, "egress", method + " " + destination, null);
		boolean allowed = egress.stream().anyMatch(prefix -> covers(prefix, destination));
		if (!allowed) {
			throw denied("egress to " + destination.getScheme() + "://" + destination.getRawAuthority()
			        + " is not approved for this installation");
		}
	}

	private void check(RuntimeCall call, String operation, String target, String resourceType) {
		calls.add(new Recorded(operation, target, call));
		if (allowedBeforeSuspension.getAndDecrement() == 0) {
			suspended = true;
		}
		if (suspended) {
			throw denied("installation " + call.installationUuid() + " is SUSPENDED");
		}
		if (resourceType != null && !grantedTypes.contains(resourceType)) {
			throw denied("no scope of the grant covers " + operation + " of " + resourceType);
		}
	}

	private static boolean covers(URI prefix, URI destination) {
		return prefix.getScheme().equalsIgnoreCase(destination.getScheme())
		        && prefix.getHost().toLowerCase(Locale.ROOT).equals(destination.getHost().toLowerCase(Locale.ROOT))
		        && prefix.getPort() == destination.getPort()
		        && (destination.getRawPath() == null ? "" : destination.getRawPath()).startsWith(prefix.getRawPath());
	}

	private static ObjectNode resource(String resourceType, String id, String patientId) {
		ObjectNode resource = JSON.createObjectNode().put("resourceType", resourceType).put("id", id);
		resource.putObject("subject").put("reference", "Patient/" + patientId);
		return resource;
	}

	private static AddonMarketException denied(String why) {
		return new AddonMarketException(ErrorCode.PRIVILEGE_REQUIRED, "Access denied: " + why);
	}
}
