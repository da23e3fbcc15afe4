package org.openmrs.module.addonmarket.catalog.manifest;

import java.util.List;

/**
 * A place outside the EHR the add-on sends requests to.
 *
 * @param url the prefix every request URL must start with, e.g. {@code https://api.example.org/}
 * @param why why the add-on needs it
 * @param sends the resource types whose data may leave in those requests, e.g. {@code Observation}; empty when
 *            none does
 */
public record Egress(String url, String why, List<String> sends) {

	public Egress {
		sends = List.copyOf(sends);
	}
}
