package org.openmrs.module.addonmarket.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.util.List;

import org.hibernate.Session;
import org.hibernate.SessionFactory;
import org.junit.Before;
import org.junit.Test;
import org.openmrs.module.addonmarket.Privileges;
import org.openmrs.module.addonmarket.catalog.pkg.TestPackages;
import org.openmrs.module.addonmarket.error.AddonMarketException;
import org.openmrs.module.addonmarket.error.ErrorCode;
import org.openmrs.module.addonmarket.host.Setting;
import org.openmrs.module.addonmarket.test.CatalogFixture;
import org.openmrs.module.addonmarket.test.PersistenceTest;
import org.openmrs.module.addonmarket.test.TestSettings;

public class CatalogServiceTest extends PersistenceTest {

	private CatalogService catalog;

	private CatalogFixture fixture;

	@Before
	public void publisherWithKey() {
		catalog = bean(CatalogService.class);
		fixture = new CatalogFixture(identity(), bean(PublisherService.class), catalog);
	}

	@Test
	public void publish_shouldStoreASignedPackageAndServeExactlyItsBytes() {
		byte[] pkg = fixture.pkg("1.0.0");
		fixture.signInAsPublisher();

		AddonVersion version = catalog.publish(new ByteArrayInputStream(pkg), fixture.sign(pkg));

		assertThat(version.isSigned()).isTrue();
		assertThat(version.getKeyFingerprint()).hasSize(64);
		assertThat(version.getSha256()).isEqualTo(CatalogFixture.sha256(pkg));
		assertThat(catalog.getPackage(fixture.addonId, "1.0.0")).isEqualTo(pkg);
		Addon addon = catalog.getAddon(fixture.addonId).orElseThrow();
		assertThat(addon.getName()).isEqualTo("Hypertensive crisis alert");
		assertThat(addon.isLatestSigned()).isTrue();
		assertThat(addon.getCategories()).containsExactlyInAnyOrder("cardiology", "alerts");
		assertThat(catalog.getRequestedPermissions(version)).extracting(p -> p.scope().canonical()).contains(
		    "patient/Observation.rs?code=http://loinc.org|8462-4,http://loinc.org|8480-6", "user/Notice.c");
	}

	@Test
	public void publish_shouldAcceptAnUnsignedPackageMarkedUnsignedByDefault() {
		fixture.signInAsPublisher();

		AddonVersion version = catalog.publish(new ByteArrayInputStream(fixture.pkg("1.0.0")), null);

		assertThat(version.isSigned()).isFalse();
		assertThat(version.getKeyFingerprint()).isNull();
	}

	@Test
	public void unsignedPackage_shouldBeRefusedWhenSignaturesAreRequired() {
		bean(TestSettings.class).set(Setting.REQUIRE_SIGNATURE.name(), "true");
		fixture.signInAsPublisher();

		assertRefusedAndNothingStored(() -> catalog.publish(new ByteArrayInputStream(fixture.pkg("1.0.0")), null),
		    ErrorCode.SIGNATURE_REQUIRED);
	}

	@Test
	public void badSignature_shouldRefusePackageAndStoreNothing() {
		byte[] pkg = fixture.pkg("1.0.0");
		byte[] signatureOfAnother = fixture.sign(fixture.pkg("9.9.9"));
		fixture.signInAsPublisher();

		assertRefusedAndNothingStored(() -> catalog.publish(new ByteArrayInputStream(pkg), signatureOfAnother),
		    ErrorCode.SIGNATURE_INVALID);
	}

	@Test
	public void malformedSignature_shouldRefusePackage() {
		fixture.signInAsPublisher();

		assertRefusedAndNothingStored(() -> catalog.publish(new ByteArrayInputStream(fixture.pkg("1.0.0")),
		    "not a signature".getBytes()), ErrorCode.SIGNATURE_MALFORMED);
	}

	@Test
	public void revokedKey_shouldRefusePackageSignedWithIt() {
		byte[] pkg = fixture.pkg("1.0.0");
		identity().signIn("admin", Privileges.MANAGE_ADDONS, Privileges.BROWSE_ADDONS);
		PublisherService publishers = bean(PublisherService.class);
		publishers.revokeKey(fixture.publisher, publishers.getKeys(fixture.publisher).get(0).getFingerprint(),
		    "key leaked");
		fixture.signInAsPublisher();

		assertRefusedAndNothingStored(() -> catalog.publish(new ByteArrayInputStream(pkg), fixture.sign(pkg)),
		    ErrorCode.SIGNATURE_KEY_REVOKED);
	}

	@Test
	public void publish_shouldRefuseAUserWhoDoesNotPublishForTheManifestsPublisher() {
		identity().signIn("intruder", Privileges.PUBLISH_ADDONS, Privileges.BROWSE_ADDONS);

		assertRefusedAndNothingStored(() -> catalog.publish(new ByteArrayInputStream(fixture.pkg("1.0.0")), null),
		    ErrorCode.NOT_A_PUBLISHER_MEMBER);
	}

	@Test
	public void publish_shouldRefuseAUserWithoutPublishAddons() {
		identity().signIn(CatalogFixture.PUBLISHER_USER, Privileges.BROWSE_ADDONS);

		assertRefusedAndNothingStored(() -> catalog.publish(new ByteArrayInputStream(fixture.pkg("1.0.0")), null),
		    ErrorCode.PRIVILEGE_REQUIRED);
	}

	@Test
	public void republishingAVersion_shouldBeRefusedWith409() {
		fixture.publish("1.0.0");
		fixture.signInAsPublisher();

		assertThatThrownBy(() -> catalog.publish(new ByteArrayInputStream(fixture.pkg("1.0.0")), null))
		        .extracting(e -> ((AddonMarketException) e).getCode()).isEqualTo(ErrorCode.VERSION_EXISTS);
	}

	@Test
	public void anOlderVersion_shouldBeRefused() {
		fixture.publish("1.2.0");
		fixture.signInAsPublisher();

		assertThatThrownBy(() -> catalog.publish(new ByteArrayInputStream(fixture.pkg("1.1.9")), null))
		        .extracting(e -> ((AddonMarketException) e).getCode()).isEqualTo(ErrorCode.VERSION_NOT_GREATER);
		assertThat(catalog.getVersions(fixture.addonId)).extracting(AddonVersion::getVersion).containsExactly("1.2.0");
	}

	@Test
	public void aNewerVersion_shouldBecomeTheLatestAndKeepTheOlderOne() {
		fixture.publish("1.0.0");
		fixture.publish("1.1.0", m -> m.put("name", "Hypertensive crisis alert II"));
		identity().signIn("clinician", Privileges.BROWSE_ADDONS);

		Addon addon = catalog.getAddon(fixture.addonId).orElseThrow();

		assertThat(addon.getLatestVersion()).isEqualTo("1.1.0");
		assertThat(addon.getName()).isEqualTo("Hypertensive crisis alert II");
		assertThat(catalog.getVersions(fixture.addonId)).extracting(AddonVersion::getVersion)
		        .containsExactly("1.0.0", "1.1.0");
	}

	@Test
	public void hostilePackages_shouldStoreNothing() {
		List<byte[]> hostile = List.of(
		    TestPackages.example().file("../evil.js", "x").build(),
		    TestPackages.example().file("inner.zip", TestPackages.validExample()).build(),
		    fixture.pkg("1.0.0", m -> m.put("version", "one")),
		    fixture.pkg("1.0.0", m -> m.withArray("/permissions").addObject().put("scope", "patient/Observation.read")
		            .put("why", "v1")),
		    "not a zip".getBytes());
		fixture.signInAsPublisher();
		for (byte[] pkg : hostile) {
			assertRefusedAndNothingStored(() -> catalog.publish(new ByteArrayInputStream(pkg), null), null);
		}
	}

	@Test
	public void search_shouldFindByTextCategoryPublisherAndStatus() {
		fixture.publish("1.0.0", m -> m.putArray("categories").add("cardiology").add(fixture.publisher + "-cat"));
		identity().signIn("clinician", Privileges.BROWSE_ADDONS);

		assertThat(search(AddonSearch.builder().text(fixture.publisher))).containsExactly(fixture.addonId);
		assertThat(search(AddonSearch.builder().text("CRISIS ALERT").publisher(fixture.publisher)))
		        .containsExactly(fixture.addonId);
		assertThat(search(AddonSearch.builder().category(fixture.publisher + "-cat"))).containsExactly(fixture.addonId);
		assertThat(search(AddonSearch.builder().publisher(fixture.publisher).status(AddonStatus.BLOCKED))).isEmpty();
		assertThat(search(AddonSearch.builder().text("no such add-on anywhere"))).isEmpty();
		assertThat(search(AddonSearch.builder().text("100%_"))).isEmpty();
	}

	@Test
	public void block_shouldNeedManageAddonsAndAReason() {
		fixture.publish("1.0.0");
		identity().signIn("clinician", Privileges.BROWSE_ADDONS);
		assertThatThrownBy(() -> catalog.blockAddon(fixture.addonId, "unsafe"))
		        .extracting(e -> ((AddonMarketException) e).getCode()).isEqualTo(ErrorCode.PRIVILEGE_REQUIRED);
		identity().signIn("admin", Privileges.MANAGE_ADDONS, Privileges.BROWSE_ADDONS);
		assertThatThrownBy(() -> catalog.blockAddon(fixture.addonId, ""))
		        .extracting(e -> ((AddonMarketException) e).getCode()).isEqualTo(ErrorCode.REASON_REQUIRED);

		Addon blocked = catalog.blockAddon(fixture.addonId, "sends data to an unknown host");

		assertThat(blocked.isBlocked()).isTrue();
		assertThat(search(AddonSearch.builder().publisher(fixture.publisher).status(AddonStatus.BLOCKED)))
		        .containsExactly(fixture.addonId);
	}

	@Test
	public void withdraw_shouldKeepTheVersionMarkedWithdrawn() {
		fixture.publish("1.0.0");
		fixture.signInAsPublisher();

		AddonVersion withdrawn = catalog.withdrawVersion(fixture.addonId, "1.0.0", "dosing bug");

		assertThat(withdrawn.isWithdrawn()).isTrue();
		assertThat(catalog.getVersion(fixture.addonId, "1.0.0").orElseThrow().getWithdrawReason())
		        .isEqualTo("dosing bug");
		assertThatThrownBy(() -> catalog.withdrawVersion(fixture.addonId, "1.0.0", "again"))
		        .extracting(e -> ((AddonMarketException) e).getCode()).isEqualTo(ErrorCode.VERSION_WITHDRAWN);
	}

	private List<String> search(AddonSearch.Builder search) {
		return catalog.searchAddons(search.build()).results().stream().map(Addon::getAddonId).toList();
	}

	private void assertRefusedAndNothingStored(Runnable publish, ErrorCode expected) {
		long before = countAll();
		assertThatThrownBy(publish::run).isInstanceOf(AddonMarketException.class)
		        .satisfies(e -> {
			        if (expected != null) {
				        assertThat(((AddonMarketException) e).getCode()).isEqualTo(expected);
			        }
		        });
		assertThat(countAll()).as("add-ons stored").isEqualTo(before);
		assertThat(catalog.getAddon(fixture.addonId)).isEmpty();
	}

	private long countAll() {
		try (Session session = bean(SessionFactory.class).openSession()) {
			return session.createQuery("select count(v) from AddonVersion v", Long.class).uniqueResult()
			        + session.createQuery("select count(p) from StoredPackage p", Long.class).uniqueResult();
		}
	}
}
