package org.openmrs.module.addonmarket.catalog.manifest;

/**
 * Builds JSON pointers (RFC 6901) one step at a time.
 */
final class JsonPointers {

	private JsonPointers() {
	}

	/** @return the pointer to the field {@code name} of the object at {@code parent} */
	static String field(String parent, String name) {
		return parent + "/" + name.replace("~", "~0").replace("/", "~1");
	}

	/** @return the pointer to item {@code index} of the array at {@code parent} */
	static String item(String parent, int index) {
		return parent + "/" + index;
	}

	/** @return whether one pointer is the other or lies inside it */
	static boolean related(String a, String b) {
		return a.equals(b) || a.startsWith(b + "/") || b.startsWith(a + "/");
	}

	/** @return the value, quoted and shortened for a message */
	static String quote(String value) {
		String shown = value.length() > 80 ? value.substring(0, 77) + "..." : value;
		return "\"" + shown + "\"";
	}
}
