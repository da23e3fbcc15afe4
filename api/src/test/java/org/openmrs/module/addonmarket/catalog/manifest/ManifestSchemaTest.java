package org.openmrs.module.addonmarket.catalog.manifest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.SchemaLocation;
import org.junit.Test;
import org.openmrs.module.addonmarket.catalog.pkg.TestPackages;

/**
 * The manifest's JSON Schema: the one the module uses is the one it publishes, it is itself valid, the example
 * follows it, and the documentation names every field it has.
 */
public class ManifestSchemaTest {

	private static final ObjectMapper JSON = new ObjectMapper();

	private static Path docs() {
		return Path.of(System.getProperty("basedir", ".")).toAbsolutePath().resolve("../docs").normalize();
	}

	private static byte[] bundledSchema() throws IOException {
		try (InputStream in = ManifestStructure.class.getResourceAsStream(ManifestStructure.SCHEMA_RESOURCE)) {
			return in.readAllBytes();
		}
	}

	@Test
	public void publishedSchema_shouldBeTheSchemaTheModuleUses() throws IOException {
		byte[] published = Files.readAllBytes(docs().resolve("addon.schema.json"));

		assertThat(new String(published, StandardCharsets.UTF_8))
		        .isEqualTo(new String(bundledSchema(), StandardCharsets.UTF_8));
	}

	@Test
	public void schema_shouldBeAValidDraft202012Schema() throws IOException {
		JsonSchema meta = JsonSchemas.FACTORY.getSchema(SchemaLocation.of(ConfigurationSchema.DRAFT_2020_12),
		    JsonSchemas.CONFIG);

		assertThat(meta.validate(JSON.readTree(bundledSchema()))).isEmpty();
	}

	@Test
	public void exampleManifest_shouldFollowThePublishedSchema() throws IOException {
		JsonSchema schema = JsonSchemas.FACTORY.getSchema(JSON.readTree(docs().resolve("addon.schema.json").toFile()),
		    JsonSchemas.CONFIG);

		assertThat(schema.validate(JSON.readTree(TestPackages.exampleManifest()))).isEmpty();
	}

	@Test
	public void manifestDocumentation_shouldNameEveryField() throws IOException {
		String documentation = Files.readString(docs().resolve("manifest.md"));
		JsonNode schema = JSON.readTree(bundledSchema());

		for (Iterator<String> it = schema.path("properties").fieldNames(); it.hasNext();) {
			assertThat(documentation).contains("`" + it.next() + "`");
		}
		for (JsonNode definition : schema.path("$defs")) {
			for (Iterator<String> it = definition.path("properties").fieldNames(); it.hasNext();) {
				assertThat(documentation).contains("`" + it.next() + "`");
			}
		}
	}
}
