package org.openmrs.module.addonmarket.catalog.manifest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.openmrs.module.addonmarket.catalog.pkg.TestPackages;
import org.openmrs.module.addonmarket.error.AddonMarketException;

/**
 * Whatever bytes it is given, the manifest reader returns a manifest or refuses with an AddonMarketException that
 * says why: no NullPointerException, no parser or validator exception leaks out. The inputs are random bytes and
 * text, and mutations of the valid example: characters deleted, inserted or replaced, fields dropped, values
 * swapped for values of other types.
 */
public class ManifestReaderPropertyTest {

	private static final ObjectMapper JSON = new ObjectMapper();

	private static final String EXAMPLE = TestPackages.exampleManifest();

	private static final List<String> REPLACEMENTS = List.of("null", "true", "0", "-1", "1.5", "1e400",
	    "123456789012345678901234567890", "\"\"", "\" \"", "\"x\"", "\"../x\"", "\"\\u0000\"", "[]", "{}", "[null]",
	    "[\"a\", \"a\"]", "{\"a\": 1}", "{\"type\": \"object\"}", "{\"$ref\": \"https://example.org/\"}",
	    "{\"pattern\": \"(\"}", "\">=99999999999999999999.0.0\"", "\"99999999999999999999.0.0\"",
	    "\"0 0 99999999999 * * *\"", "\"" + "x".repeat(3000) + "\"");

	private final ManifestReader reader = TestScopes.manifestReader();

	/** What a text edit does. */
	enum TextEditKind {
		DELETE, INSERT, REPLACE
	}

	/** One character edit at a position (taken modulo the text's length). */
	record TextEdit(TextEditKind kind, int position, char character) {

		String applyTo(String text) {
			if (text.isEmpty()) {
				return kind == TextEditKind.INSERT ? String.valueOf(character) : text;
			}
			int at = Math.floorMod(position, text.length());
			switch (kind) {
				case DELETE:
					return text.substring(0, at) + text.substring(at + 1);
				case INSERT:
					return text.substring(0, at) + character + text.substring(at);
				default:
					return text.substring(0, at) + character + text.substring(at + 1);
			}
		}
	}

	/** One change to the parsed manifest: the node at an index (modulo the node count) dropped or replaced. */
	record TreeEdit(boolean drop, int node, int replacement) {

		void applyTo(JsonNode root) throws JsonProcessingException {
			List<JsonNode[]> children = new ArrayList<>();
			collect(root, children);
			if (children.isEmpty()) {
				return;
			}
			JsonNode[] target = children.get(Math.floorMod(node, children.size()));
			JsonNode parent = target[0];
			JsonNode value = JSON.readTree(REPLACEMENTS.get(Math.floorMod(replacement, REPLACEMENTS.size())));
			int index = target[1].intValue();
			if (parent.isObject()) {
				String name = target[1].textValue();
				if (drop) {
					((ObjectNode) parent).remove(name);
				} else {
					((ObjectNode) parent).set(name, value);
				}
			} else if (drop) {
				((ArrayNode) parent).remove(index);
			} else {
				((ArrayNode) parent).set(index, value);
			}
		}

		private static void collect(JsonNode parent, List<JsonNode[]> children) {
			if (parent.isObject()) {
				parent.fields().forEachRemaining(f -> {
					children.add(new JsonNode[] { parent, JSON.getNodeFactory().textNode(f.getKey()) });
					collect(f.getValue(), children);
				});
			} else if (parent.isArray()) {
				for (int i = 0; i < parent.size(); i++) {
					children.add(new JsonNode[] { parent, JSON.getNodeFactory().numberNode(i) });
					collect(parent.get(i), children);
				}
			}
		}
	}

	private void readsOrRefuses(byte[] json) {
		try {
			Manifest manifest = reader.read(json);
			assertThat(manifest.id()).isNotBlank();
		}
		catch (InvalidManifestException e) {
			assertThat(e.getErrors()).isNotEmpty().allSatisfy(error -> {
				assertThat(error.code()).isNotNull();
				assertThat(error.pointer()).isNotNull();
				assertThat(error.message()).isNotBlank();
			});
		}
		catch (AddonMarketException e) {
			assertThat(e.getCode()).isNotNull();
		}
	}

	@Property(tries = 300)
	void read_shouldReadOrRefuseRandomBytes(@ForAll byte[] bytes) {
		readsOrRefuses(bytes);
	}

	@Property(tries = 300)
	void read_shouldReadOrRefuseRandomText(@ForAll("jsonish") String text) {
		readsOrRefuses(text.getBytes(StandardCharsets.UTF_8));
	}

	@Property(tries = 1000)
	void read_shouldReadOrRefuseTheExampleWithCharactersChanged(@ForAll("textEdits") List<TextEdit> edits) {
		String text = EXAMPLE;
		for (TextEdit edit : edits) {
			text = edit.applyTo(text);
		}
		readsOrRefuses(text.getBytes(StandardCharsets.UTF_8));
	}

	@Property(tries = 1000)
	void read_shouldReadOrRefuseTheExampleWithFieldsDroppedOrRetyped(@ForAll("treeEdits") List<TreeEdit> edits)
	        throws JsonProcessingException {
		JsonNode manifest = JSON.readTree(EXAMPLE);
		for (TreeEdit edit : edits) {
			edit.applyTo(manifest);
		}
		readsOrRefuses(JSON.writeValueAsBytes(manifest));
	}

	@Provide
	Arbitrary<String> jsonish() {
		return Arbitraries.strings().withChars("{}[]\":,.-+eE0123456789 \n\\tnulrfas/$").ofMaxLength(200);
	}

	@Provide
	Arbitrary<List<TextEdit>> textEdits() {
		Arbitrary<Character> characters = Arbitraries.oneOf(Arbitraries.of('{', '}', '[', ']', '"', ':', ',', '\\',
		    '-', '.', '0', '1', 'e', ' ', '\n', '\u0000', '\uFEFF', '\u00e9'), Arbitraries.chars());
		return Combinators.combine(Arbitraries.of(TextEditKind.class), Arbitraries.integers(), characters)
		        .as(TextEdit::new).list().ofMinSize(1).ofMaxSize(8);
	}

	@Provide
	Arbitrary<List<TreeEdit>> treeEdits() {
		return Combinators.combine(Arbitraries.of(true, false), Arbitraries.integers(), Arbitraries.integers())
		        .as(TreeEdit::new).list().ofMinSize(1).ofMaxSize(5);
	}
}
