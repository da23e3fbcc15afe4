package org.openmrs.module.addonmarket.install;

import java.util.Locale;

import org.openmrs.module.addonmarket.error.AddonMarketException;
import org.openmrs.module.addonmarket.error.ErrorCode;

/**
 * Who an installation is for: the organisation, a location, a role or one user.
 *
 * @param kind the kind of audience
 * @param value the location uuid, role name or user uuid; null for the organisation
 */
public record Audience(AudienceKind kind, String value) {

	public Audience {
		if (kind == null) {
			throw new AddonMarketException(ErrorCode.BAD_PARAMETER,
			        "audience.kind must be organisation, location, role or user", "/audience/kind");
		}
		if (kind == AudienceKind.ORGANISATION) {
			value = null;
		}
		else if (value == null || value.isBlank()) {
			throw new AddonMarketException(ErrorCode.BAD_PARAMETER,
			        "An audience of kind " + kind.name().toLowerCase(Locale.ROOT) + " needs its "
			                + (kind == AudienceKind.ROLE ? "name" : "uuid"),
			        kind == AudienceKind.ROLE ? "/audience/name" : "/audience/uuid");
		}
		else {
			value = value.trim();
		}
	}

	public static Audience organisation() {
		return new Audience(AudienceKind.ORGANISATION, null);
	}

	public static Audience user(String uuid) {
		return new Audience(AudienceKind.USER, uuid);
	}

	/** @return whether only one user is in it */
	public boolean isSingleUser() {
		return kind == AudienceKind.USER;
	}

	@Override
	public String toString() {
		return value == null ? kind.name().toLowerCase(Locale.ROOT) : kind.name().toLowerCase(Locale.ROOT) + ":" + value;
	}
}
