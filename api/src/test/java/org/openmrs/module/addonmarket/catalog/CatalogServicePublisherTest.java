package org.openmrs.module.addonmarket.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;

import org.junit.Test;
import org.openmrs.module.addonmarket.Privileges;
import org.openmrs.module.addonmarket.error.AddonMarketException;
import org.openmrs.module.addonmarket.error.ErrorCode;
import org.openmrs.module.addonmarket.test.PersistenceTest;

public class CatalogServicePublisherTest extends PersistenceTest {

	private static String uniqueName() {
		return "unit-" + UUID.randomUUID().toString().substring(0, 8);
	}

	@Test
	public void createPublisher_shouldStoreAPublisherThatCanBeReadBack() {
		CatalogService catalog = bean(CatalogService.class);
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
		CatalogService catalog = bean(CatalogService.class);
		identity().signIn("admin", Privileges.MANAGE_ADDONS, Privileges.BROWSE_ADDONS);
		String name = uniqueName();
		catalog.createPublisher(name, null, null);

		assertThatThrownBy(() -> catalog.createPublisher(name, "Again", null)).isInstanceOf(AddonMarketException.class)
		        .extracting(e -> ((AddonMarketException) e).getCode()).isEqualTo(ErrorCode.PUBLISHER_EXISTS);
		assertThat(catalog.getPublishers()).filteredOn(p -> p.getName().equals(name)).hasSize(1);
	}

	@Test
	public void createPublisher_shouldRefuseAnInvalidNameAndStoreNothing() {
		CatalogService catalog = bean(CatalogService.class);
		identity().signIn("admin", Privileges.MANAGE_ADDONS, Privileges.BROWSE_ADDONS);
		int before = catalog.getPublishers().size();

		assertThatThrownBy(() -> catalog.createPublisher("Cardiology Unit!", null, null))
		        .isInstanceOf(AddonMarketException.class).hasMessageContaining("Cardiology Unit!")
		        .extracting(e -> ((AddonMarketException) e).getField()).isEqualTo("/name");
		assertThat(catalog.getPublishers()).hasSize(before);
	}

	@Test
	public void createPublisher_shouldRefuseAUserWithoutManageAddons() {
		CatalogService catalog = bean(CatalogService.class);
		identity().signIn("clinician", Privileges.BROWSE_ADDONS, Privileges.INSTALL_ADDONS);

		assertThatThrownBy(() -> catalog.createPublisher(uniqueName(), null, null))
		        .extracting(e -> ((AddonMarketException) e).getCode()).isEqualTo(ErrorCode.PRIVILEGE_REQUIRED);
	}

	@Test
	public void getPublishers_shouldRefuseAnonymousUsers() {
		CatalogService catalog = bean(CatalogService.class);

		assertThatThrownBy(catalog::getPublishers).extracting(e -> ((AddonMarketException) e).getCode())
		        .isEqualTo(ErrorCode.NOT_SIGNED_IN);
	}
}
