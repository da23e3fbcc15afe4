package org.openmrs.module.addonmarket.web;

import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;

import org.openmrs.module.addonmarket.catalog.Publisher;
import org.openmrs.module.addonmarket.catalog.PublisherKey;

/**
 * The JSON shapes of publishers and their keys, in requests and answers.
 */
final class PublisherBodies {

	private PublisherBodies() {
	}

	record CreatePublisher(String name, String displayName, String description) {
	}

	record AddKey(String publicKey, String label) {
	}

	record Reason(String reason) {
	}

	record AddMember(String userUuid) {
	}

	record PublisherBody(String uuid, String name, String displayName, String description, List<String> members,
	        Instant createdAt) {

		static PublisherBody of(Publisher publisher) {
			return new PublisherBody(publisher.getUuid(), publisher.getName(), publisher.getDisplayName(),
			        publisher.getDescription(), publisher.getMemberUuids().stream().sorted().collect(Collectors.toList()),
			        publisher.getCreatedAt());
		}
	}

	record KeyBody(String fingerprint, String publisher, String label, String publicKey, String algorithm,
	        Instant addedAt, String addedBy, boolean revoked, Instant revokedAt, String revokedBy, String revokeReason) {

		static KeyBody of(PublisherKey key) {
			return new KeyBody(key.getFingerprint(), key.getPublisher().getName(), key.getLabel(), key.getPublicKey(),
			        "Ed25519", key.getAddedAt(), key.getAddedBy(), key.isRevoked(), key.getRevokedAt(),
			        key.getRevokedBy(), key.getRevokeReason());
		}
	}
}
