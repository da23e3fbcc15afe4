package org.openmrs.module.addonmarket.standalone.web;

import java.util.List;

/**
 * A list as every client can rely on (DESIGN.md section 9): {@code {"results": [...], "page", "size", "total"}}.
 *
 * @param results this page's items
 * @param page the page number, from 0
 * @param size the page size asked for
 * @param total how many items there are in all
 */
record ListAnswer(List<?> results, int page, int size, long total) {

	/** @return all items on one page */
	static ListAnswer whole(List<?> results) {
		return new ListAnswer(results, 0, results.size(), results.size());
	}
}
