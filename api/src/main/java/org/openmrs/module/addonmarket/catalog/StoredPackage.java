package org.openmrs.module.addonmarket.catalog;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;

/**
 * The exact bytes of a published package, kept apart from {@link AddonVersion} so that listing versions never
 * loads them.
 */
@Entity
@Table(name = "addonmarket_addon_package")
public class StoredPackage {

	@Id
	@Column(name = "version_id")
	private Long versionId;

	@Column(name = "bytes", nullable = false, length = 104857600)
	private byte[] bytes;

	protected StoredPackage() {
	}

	public StoredPackage(Long versionId, byte[] bytes) {
		this.versionId = versionId;
		this.bytes = bytes.clone();
	}

	public Long getVersionId() {
		return versionId;
	}

	public byte[] getBytes() {
		return bytes.clone();
	}
}
