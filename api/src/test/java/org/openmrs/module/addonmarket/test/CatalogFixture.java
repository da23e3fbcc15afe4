package org.openmrs.module.addonmarket.test;

import java.io.ByteArrayInputStream;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.HexFormat;
import java.util.UUID;
import java.util.function.Consumer;

import org.openmrs.module.addonmarket.Privileges;
import org.openmrs.module.addonmarket.catalog.AddonVersion;
import org.openmrs.module.addonmarket.catalog.CatalogService;
import org.openmrs.module.addonmarket.catalog.PublisherService;
import org.openmrs.module.addonmarket.catalog.pkg.TestPackages;
import org.openmrs.module.addonmarket.catalog.signing.PackageSignature;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A publisher of its own (unique name, a trusted Ed25519 key, the user {@code publisher} as member) and the
 * example add-on under a unique id, so that tests sharing one database do not meet.
 */
public final class CatalogFixture {

	public static final String PUBLISHER_USER = "publisher";

	public final String publisher = "pub-" + UUID.randomUUID().toString().substring(0, 8);

	public final String addonId = "org.test." + publisher;

	public final KeyPair keys;

	private final TestIdentity identity;

	private final CatalogService catalog;

	public CatalogFixture(TestIdentity identity, PublisherService publishers, CatalogService catalog) {
		this.identity = identity;
		this.catalog = catalog;
		this.keys = ed25519();
		identity.signIn("admin", Privileges.MANAGE_ADDONS, Privileges.BROWSE_ADDONS);
		publishers.createPublisher(publisher, "Test unit", null);
		publishers.addMember(publisher, "uuid-" + PUBLISHER_USER);
		publishers.addKey(publisher, Base64.getEncoder().encodeToString(keys.getPublic().getEncoded()), "test key");
		identity.signOut();
	}

	/** @return the example package as this fixture's add-on at that version, with further edits */
	public byte[] pkg(String version, Consumer<ObjectNode> edit) {
		return TestPackages.example().editManifest(m -> {
			m.put("id", addonId);
			m.put("publisher", publisher);
			m.put("version", version);
			edit.accept(m);
		}).build();
	}

	public byte[] pkg(String version) {
		return pkg(version, m -> {
		});
	}

	/** @return the package's Ed25519 signature with this fixture's key, as base64 bytes */
	public byte[] sign(byte[] pkg) {
		return PackageSignature.sign(sha256(pkg), keys.getPrivate()).base64().getBytes();
	}

	/** Publishes a signed version as the publisher user, then signs out. */
	public AddonVersion publish(String version, Consumer<ObjectNode> edit) {
		byte[] pkg = pkg(version, edit);
		signInAsPublisher();
		try {
			return catalog.publish(new ByteArrayInputStream(pkg), sign(pkg));
		}
		finally {
			identity.signOut();
		}
	}

	/** Publishes a signed version whose entry script, main.js, is this one, as the publisher user. */
	public AddonVersion publishScript(String version, String script, Consumer<ObjectNode> edit) {
		byte[] pkg = TestPackages.example().replace("main.js", script).editManifest(m -> {
			m.put("id", addonId);
			m.put("publisher", publisher);
			m.put("version", version);
			edit.accept(m);
		}).build();
		signInAsPublisher();
		try {
			return catalog.publish(new ByteArrayInputStream(pkg), sign(pkg));
		}
		finally {
			identity.signOut();
		}
	}

	public AddonVersion publish(String version) {
		return publish(version, m -> {
		});
	}

	public void signInAsPublisher() {
		identity.signIn(PUBLISHER_USER, Privileges.PUBLISH_ADDONS, Privileges.BROWSE_ADDONS);
	}

	public static String sha256(byte[] bytes) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}

	private static KeyPair ed25519() {
		try {
			return KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}
}
