package org.openmrs.module.addonmarket.standalone.demo;

import java.io.ByteArrayInputStream;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

import org.openmrs.module.addonmarket.Privileges;
import org.openmrs.module.addonmarket.catalog.CatalogService;
import org.openmrs.module.addonmarket.catalog.PublisherService;
import org.openmrs.module.addonmarket.catalog.signing.PackageSignature;
import org.openmrs.module.addonmarket.error.AddonMarketException;
import org.openmrs.module.addonmarket.host.Actor;
import org.openmrs.module.addonmarket.host.ModuleClock;
import org.openmrs.module.addonmarket.standalone.StandaloneIdentity;
import org.openmrs.module.addonmarket.standalone.users.User;
import org.openmrs.module.addonmarket.standalone.users.dao.UserDao;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Demo mode publishes the example add-ons ({@link ExamplePackages}) as the demo publisher organisation
 * {@value #PUBLISHER}, whose member is the demo user {@code publisher}, each signed. The signing key is made at the
 * start that publishes something and only its public half is kept, as a trusted key of the publisher
 * (docs/decisions/0011-example-addons.md): nothing secret is written anywhere. A version already in the catalog is
 * left alone, so a restart publishes nothing; an example that cannot be published (an administrator blocked it, or
 * published a newer version) is reported in the banner and the server starts all the same.
 */
@Component
@Order(DemoExamples.ORDER)
public class DemoExamples implements DemoStep {

	public static final int ORDER = 300;

	/** The demo publisher organisation's name, as the examples' manifests name it. */
	public static final String PUBLISHER = "example-health";

	private static final Logger log = LoggerFactory.getLogger(DemoExamples.class);

	private final PublisherService publishers;

	private final CatalogService catalog;

	private final UserDao users;

	private final StandaloneIdentity identity;

	private final ModuleClock clock;

	private final TransactionTemplate ownTransaction;

	public DemoExamples(PublisherService publishers, CatalogService catalog, UserDao users, StandaloneIdentity identity,
	    ModuleClock clock, PlatformTransactionManager transactions) {
		this.publishers = publishers;
		this.catalog = catalog;
		this.users = users;
		this.identity = identity;
		this.clock = clock;
		this.ownTransaction = new TransactionTemplate(transactions);
		ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	@Override
	public List<String> seed() {
		Optional<User> admin = users.getByUsername("admin");
		Optional<User> publisher = users.getByUsername("publisher");
		if (admin.isEmpty() || publisher.isEmpty()) {
			return List.of("Example add-ons: not published (the demo users admin and publisher are gone).");
		}
		List<ExamplePackages.Packed> missing = new ArrayList<>();
		for (String folder : ExamplePackages.NAMES) {
			ExamplePackages.Packed packed = ExamplePackages.pack(folder);
			if (as(admin.get(), Set.of(Privileges.BROWSE_ADDONS),
			    () -> catalog.getVersion(packed.addonId(), packed.version()).isEmpty())) {
				missing.add(packed);
			}
		}
		if (missing.isEmpty()) {
			return List.of("Example add-ons: published at an earlier start (none added).");
		}
		List<String> banner = new ArrayList<>();
		try {
			SigningKey key = trust(admin.get(), publisher.get(), missing.size());
			List<String> published = new ArrayList<>();
			for (ExamplePackages.Packed packed : missing) {
				publish(publisher.get(), packed, key, published, banner);
			}
			banner.add(0, "Example add-ons: published " + String.join(", ", published) + ", signed by " + PUBLISHER
			        + " with a key made for this start (" + key.fingerprint() + "; its private half is not kept).");
		}
		catch (AddonMarketException e) {
			log.warn("Demo mode could not prepare the example add-ons' publisher", e);
			banner.add("Example add-ons: not published: " + e.getMessage());
		}
		return banner;
	}

	/** A signing key made for one start, and the fingerprint the catalog gave its public half. */
	private record SigningKey(KeyPair keys, String fingerprint) {
	}

	/** Creates the demo publisher when absent, with the publisher user as member, and trusts a new signing key. */
	private SigningKey trust(User admin, User publisher, int packages) {
		KeyPair keys = ed25519();
		String publicKey = Base64.getEncoder().encodeToString(keys.getPublic().getEncoded());
		String fingerprint = as(admin, Set.of(Privileges.MANAGE_ADDONS, Privileges.BROWSE_ADDONS), () -> {
			if (publishers.getPublisherByName(PUBLISHER).isEmpty()) {
				publishers.createPublisher(PUBLISHER, "Example Health (demo)",
				    "The demo publisher of the example add-ons that come with the Add-on Marketplace");
				publishers.addMember(PUBLISHER, publisher.getUuid());
			}
			return publishers.addKey(PUBLISHER, publicKey, "Demo examples key, made " + clock.now()).getFingerprint();
		});
		log.info("Demo mode signs {} example add-on(s) with a new key, {}", packages, fingerprint);
		return new SigningKey(keys, fingerprint);
	}

	private void publish(User publisher, ExamplePackages.Packed packed, SigningKey key, List<String> published,
	        List<String> banner) {
		byte[] signature = PackageSignature.sign(sha256(packed.zip()), key.keys().getPrivate()).base64().getBytes();
		try {
			as(publisher, Set.of(Privileges.PUBLISH_ADDONS, Privileges.BROWSE_ADDONS),
			    () -> catalog.publish(new ByteArrayInputStream(packed.zip()), signature));
			published.add(packed.addonId() + " " + packed.version());
		}
		catch (AddonMarketException e) {
			log.warn("Demo mode could not publish the example {}", packed.folder(), e);
			banner.add("Example add-on " + packed.addonId() + " " + packed.version() + " not published: "
			        + e.getMessage());
		}
	}

	/** Runs the work in a transaction of its own, as that demo user with those privileges. */
	private <T> T as(User user, Set<String> privileges, Supplier<T> work) {
		identity.actAs(new Actor(user.getUuid(), user.getUsername(), user.getDisplayName()), privileges);
		try {
			return ownTransaction.execute(status -> work.get());
		}
		finally {
			identity.clear();
		}
	}

	private static KeyPair ed25519() {
		try {
			return KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("This Java runtime has no Ed25519", e);
		}
	}

	private static String sha256(byte[] bytes) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}
}
