package org.openmrs.module.addonmarket.catalog.manifest;

import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.PathType;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.resource.AllowSchemaLoader;

/**
 * The JSON Schema validator as the manifest checks use it: draft 2020-12, JSON pointers for locations, and schemas
 * loaded only from the class path (the meta-schemas the validator ships). A manifest's schema that refers to a
 * remote URL makes the server fetch nothing: the reference fails.
 */
final class JsonSchemas {

	static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012,
	    builder -> builder.schemaLoaders(loaders -> loaders.values(
	        list -> list.add(0, new AllowSchemaLoader(iri -> iri.toString().startsWith("classpath:"))))));

	static final SchemaValidatorsConfig CONFIG = SchemaValidatorsConfig.builder().pathType(PathType.JSON_POINTER)
	        .preloadJsonSchema(true).build();

	private JsonSchemas() {
	}
}
