package org.openmrs.module.addonmarket.grant;

import java.util.List;

import org.openmrs.module.addonmarket.catalog.PermissionDiff;
import org.openmrs.module.addonmarket.catalog.RequestedPermission;
import org.openmrs.module.addonmarket.install.Installation;

/**
 * One entry of the approval queue: an installation waiting for a grant, what it asks for, and, for an upgrade,
 * how that differs from what it has.
 *
 * @param installation the installation
 * @param version the add-on version the decision is for (the pending upgrade, or the installed version)
 * @param requested what that version asks for
 * @param diff for an upgrade, the difference from the current grant; for a first approval, everything is added
 * @param signed whether the version was signed by a trusted key
 */
public record ApprovalRequest(Installation installation, String version, List<RequestedPermission> requested,
        PermissionDiff diff, boolean signed) {
}
