package org.openmrs.module.addonmarket.web;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.openmrs.module.addonmarket.catalog.Addon;
import org.openmrs.module.addonmarket.catalog.AddonVersion;
import org.openmrs.module.addonmarket.catalog.manifest.Manifest;
import org.openmrs.module.addonmarket.catalog.scope.Scope;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The JSON shapes of the catalog: add-on summaries, versions with what they ask for, in canonical and plain
 * language.
 */
final class CatalogBodies {

	private CatalogBodies() {
	}

	record Reason(String reason) {
	}

	record AddonSummary(String id, String name, String description, String publisher, List<String> categories,
	        String latestVersion, boolean signed, String status, String blockedReason, Instant updatedAt) {

		static AddonSummary of(Addon addon) {
			return new AddonSummary(addon.getAddonId(), addon.getName(), addon.getDescription(),
			        addon.getPublisher().getName(), List.copyOf(addon.getCategories()), addon.getLatestVersion(),
			        addon.isLatestSigned(), addon.getStatus().name(), addon.getBlockedReason(), addon.getUpdatedAt());
		}
	}

	record VersionSummary(String addonId, String version, String status, String sha256, long size, boolean signed,
	        String keyFingerprint, Instant publishedAt, String publishedBy, Instant withdrawnAt, String withdrawReason) {

		static VersionSummary of(AddonVersion version) {
			return new VersionSummary(version.getAddon().getAddonId(), version.getVersion(), version.getStatus().name(),
			        version.getSha256(), version.getSizeBytes(), version.isSigned(), version.getKeyFingerprint(),
			        version.getPublishedAt(), version.getPublishedBy(), version.getWithdrawnAt(),
			        version.getWithdrawReason());
		}
	}

	/**
	 * One permission an add-on asks for.
	 *
	 * @param scope the scope in canonical form
	 * @param description the scope in plain language
	 * @param why the publisher's reason
	 * @param elements the top-level elements a read returns, or empty for all
	 * @param system whether it is a {@code system/} scope, for background work with no user
	 * @param optional whether the add-on works without it, so that an administrator may leave it out
	 */
	record PermissionBody(String scope, String description, String why, List<String> elements, boolean system,
	        String resourceType, boolean optional) {
	}

	record VersionDetail(VersionSummary version, String name, String description, String publisher,
	        List<String> categories, String platform, List<PermissionBody> permissions, Object egress, Object triggers,
	        Object actions, Object schedules, JsonNode configurationSchema) {

		static VersionDetail of(AddonVersion version, Manifest manifest, JsonNode configurationSchema) {
			List<PermissionBody> permissions = new ArrayList<>();
			manifest.permissions().forEach(p -> {
				Scope scope = Scope.parse(p.scope());
				permissions.add(new PermissionBody(scope.canonical(), scope.describe(), p.why(), p.elements(),
				        scope.context() == org.openmrs.module.addonmarket.catalog.scope.ScopeContext.SYSTEM,
				        scope.resourceType().fhirName(), p.optional()));
			});
			return new VersionDetail(VersionSummary.of(version), manifest.name(), manifest.description(),
			        manifest.publisher(), manifest.categories(), manifest.platform(), permissions, manifest.egress(),
			        manifest.triggers(), manifest.actions(), manifest.schedules(), configurationSchema);
		}
	}

	record AddonDetail(AddonSummary addon, List<VersionSummary> versions, VersionDetail latest) {
	}
}
