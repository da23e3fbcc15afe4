package org.openmrs.module.addonmarket.audit.impl;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;

import org.junit.Test;
import org.openmrs.module.addonmarket.audit.AuditEntry;
import org.openmrs.module.addonmarket.audit.AuditEvent;
import org.openmrs.module.addonmarket.audit.AuditKind;
import org.openmrs.module.addonmarket.audit.AuditOutcome;
import org.openmrs.module.addonmarket.audit.dao.ChainHead;

/**
 * The canonical form and hash of docs/audit-canonical-form.md, worked through for its example event: anyone who
 * re-implements the verifier can check their code against these bytes.
 */
public class ChainHasherTest {

	static final AuditEvent EXAMPLE = new AuditEvent(1, Instant.parse("2026-11-29T10:15:30.123456Z"),
	        AuditEntry.builder(AuditKind.ACCESS).installation("6f1c1e0a-1b2c-4d3e-8f90-0a1b2c3d4e5f")
	                .addon("org.example.bp-crisis-alert", "1.2.0").actor("a3c9e2f0-7d6b-4c1a-9e8f-1b2c3d4e5f60")
	                .patient("b8d4f1a2-3c5e-4f70-8a9b-0c1d2e3f4a5b").resources("Observation", List.of("obs-1", "obs-2"))
	                .operation("search").outcome(AuditOutcome.PERMIT, "covered", "Granted \"BP\" scope")
	                .decidedBy("patient/Observation.rs?code=http://loinc.org|8480-6", "c0ffee00-0000-4000-8000-000000000001")
	                .invocation("inv-42", "action:trend").released(List.of("code", "valueQuantity"), 2, 1)
	                .query("code=http://loinc.org|8480-6&_count=20").build(),
	        ChainHead.GENESIS_HASH, "");

	static final String EXAMPLE_CANONICAL = "[\"addonmarket-audit-v1\",1,1795947330123456,\"ACCESS\","
	        + "\"6f1c1e0a-1b2c-4d3e-8f90-0a1b2c3d4e5f\",\"org.example.bp-crisis-alert\",\"1.2.0\","
	        + "\"a3c9e2f0-7d6b-4c1a-9e8f-1b2c3d4e5f60\",\"b8d4f1a2-3c5e-4f70-8a9b-0c1d2e3f4a5b\",\"Observation\","
	        + "[\"obs-1\",\"obs-2\"],\"search\",\"PERMIT\",\"covered\",\"Granted \\\"BP\\\" scope\","
	        + "\"patient/Observation.rs?code=http://loinc.org|8480-6\",\"c0ffee00-0000-4000-8000-000000000001\","
	        + "\"inv-42\",\"action:trend\",[\"code\",\"valueQuantity\"],2,1,null,0,"
	        + "\"code=http://loinc.org|8480-6&_count=20\",null]";

	@Test
	public void canonical_shouldBeTheDocumentedJsonArray() {
		byte[] canonical = new ChainHasher().canonical(EXAMPLE);

		assertThat(new String(canonical, StandardCharsets.UTF_8)).isEqualTo(EXAMPLE_CANONICAL);
	}

	@Test
	public void hash_shouldBeSha256OfThePreviousHashBytesThenTheCanonicalBytes() throws Exception {
		MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
		sha256.update(new byte[32]);
		sha256.update(EXAMPLE_CANONICAL.getBytes(StandardCharsets.UTF_8));
		String expected = HexFormat.of().formatHex(sha256.digest());

		String hash = new ChainHasher().hash(ChainHead.GENESIS_HASH, EXAMPLE);

		assertThat(hash).isEqualTo(expected);
		System.out.println("Example event hash (docs/audit-canonical-form.md): " + hash);
	}

	@Test
	public void hash_shouldChangeWithAnyField() {
		ChainHasher hasher = new ChainHasher();
		String original = hasher.hash(ChainHead.GENESIS_HASH, EXAMPLE);
		AuditEvent later = new AuditEvent(1, EXAMPLE.recordedAt().plusNanos(1000), EXAMPLE.entry(), EXAMPLE.prevHash(),
		        "");

		assertThat(hasher.hash(ChainHead.GENESIS_HASH, later)).isNotEqualTo(original);
		assertThat(hasher.hash("1" + ChainHead.GENESIS_HASH.substring(1), EXAMPLE)).isNotEqualTo(original);
	}

	@Test
	public void sameHex_shouldAcceptOnlyTheExactLowerCaseHex() {
		byte[] bytes = { 0x0a, (byte) 0xff };

		assertThat(ChainHasher.sameHex(bytes, "0aff")).isTrue();
		assertThat(ChainHasher.sameHex(bytes, "0AFF")).isFalse();
		assertThat(ChainHasher.sameHex(bytes, "0aff00")).isFalse();
		assertThat(ChainHasher.sameHex(bytes, null)).isFalse();
	}
}
