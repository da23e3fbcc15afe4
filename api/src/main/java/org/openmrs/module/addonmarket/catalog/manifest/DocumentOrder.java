package org.openmrs.module.addonmarket.catalog.manifest;

import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Orders errors as their values appear in addon.json, so that the first error is the first a reader meets. A
 * pointer to a value that is not there (a missing field) sorts with the object that lacks it.
 */
final class DocumentOrder {

	private final Map<String, Integer> positions = new HashMap<>();

	private DocumentOrder(JsonNode document) {
		visit(document, "");
	}

	/** @return a comparator of errors by where their pointers are in {@code document} */
	static Comparator<ManifestError> of(JsonNode document) {
		DocumentOrder order = new DocumentOrder(document);
		return Comparator.comparingInt(error -> order.position(error.pointer()));
	}

	private void visit(JsonNode node, String pointer) {
		positions.put(pointer, positions.size());
		if (node.isObject()) {
			node.fields().forEachRemaining(f -> visit(f.getValue(), JsonPointers.field(pointer, f.getKey())));
		} else if (node.isArray()) {
			for (int i = 0; i < node.size(); i++) {
				visit(node.get(i), JsonPointers.item(pointer, i));
			}
		}
	}

	private int position(String pointer) {
		String at = pointer;
		while (!positions.containsKey(at) && !at.isEmpty()) {
			at = at.substring(0, Math.max(0, at.lastIndexOf('/')));
		}
		return positions.getOrDefault(at, 0);
	}
}
