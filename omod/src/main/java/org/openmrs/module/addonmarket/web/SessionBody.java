package org.openmrs.module.addonmarket.web;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeSet;

import org.openmrs.module.addonmarket.host.Actor;

/**
 * The body of {@code GET /session} on every host, so that the web UI asks one question of OpenMRS and of the
 * standalone server: {@code {"uuid", "username", "displayName", "privileges": [...]}}, privileges sorted by name. A
 * host adds what only it has (the standalone server its CSRF token).
 */
public final class SessionBody {

	private SessionBody() {
	}

	/** @return the body for this user and the privileges they hold, in insertion order, open for additions */
	public static Map<String, Object> of(Actor actor, Collection<String> privileges) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("uuid", actor.uuid());
		body.put("username", actor.username());
		body.put("displayName", actor.displayName());
		body.put("privileges", new TreeSet<>(privileges));
		return body;
	}
}
