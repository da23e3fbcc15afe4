package org.openmrs.module.addonmarket.audit;

/**
 * The standing an access decision was made on: the installation and its optimistic-lock version, which moves with
 * every change the gateway decides on (its state, audience, version and every new grant). An event appended with
 * one is committed only while the installation is still at that version, read by the audit writer immediately
 * before it commits the event; otherwise the append throws {@link StaleDecisionException} and records nothing, and the
 * caller decides again. This is what lets the gateway keep installations in memory and still see a suspension or
 * a revocation, made on this node or another, from the very next call.
 *
 * @param installationUuid the installation the call went through
 * @param lockVersion its version when the decision read it
 */
public record DecidedAt(String installationUuid, int lockVersion) {
}
