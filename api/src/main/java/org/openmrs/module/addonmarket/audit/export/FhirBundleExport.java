package org.openmrs.module.addonmarket.audit.export;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;

import org.openmrs.module.addonmarket.audit.AuditEvent;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Streams a FHIR R4 Bundle of type collection whose entries are {@link BalpAuditEvents} AuditEvent resources: the
 * bundle is written as events arrive, never held whole. Call {@link #finish()} after the last event.
 */
public final class FhirBundleExport {

	private static final ObjectMapper MAPPER = new ObjectMapper();

	private final JsonGenerator json;

	/**
	 * Starts the bundle.
	 *
	 * @param out where the UTF-8 JSON goes; left open
	 * @param timestamp when the bundle was assembled
	 */
	public FhirBundleExport(OutputStream out, Instant timestamp) throws IOException {
		json = MAPPER.getFactory().createGenerator(out, JsonEncoding.UTF8);
		json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
		json.writeStartObject();
		json.writeStringField("resourceType", "Bundle");
		json.writeStringField("id", UUID.randomUUID().toString());
		json.writeStringField("type", "collection");
		json.writeStringField("timestamp", timestamp.toString());
		json.writeArrayFieldStart("entry");
	}

	/** Adds one event. */
	public void write(AuditEvent event) throws IOException {
		json.writeStartObject();
		json.writeStringField("fullUrl", "urn:uuid:" + UUID.nameUUIDFromBytes(event.hash().getBytes(StandardCharsets.US_ASCII)));
		json.writeFieldName("resource");
		MAPPER.writeTree(json, BalpAuditEvents.toFhir(event));
		json.writeEndObject();
	}

	/** Ends the bundle and flushes it. */
	public void finish() throws IOException {
		json.writeEndArray();
		json.writeEndObject();
		json.close();
	}
}
