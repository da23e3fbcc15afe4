package org.openmrs.module.addonmarket;

import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * One page of a longer list.
 *
 * @param results the items on this page
 * @param page the page number, from 0
 * @param size the most items a page holds
 * @param total how many items the whole list has
 * @param <T> the item type
 */
public record Page<T>(List<T> results, int page, int size, long total) {

	/** The largest page a caller may ask for. */
	public static final int MAX_SIZE = 500;

	public Page {
		results = List.copyOf(results);
	}

	/** @return the same page with each item mapped */
	public <R> Page<R> map(Function<T, R> mapper) {
		return new Page<>(results.stream().map(mapper).collect(Collectors.toList()), page, size, total);
	}
}
