package org.openmrs.module.addonmarket.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.Test;
import org.openmrs.module.addonmarket.error.AddonMarketException;
import org.openmrs.module.addonmarket.error.ErrorCode;

public class AuditEntryTest {

	@Test
	public void build_shouldKeepEveryFieldAndDefaultToAPermitBySystem() {
		AuditEntry entry = AuditEntry.builder(AuditKind.ACCESS).addon("org.example.a", "1.0.0")
		        .operation(AuditOperation.SEARCH).query("code=http://loinc.org|8480-6&_count=20").build();

		assertThat(entry.actor()).isEqualTo(AuditEntry.SYSTEM);
		assertThat(entry.outcome()).isEqualTo(AuditOutcome.PERMIT);
		assertThat(entry.query()).isEqualTo("code=http://loinc.org|8480-6&_count=20");
		assertThat(entry.resourceIds()).isEmpty();
		assertThat(entry.elementsReleased()).isEmpty();
	}

	@Test
	public void build_shouldRefuseAnAccessEventWithoutAnAddon() {
		assertThatThrownBy(() -> AuditEntry.builder(AuditKind.ACCESS).operation(AuditOperation.READ).build())
		        .isInstanceOf(AddonMarketException.class).hasMessageContaining("addonId")
		        .extracting(e -> ((AddonMarketException) e).getCode()).isEqualTo(ErrorCode.AUDIT_ENTRY_INVALID);
	}

	@Test
	public void build_shouldRefuseAnOperationThatIsNotALowerCaseName() {
		assertThatThrownBy(() -> AuditEntry.builder(AuditKind.GOVERNANCE).operation("Grant Access").build())
		        .extracting(e -> ((AddonMarketException) e).getField()).isEqualTo("operation");
	}

	@Test
	public void build_shouldRefuseAnOverlongIdentifierBeforeItCanFailAWholeBatch() {
		assertThatThrownBy(() -> AuditEntry.builder(AuditKind.ACCESS).addon("x".repeat(101), null)
		        .operation(AuditOperation.READ).build()).extracting(e -> ((AddonMarketException) e).getField())
		        .isEqualTo("addonId");
	}

	@Test
	public void nulCharacterInjection_shouldBeReplacedSoPostgresqlCanStoreTheEvent() {
		AuditEntry entry = AuditEntry.builder(AuditKind.ACCESS).addon("org.example.a", null).operation("search")
		        .query("name=a\u0000b").resources("Patient", List.of("p\u0000", "\uD800x")).build();

		assertThat(entry.query()).isEqualTo("name=a\uFFFDb");
		assertThat(entry.resourceIds()).containsExactly("p\uFFFD", "\uFFFDx");
	}

	@Test
	public void build_shouldRefuseNegativeCounts() {
		assertThatThrownBy(() -> AuditEntry.builder(AuditKind.ACCESS).addon("org.example.a", null)
		        .operation(AuditOperation.READ).released(List.of(), -1, 0).build())
		        .isInstanceOf(AddonMarketException.class);
	}
}
