package org.openmrs.module.addonmarket.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.UUID;

import org.junit.Test;
import org.openmrs.module.addonmarket.Privileges;
import org.openmrs.module.addonmarket.error.AddonMarketException;
import org.openmrs.module.addonmarket.error.ErrorCode;
import org.openmrs.module.addonmarket.test.PersistenceTest;

public class PublisherServiceTest extends PersistenceTest {

	private static String uniqueName() {
		return "unit-" + UUID.randomUUID().toString().substring(0, 8);
	}

	@Test
	public void createPublisher_shouldStoreAPublisherThatCanBeReadBack() {
		PublisherService catalog = bean(PublisherService.class);
		identity().signIn("admin", Privileges.MANAGE_ADDONS, Privileges.BROWSE_ADDONS);
		String name = uniqueName();

		Publisher created = catalog.createPublisher(name, "Cardiology unit", "Heart care tools");

		Publisher byUuid = catalog.getPublisherByUuid(created.getUuid()).orElseThrow();
		assertThat(byUuid.getName()).isEqualTo(name);
		assertThat(byUuid.getDisplayName()).isEqualTo("Cardiology unit");
		assertThat(byUuid.getDescription()).isEqualTo("Heart care tools");
		assertThat(byUuid.getCreatedBy()).isEqualTo("uuid-admin");
		assertThat(byUuid.getCreatedAt()).isNotNull();
		assertThat(catalog.getPublisherByName(name)).map(Publisher::getUuid).contains(created.getUuid());
		assertThat(catalog.getPublishers()).extracting(Publisher::getName).contains(name).isSorted();
	}

	@Test
	public void createPublisher_shouldRefuseATakenName() {
		PublisherService catalog = bean(PublisherService.class);
		identity().signIn("admin", Privileges.MANAGE_ADDONS, Privileges.BROWSE_ADDONS);
		String name = uniqueName();
		catalog.createPublisher(name, null, null);

		assertThatThrownBy(() -> catalog.createPublisher(name, "Again", null)).isInstanceOf(AddonMarketException.class)
		        .extracting(e -> ((AddonMarketException) e).getCode()).isEqualTo(ErrorCode.PUBLISHER_EXISTS);
		assertThat(catalog.getPublishers()).filteredOn(p -> p.getName().equals(name)).hasSize(1);
	}

	@Test
	public void createPublisher_shouldRefuseAnInvalidNameAndStoreNothing() {
		PublisherService catalog = bean(PublisherService.class);
		identity().signIn("admin", Privileges.MANAGE_ADDONS, Privileges.BROWSE_ADDONS);
		int before = catalog.getPublishers().size();

		assertThatThrownBy(() -> catalog.createPublisher("Cardiology Unit!", null, null))
		        .isInstanceOf(AddonMarketException.class).hasMessageContaining("Cardiology Unit!")
		        .extracting(e -> ((AddonMarketException) e).getField()).isEqualTo("/name");
		assertThat(catalog.getPublishers()).hasSize(before);
	}

	@Test
	public void createPublisher_shouldRefuseAUserWithoutManageAddons() {
		PublisherService catalog = bean(PublisherService.class);
		identity().signIn("clinician", Privileges.BROWSE_ADDONS, Privileges.INSTALL_ADDONS);

		assertThatThrownBy(() -> catalog.createPublisher(uniqueName(), null, null))
		        .extracting(e -> ((AddonMarketException) e).getCode()).isEqualTo(ErrorCode.PRIVILEGE_REQUIRED);
	}

	@Test
	public void getPublishers_shouldRefuseAnonymousUsers() {
		PublisherService catalog = bean(PublisherService.class);

		assertThatThrownBy(catalog::getPublishers).extracting(e -> ((AddonMarketException) e).getCode())
		        .isEqualTo(ErrorCode.NOT_SIGNED_IN);
	}

	@Test
	public void addKey_shouldTrustAnEd25519KeyGivenAsPemAndRecordItsFingerprint() throws Exception {
		PublisherService catalog = bean(PublisherService.class);
		identity().signIn("admin", Privileges.MANAGE_ADDONS, Privileges.BROWSE_ADDONS);
		String name = uniqueName();
		catalog.createPublisher(name, null, null);
		KeyPair pair = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
		String pem = "-----BEGIN PUBLIC KEY-----\n"
		        + Base64.getMimeEncoder().encodeToString(pair.getPublic().getEncoded()) + "\n-----END PUBLIC KEY-----\n";

		PublisherKey key = catalog.addKey(name, pem, "release key");

		assertThat(key.getFingerprint()).hasSize(64).isEqualTo(TrustedKeyFingerprint.of(pair));
		assertThat(catalog.getKeys(name)).extracting(PublisherKey::getFingerprint, PublisherKey::getLabel,
		    PublisherKey::isRevoked).containsExactly(org.assertj.core.groups.Tuple.tuple(key.getFingerprint(),
		        "release key", false));
	}

	@Test
	public void addKey_shouldRefuseAnRsaKeyAndKeepNothing() throws Exception {
		PublisherService catalog = bean(PublisherService.class);
		identity().signIn("admin", Privileges.MANAGE_ADDONS, Privileges.BROWSE_ADDONS);
		String name = uniqueName();
		catalog.createPublisher(name, null, null);
		String rsa = Base64.getEncoder().encodeToString(
		    KeyPairGenerator.getInstance("RSA").generateKeyPair().getPublic().getEncoded());

		assertThatThrownBy(() -> catalog.addKey(name, rsa, null)).extracting(e -> ((AddonMarketException) e).getCode())
		        .isEqualTo(ErrorCode.KEY_INVALID);
		assertThat(catalog.getKeys(name)).isEmpty();
	}

	@Test
	public void addKey_shouldRefuseTheSameKeyTwice() throws Exception {
		PublisherService catalog = bean(PublisherService.class);
		identity().signIn("admin", Privileges.MANAGE_ADDONS, Privileges.BROWSE_ADDONS);
		String name = uniqueName();
		catalog.createPublisher(name, null, null);
		String key = ed25519Base64();
		catalog.addKey(name, key, null);

		assertThatThrownBy(() -> catalog.addKey(name, key, null)).extracting(e -> ((AddonMarketException) e).getCode())
		        .isEqualTo(ErrorCode.KEY_EXISTS);
	}

	@Test
	public void revokeKey_shouldNeedAReasonAndKeepTheKeyForTheRecord() throws Exception {
		PublisherService catalog = bean(PublisherService.class);
		identity().signIn("admin", Privileges.MANAGE_ADDONS, Privileges.BROWSE_ADDONS);
		String name = uniqueName();
		catalog.createPublisher(name, null, null);
		String fingerprint = catalog.addKey(name, ed25519Base64(), null).getFingerprint();

		assertThatThrownBy(() -> catalog.revokeKey(name, fingerprint, " "))
		        .extracting(e -> ((AddonMarketException) e).getCode()).isEqualTo(ErrorCode.REASON_REQUIRED);
		catalog.revokeKey(name, fingerprint, "laptop stolen");

		PublisherKey revoked = catalog.getKeys(name).get(0);
		assertThat(revoked.isRevoked()).isTrue();
		assertThat(revoked.getRevokeReason()).isEqualTo("laptop stolen");
		assertThat(revoked.getRevokedBy()).isEqualTo("uuid-admin");
		assertThatThrownBy(() -> catalog.revokeKey(name, fingerprint, "again"))
		        .extracting(e -> ((AddonMarketException) e).getCode()).isEqualTo(ErrorCode.KEY_REVOKED);
	}

	@Test
	public void addMember_shouldLetTheUserPublishForThePublisher() {
		PublisherService catalog = bean(PublisherService.class);
		identity().signIn("admin", Privileges.MANAGE_ADDONS, Privileges.BROWSE_ADDONS);
		String name = uniqueName();
		catalog.createPublisher(name, null, null);

		catalog.addMember(name, "uuid-publisher");

		assertThat(catalog.getPublisherByName(name).orElseThrow().hasMember("uuid-publisher")).isTrue();
		catalog.removeMember(name, "uuid-publisher");
		assertThat(catalog.getPublisherByName(name).orElseThrow().getMemberUuids()).isEmpty();
	}

	private static String ed25519Base64() throws NoSuchAlgorithmException {
		return Base64.getEncoder().encodeToString(
		    KeyPairGenerator.getInstance("Ed25519").generateKeyPair().getPublic().getEncoded());
	}

	/** The fingerprint as a user computes it: sha256sum of the DER public key. */
	private static final class TrustedKeyFingerprint {

		static String of(KeyPair pair) throws NoSuchAlgorithmException {
			return java.util.HexFormat.of().formatHex(
			    java.security.MessageDigest.getInstance("SHA-256").digest(pair.getPublic().getEncoded()));
		}
	}
}
