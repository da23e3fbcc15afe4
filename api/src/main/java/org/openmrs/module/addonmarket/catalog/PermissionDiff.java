package org.openmrs.module.addonmarket.catalog;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.openmrs.module.addonmarket.catalog.scope.Scope;
import org.openmrs.module.addonmarket.catalog.scope.ScopeContext;

/**
 * What a new add-on version asks for beyond what its installation's grant allows: scopes added, widened, narrowed
 * and removed, egress destinations added and removed, and new {@code system/} scopes. An upgrade whose diff adds or
 * widens anything waits for an administrator; a narrowing-only upgrade applies at once.
 *
 * @param added required scopes asked for that no granted scope covers or is covered by
 * @param optionalAdded optional scopes asked for and not granted: listed, but they do not hold an upgrade back,
 *            since the add-on works without them
 * @param widened granted scopes that the new version asks to widen
 * @param narrowed granted scopes that the new version asks for less of
 * @param removed granted scopes the new version no longer asks for
 * @param egressAdded egress destinations the new version declares that are neither approved nor declared by the
 *            running version (one the running version declared and an administrator left out stays left out)
 * @param egressRemoved approved egress destinations no longer asked for
 * @param systemScopesAdded {@code system/} scopes among the added and widened ones
 */
public record PermissionDiff(List<String> added, List<String> optionalAdded, List<Change> widened, List<Change> narrowed, List<String> removed,
        List<String> egressAdded, List<String> egressRemoved, List<String> systemScopesAdded) {

	/**
	 * A granted scope and the scope the new version asks for in its place.
	 *
	 * @param from the granted scope, canonical
	 * @param to the requested scope, canonical
	 */
	public record Change(String from, String to) {
	}

	public PermissionDiff {
		added = List.copyOf(added);
		optionalAdded = List.copyOf(optionalAdded);
		widened = List.copyOf(widened);
		narrowed = List.copyOf(narrowed);
		removed = List.copyOf(removed);
		egressAdded = List.copyOf(egressAdded);
		egressRemoved = List.copyOf(egressRemoved);
		systemScopesAdded = List.copyOf(systemScopesAdded);
	}

	/**
	 * @param granted the scopes the current grant holds
	 * @param grantedEgress the egress destinations it approves
	 * @param requested what the new version asks for
	 * @param requestedEgress the egress destinations it declares
	 * @param runningEgress the egress destinations the running version declares
	 * @return the difference
	 */
	public static PermissionDiff between(Collection<Scope> granted, Collection<String> grantedEgress,
	        Collection<RequestedPermission> requested, Collection<String> requestedEgress,
	        Collection<String> runningEgress) {
		List<String> added = new ArrayList<>();
		List<String> optionalAdded = new ArrayList<>();
		List<Change> widened = new ArrayList<>();
		List<Change> narrowed = new ArrayList<>();
		List<String> system = new ArrayList<>();
		for (RequestedPermission permission : requested) {
			Scope wanted = permission.scope();
			Optional<Scope> covering = granted.stream().filter(g -> g.covers(wanted)).findFirst();
			if (covering.isPresent()) {
				if (!covering.get().equals(wanted)) {
					narrowed.add(new Change(covering.get().canonical(), wanted.canonical()));
				}
				continue;
			}
			Optional<Scope> smaller = granted.stream().filter(wanted::covers).findFirst();
			if (smaller.isPresent()) {
				widened.add(new Change(smaller.get().canonical(), wanted.canonical()));
			}
			else if (permission.optional()) {
				optionalAdded.add(wanted.canonical());
				continue;
			}
			else {
				added.add(wanted.canonical());
			}
			if (wanted.context() == ScopeContext.SYSTEM) {
				system.add(wanted.canonical());
			}
		}
		List<String> removed = new ArrayList<>();
		for (Scope had : granted) {
			boolean related = requested.stream().map(RequestedPermission::scope)
			        .anyMatch(r -> had.covers(r) || r.covers(had));
			if (!related) {
				removed.add(had.canonical());
			}
		}
		List<String> egressAdded = requestedEgress.stream()
		        .filter(u -> !grantedEgress.contains(u) && !runningEgress.contains(u)).toList();
		List<String> egressRemoved = grantedEgress.stream().filter(u -> !requestedEgress.contains(u)).toList();
		return new PermissionDiff(added, optionalAdded, widened, narrowed, removed, egressAdded, egressRemoved, system);
	}

	/** @return whether an administrator must approve before the new version runs */
	public boolean needsApproval() {
		return !added.isEmpty() || !widened.isEmpty() || !egressAdded.isEmpty();
	}

	/** @return the difference in plain language, one line per change */
	public List<String> describe() {
		List<String> lines = new ArrayList<>();
		added.forEach(s -> lines.add("Adds: " + Scope.parse(s).describe()));
		optionalAdded.forEach(s -> lines.add("Asks, optionally: " + Scope.parse(s).describe()));
		widened.forEach(c -> lines.add("Widens: " + Scope.parse(c.from()).describe() + " → " + Scope.parse(c.to())
		        .describe()));
		narrowed.forEach(c -> lines.add("Narrows: " + Scope.parse(c.from()).describe() + " → " + Scope.parse(c.to())
		        .describe()));
		removed.forEach(s -> lines.add("No longer asks: " + Scope.parse(s).describe()));
		egressAdded.forEach(u -> lines.add("Sends data to a new destination: " + u));
		egressRemoved.forEach(u -> lines.add("No longer sends data to: " + u));
		systemScopesAdded.forEach(s -> lines.add("New background access with no user (system): " + s));
		return lines;
	}
}
