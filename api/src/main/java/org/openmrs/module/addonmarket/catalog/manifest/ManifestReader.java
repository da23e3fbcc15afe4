package org.openmrs.module.addonmarket.catalog.manifest;

import org.springframework.stereotype.Component;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.openmrs.module.addonmarket.error.ErrorCode;

/**
 * Reads an add-on's manifest, {@code addon.json}: parses it strictly (UTF-8, one JSON object, no key twice, nothing
 * after it), checks its structure against {@code addon.schema.json} and then what the schema cannot say, and
 * reports every fault at once. Thread-safe.
 */
@Component
public class ManifestReader {

	/** Deeper nesting than this is refused while parsing: no manifest needs it, and it would strain the checks. */
	public static final int MAX_NESTING_DEPTH = 64;

	private static final ObjectMapper JSON = new ObjectMapper(JsonFactory.builder()
	        .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
	        .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_NESTING_DEPTH).build()).build());

	private final ScopeSyntax scopes;

	/**
	 * @param scopes checks the syntax of each permission's scope
	 */
	public ManifestReader(ScopeSyntax scopes) {
		this.scopes = scopes;
	}

	/**
	 * @param json the bytes of addon.json
	 * @return the manifest, when it is valid
	 * @throws InvalidManifestException listing every fault, in document order, each with its pointer
	 */
	public Manifest read(byte[] json) {
		JsonNode manifest = parse(json);
		List<ManifestError> structural = Structure.INSTANCE.check(manifest);
		List<ManifestError> errors = new ArrayList<>(structural);
		for (ManifestError semantic : ManifestSemantics.check(manifest, scopes)) {
			// A value the structure check faulted is not faulted twice.
			if (structural.stream().noneMatch(e -> JsonPointers.related(e.pointer(), semantic.pointer()))) {
				errors.add(semantic);
			}
		}
		if (!errors.isEmpty()) {
			errors.sort(DocumentOrder.of(manifest));
			throw new InvalidManifestException(errors);
		}
		return ManifestBinding.manifest(manifest);
	}

	private static JsonNode parse(byte[] json) {
		String text = utf8(json);
		try (JsonParser parser = JSON.createParser(text)) {
			JsonNode tree;
			try {
				tree = JSON.readTree(parser);
			}
			catch (JsonParseException e) {
				throw syntaxError(e, parser.getParsingContext().pathAsPointer().toString());
			}
			if (tree == null || tree.isMissingNode()) {
				throw single(ErrorCode.MANIFEST_NOT_JSON, "", "is empty; expected a JSON object");
			}
			checkNothingAfter(parser);
			return tree;
		}
		catch (StreamConstraintsException e) {
			throw single(ErrorCode.MANIFEST_NOT_JSON, "", "is nested too deeply or has too long a value ("
			        + e.getOriginalMessage() + "); expected at most " + MAX_NESTING_DEPTH + " levels");
		}
		catch (IOException e) {
			throw single(ErrorCode.MANIFEST_NOT_JSON, "", "cannot be read as JSON (" + e.getMessage() + ")");
		}
	}

	private static void checkNothingAfter(JsonParser parser) throws IOException {
		String expected = "; expected nothing after the manifest's closing }";
		try {
			if (parser.nextToken() != null) {
				throw single(ErrorCode.MANIFEST_TRAILING_CONTENT, "", "has more content at line "
				        + parser.currentLocation().getLineNr() + ", column " + parser.currentLocation().getColumnNr()
				        + expected);
			}
		}
		catch (JsonParseException e) {
			throw single(ErrorCode.MANIFEST_TRAILING_CONTENT, "", "has more content at line "
			        + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + expected);
		}
	}

	private static InvalidManifestException syntaxError(JsonProcessingException e, String pointer) {
		String where = " at line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr();
		String message = e.getOriginalMessage();
		if (message.startsWith("Duplicate field")) {
			return single(ErrorCode.MANIFEST_DUPLICATE_KEY, pointer,
			    "is written twice" + where + "; expected each field once in an object");
		}
		return single(ErrorCode.MANIFEST_NOT_JSON, pointer, "is not valid JSON" + where + " (" + message + ")");
	}

	private static String utf8(byte[] json) {
		try {
			String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
			        .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(json)).toString();
			return text.startsWith("\uFEFF") ? text.substring(1) : text;
		}
		catch (CharacterCodingException e) {
			throw single(ErrorCode.MANIFEST_NOT_JSON, "", "is not UTF-8 text; expected JSON encoded in UTF-8");
		}
	}

	private static InvalidManifestException single(ErrorCode code, String pointer, String message) {
		return new InvalidManifestException(List.of(new ManifestError(code, pointer, message)));
	}

	/** Loads the schema once, when the first manifest is read. */
	private static final class Structure {

		static final ManifestStructure INSTANCE = ManifestStructure.load();
	}
}
