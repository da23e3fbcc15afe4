package org.openmrs.module.addonmarket.catalog;

import org.openmrs.module.addonmarket.Page;
import org.openmrs.module.addonmarket.error.AddonMarketException;
import org.openmrs.module.addonmarket.error.ErrorCode;

/**
 * What to look for in the catalog. Every criterion is optional; build with {@link #builder()}.
 *
 * @param text words to find in the add-on's id, name or description (case-insensitive), or null
 * @param category a category the add-on must have, or null
 * @param publisher the publisher's name, or null
 * @param status LISTED or BLOCKED, or null for both
 * @param page the page, from 0
 * @param size the page size, 1 to {@link Page#MAX_SIZE}
 */
public record AddonSearch(String text, String category, String publisher, AddonStatus status, int page, int size) {

	public AddonSearch {
		if (page < 0) {
			throw new AddonMarketException(ErrorCode.BAD_PARAMETER, "page must be 0 or more, got " + page, "page");
		}
		if (size < 1 || size > Page.MAX_SIZE) {
			throw new AddonMarketException(ErrorCode.BAD_PARAMETER,
			        "size must be between 1 and " + Page.MAX_SIZE + ", got " + size, "size");
		}
		text = blankToNull(text);
		category = blankToNull(category);
		publisher = blankToNull(publisher);
	}

	public static Builder builder() {
		return new Builder();
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.trim();
	}

	/** Builds an {@link AddonSearch}; by default everything, first page of 50. */
	public static final class Builder {

		private String text;

		private String category;

		private String publisher;

		private AddonStatus status;

		private int page;

		private int size = 50;

		public Builder text(String value) {
			this.text = value;
			return this;
		}

		public Builder category(String value) {
			this.category = value;
			return this;
		}

		public Builder publisher(String value) {
			this.publisher = value;
			return this;
		}

		public Builder status(AddonStatus value) {
			this.status = value;
			return this;
		}

		public Builder page(int value) {
			this.page = value;
			return this;
		}

		public Builder size(int value) {
			this.size = value;
			return this;
		}

		public AddonSearch build() {
			return new AddonSearch(text, category, publisher, status, page, size);
		}
	}
}
