package org.openmrs.module.addonmarket.web;

import java.time.Instant;
import java.util.List;

import org.openmrs.module.addonmarket.audit.AuditEntry;
import org.openmrs.module.addonmarket.audit.AuditEvent;
import org.openmrs.module.addonmarket.inventory.InventoryEntry;
import org.openmrs.module.addonmarket.web.InstallationBodies.AudienceBody;
import org.openmrs.module.addonmarket.web.InstallationBodies.GrantBody;

/**
 * The JSON shapes of the audit log and the inventory: the fields of DESIGN.md section 6 in camelCase.
 */
final class AuditBodies {

	private AuditBodies() {
	}

	record EventBody(long sequence, Instant recordedAt, String kind, String installation, String addonId,
	        String addonVersion, String user, String patient, String resourceType, List<String> resourceIds,
	        String operation, String outcome, String reasonCode, String reason, String scope, String grant,
	        String invocationId, String purpose, List<String> elementsReleased, int recordCount, int withheldCount,
	        String egressDestination, long bytesSent, String query, String detail, String prevHash, String hash) {

		static EventBody of(AuditEvent event) {
			AuditEntry e = event.entry();
			return new EventBody(event.sequence(), event.recordedAt(), e.kind().name(), e.installationUuid(),
			        e.addonId(), e.addonVersion(), e.actor(), e.patientUuid(), e.resourceType(), e.resourceIds(),
			        e.operation(), e.outcome().name(), e.reasonCode(), e.reasonText(), e.scope(), e.grantUuid(),
			        e.invocationId(), e.purpose(), e.elementsReleased(), e.recordCount(), e.withheldCount(),
			        e.egressDestination(), e.bytesSent(), e.query(), e.detail(), event.prevHash(), event.hash());
		}
	}

	record InventoryBody(String installation, String addonId, String addonName, String version, String publisher,
	        String state, AudienceBody audience, String installedBy, GrantBody grant, Instant expiresAt,
	        Instant lastActivity) {

		static InventoryBody of(InventoryEntry entry, Instant now) {
			var installation = entry.installation();
			GrantBody grant = entry.grant() == null ? null : GrantBody.of(entry.grant(), now);
			return new InventoryBody(installation.getUuid(), installation.getAddon().getAddonId(),
			        installation.getAddon().getName(), installation.getAddonVersion(),
			        installation.getAddon().getPublisher().getName(), installation.getState().name(),
			        AudienceBody.of(installation.getAudience()), installation.getInstalledBy(), grant,
			        entry.grant() == null ? null : entry.grant().getExpiresAt(), entry.lastActivity());
		}
	}
}
