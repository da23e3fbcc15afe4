package org.openmrs.module.addonmarket.notice;

import java.util.Locale;

import org.openmrs.module.addonmarket.install.Audience;
import org.openmrs.module.addonmarket.install.AudienceKind;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A stored notice as JSON, the shape add-ons wrote it in plus what the module added: {@code resourceType}
 * ({@code Notice}), {@code id}, {@code addonId}, {@code createdAt}, {@code createdBy}.
 */
public final class NoticeJson {

	private NoticeJson() {
	}

	/** @return the notice as JSON */
	public static ObjectNode of(Notice notice) {
		ObjectNode json = JsonNodeFactory.instance.objectNode();
		json.put("resourceType", "Notice");
		json.put("id", notice.getUuid());
		json.put("severity", notice.getSeverity().json());
		json.put("text", notice.getText());
		if (notice.getPatientUuid() != null) {
			json.put("patient", notice.getPatientUuid());
		}
		Audience audience = notice.getAudience();
		ObjectNode to = json.putObject("audience").put("kind", audience.kind().name().toLowerCase(Locale.ROOT));
		if (audience.value() != null) {
			to.put(audience.kind() == AudienceKind.ROLE ? "name" : "uuid", audience.value());
		}
		json.put("addonId", notice.getAddonId());
		if (notice.getInstallationUuid() != null) {
			json.put("installationUuid", notice.getInstallationUuid());
		}
		if (notice.getInvocationId() != null) {
			json.put("invocationId", notice.getInvocationId());
		}
		json.put("createdAt", notice.getCreatedAt().toString());
		json.put("createdBy", notice.getCreatedBy());
		return json;
	}
}
