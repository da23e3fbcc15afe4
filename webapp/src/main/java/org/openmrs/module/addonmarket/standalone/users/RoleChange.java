package org.openmrs.module.addonmarket.standalone.users;

import java.util.List;

/**
 * What an administrator changes about a role; a null field stays as it is.
 *
 * @param description a new description
 * @param privileges the complete new list of privileges
 */
public record RoleChange(String description, List<String> privileges) {
}
