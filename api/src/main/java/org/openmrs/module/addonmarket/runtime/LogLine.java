package org.openmrs.module.addonmarket.runtime;

/**
 * One line an add-on logged with {@code ctx.log}.
 *
 * @param level {@code info}, {@code warn} or {@code error}
 * @param text what it logged, cut to a readable length
 */
public record LogLine(String level, String text) {
}
