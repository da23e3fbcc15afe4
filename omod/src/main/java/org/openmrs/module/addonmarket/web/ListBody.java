package org.openmrs.module.addonmarket.web;

import java.util.List;

import org.openmrs.module.addonmarket.Page;

/**
 * The one shape of every list the API returns: {@code {"results": [...], "page": 0, "size": 50, "total": 123}}.
 *
 * @param results the items of this page
 * @param page the page, from 0
 * @param size the page size asked for
 * @param total how many items there are in all
 * @param <T> the item type
 */
public record ListBody<T>(List<T> results, int page, int size, long total) {

	/** @return a whole list as one page */
	public static <T> ListBody<T> of(List<T> items) {
		return new ListBody<>(items, 0, items.size(), items.size());
	}

	public static <T> ListBody<T> of(Page<T> page) {
		return new ListBody<>(page.results(), page.page(), page.size(), page.total());
	}
}
