package org.openmrs.module.addonmarket.catalog;

import java.util.List;

import org.openmrs.module.addonmarket.catalog.scope.Scope;

/**
 * One permission an add-on version asks for.
 *
 * @param scope the scope
 * @param elements the elements a read returns, empty for all
 * @param why the publisher's reason
 * @param optional whether the add-on works without it (an installation becomes active without optional scopes)
 */
public record RequestedPermission(Scope scope, List<String> elements, String why, boolean optional) {
}
