package org.openmrs.module.addonmarket.web;

import java.time.Instant;
import java.util.List;
import java.util.Locale;


import org.openmrs.module.addonmarket.catalog.PermissionDiff;
import org.openmrs.module.addonmarket.catalog.RequestedPermission;
import org.openmrs.module.addonmarket.catalog.scope.Scope;
import org.openmrs.module.addonmarket.error.AddonMarketException;
import org.openmrs.module.addonmarket.error.ErrorCode;
import org.openmrs.module.addonmarket.grant.ApprovalRequest;
import org.openmrs.module.addonmarket.grant.Grant;
import org.openmrs.module.addonmarket.install.Audience;
import org.openmrs.module.addonmarket.install.AudienceKind;
import org.openmrs.module.addonmarket.install.ConfigurationVersion;
import org.openmrs.module.addonmarket.install.Installation;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The JSON shapes of installations, grants, the approval queue and configurations.
 */
final class InstallationBodies {

	private InstallationBodies() {
	}

	/**
	 * An audience as clients write it: {@code {"kind": "organisation"}}, {@code {"kind": "location", "uuid"}},
	 * {@code {"kind": "role", "name"}} or {@code {"kind": "user", "uuid"}}.
	 */
	record AudienceBody(String kind, String uuid, String name) {

		Audience toAudience() {
			AudienceKind parsed;
			try {
				parsed = AudienceKind.valueOf(kind == null ? "" : kind.trim().toUpperCase(Locale.ROOT));
			}
			catch (IllegalArgumentException e) {
				throw new AddonMarketException(ErrorCode.BAD_PARAMETER, "audience.kind must be organisation, location,"
				        + " role or user, got \"" + kind + "\"", "/audience/kind", e);
			}
			return new Audience(parsed, parsed == AudienceKind.ROLE ? name : uuid);
		}

		static AudienceBody of(Audience audience) {
			String kind = audience.kind().name().toLowerCase(Locale.ROOT);
			return audience.kind() == AudienceKind.ROLE ? new AudienceBody(kind, null, audience.value())
			        : new AudienceBody(kind, audience.value(), null);
		}
	}

	record Install(String addonId, String version, AudienceBody audience) {
	}

	record Approve(List<String> scopes, List<String> sensitiveScopes, List<String> egress, Instant expiresAt,
	        String rationale, Integer lockVersion) {
	}

	record Rationale(String rationale) {
	}

	record Reason(String reason) {
	}

	record Upgrade(String version) {
	}

	record ScopeBody(String scope, String description, boolean sensitive) {
	}

	record GrantBody(String uuid, String kind, String version, List<ScopeBody> scopes, List<String> egress,
	        Instant expiresAt, boolean inForce, String rationale, String grantedBy, Instant grantedAt,
	        String supersedes) {

		static GrantBody of(Grant grant, Instant now) {
			List<ScopeBody> scopes = grant.getScopes().stream().map(s -> new ScopeBody(s.getScope(),
			        Scope.parse(s.getScope()).describe(), s.isSensitive())).toList();
			return new GrantBody(grant.getUuid(), grant.getKind().name(), grant.getAddonVersion(), scopes,
			        grant.getEgress(), grant.getExpiresAt(), grant.isInForceAt(now), grant.getRationale(),
			        grant.getGrantedBy(), grant.getGrantedAt(), grant.getSupersedesUuid());
		}
	}

	record InstallationBody(String uuid, String addonId, String addonName, String version, String pendingVersion,
	        String state, String stateReason, AudienceBody audience, String installedBy, Instant installedAt,
	        int lockVersion, GrantBody grant) {

		static InstallationBody of(Installation installation, GrantBody grant) {
			return new InstallationBody(installation.getUuid(), installation.getAddon().getAddonId(),
			        installation.getAddon().getName(), installation.getAddonVersion(), installation.getPendingVersion(),
			        installation.getState().name(), installation.getStateReason(),
			        AudienceBody.of(installation.getAudience()), installation.getInstalledBy(),
			        installation.getInstalledAt(), installation.getLockVersion(), grant);
		}
	}

	record RequestedBody(String scope, String description, String why, List<String> elements, boolean optional,
	        boolean system) {

		static RequestedBody of(RequestedPermission permission) {
			return new RequestedBody(permission.scope().canonical(), permission.scope().describe(), permission.why(),
			        permission.elements(), permission.optional(),
			        permission.scope().context() == org.openmrs.module.addonmarket.catalog.scope.ScopeContext.SYSTEM);
		}
	}

	record DiffBody(List<String> added, List<String> optionalAdded, List<PermissionDiff.Change> widened, List<PermissionDiff.Change> narrowed,
	        List<String> removed, List<String> egressAdded, List<String> egressRemoved, List<String> systemScopesAdded,
	        boolean needsApproval, List<String> description) {

		static DiffBody of(PermissionDiff diff) {
			return new DiffBody(diff.added(), diff.optionalAdded(), diff.widened(), diff.narrowed(), diff.removed(), diff.egressAdded(),
			        diff.egressRemoved(), diff.systemScopesAdded(), diff.needsApproval(), diff.describe());
		}
	}

	record ApprovalBody(InstallationBody installation, String version, String publisher, boolean signed,
	        List<RequestedBody> requested, DiffBody diff) {

		static ApprovalBody of(ApprovalRequest request, GrantBody grant) {
			return new ApprovalBody(InstallationBody.of(request.installation(), grant), request.version(),
			        request.installation().getAddon().getPublisher().getName(), request.signed(),
			        request.requested().stream().map(RequestedBody::of).toList(), DiffBody.of(request.diff()));
		}
	}

	record ConfigurationBody(int number, JsonNode configuration, String version, String author, Instant createdAt) {

		static ConfigurationBody of(ConfigurationVersion version, ApiJson json) {
			return new ConfigurationBody(version.getNumber(), json.tree(version.getJson()), version.getAddonVersion(),
			        version.getAuthor(), version.getCreatedAt());
		}
	}

}
