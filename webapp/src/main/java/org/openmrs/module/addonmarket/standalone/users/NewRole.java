package org.openmrs.module.addonmarket.standalone.users;

import java.util.List;

/**
 * A role an administrator creates.
 *
 * @param name the role's name, e.g. {@code Ward Nurse}
 * @param description what the role is for, or null
 * @param privileges the privileges it grants, or null for none
 */
public record NewRole(String name, String description, List<String> privileges) {
}
