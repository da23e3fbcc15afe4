package org.openmrs.module.addonmarket.bench;

import java.util.Random;

/**
 * One generated access event as the audit table's column values, in {@code AuditColumn} order followed by
 * prev_hash and event_hash. Widths are those the gateway writes (uuids, canonical scopes, reason texts).
 */
final class SyntheticEvent {

	private static final String[] TYPES = { "Observation", "Observation", "Observation", "Observation", "Observation",
	        "Observation", "Patient", "Patient", "Condition", "Encounter" };

	private static final String[] PURPOSES = { "action:trend", "action:trend", "trigger:onReading", "schedule:digest" };

	private static final String HASH_PREFIX = "0".repeat(48);

	private SyntheticEvent() {
	}

	static Object[] values(AuditEventLoader loader, long sequence, long recordedAtMicros, Random random) {
		String addon = loader.addon(random);
		int addonNumber = addon.hashCode() & 0xffff;
		int draw = random.nextInt(1000);
		boolean governance = draw < 2;
		String operation = draw < 550 ? "search" : draw < 900 ? "read" : draw < 980 ? "create" : "egress";
		String outcome = draw % 40 == 7 ? "DENY" : draw % 200 == 13 ? "ERROR" : "PERMIT";
		boolean permit = "PERMIT".equals(outcome);
		String type = "egress".equals(operation) ? null : "create".equals(operation) ? "Notice"
		        : TYPES[random.nextInt(TYPES.length)];
		boolean background = random.nextInt(10) < 3;
		String purpose = background ? PURPOSES[2 + random.nextInt(2)] : PURPOSES[random.nextInt(2)];
		int records = permit && !"egress".equals(operation) ? 1 + random.nextInt(20) : 0;
		String scope = permit ? "patient/" + type + ".rs?code=http://loinc.org|8480-6,http://loinc.org|8462-4" : null;
		return new Object[] { sequence, recordedAtMicros, governance ? "GOVERNANCE" : "ACCESS",
		        String.format("%08x-0000-4000-8000-%012d", addonNumber, addonNumber), addon, "1.2.0",
		        background ? "system" : String.format("%08d-0000-4000-8000-000000000000", random.nextInt(
		            AuditEventLoader.USERS)), loader.patient(random), type,
		        records == 0 ? "[]" : "[\"obs-" + sequence + "\",\"obs-" + (sequence + 1) + "\"]",
		        governance ? "grant" : operation, outcome, permit ? "covered" : "no-covering-scope",
		        permit ? "Scope " + scope + " of grant covers " + operation + " " + type
		                : "No scope of the grant lets the add-on " + operation + " " + type,
		        scope, permit ? String.format("%08x-0000-4000-9000-000000000000", addonNumber) : null,
		        String.format("run-%016x", sequence / 5), purpose,
		        records == 0 ? "[]" : "[\"code\",\"valueQuantity\",\"effectiveDateTime\"]", (long) records, 0L,
		        "egress".equals(operation) ? "https://api.example.org/risk" : null,
		        "egress".equals(operation) ? 2048L : 0L,
		        "search".equals(operation) ? "code=http://loinc.org|8480-6&_count=20" : null, null,
		        HASH_PREFIX + String.format("%016x", sequence - 1), HASH_PREFIX + String.format("%016x", sequence) };
	}
}
