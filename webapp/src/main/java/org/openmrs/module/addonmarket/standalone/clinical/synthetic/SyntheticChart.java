package org.openmrs.module.addonmarket.standalone.clinical.synthetic;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;

import org.openmrs.module.addonmarket.standalone.clinical.ChartSink;
import org.openmrs.module.addonmarket.standalone.clinical.ChronicCondition;
import org.openmrs.module.addonmarket.standalone.clinical.ConditionRow;
import org.openmrs.module.addonmarket.standalone.clinical.EncounterRow;
import org.openmrs.module.addonmarket.standalone.clinical.Measurement;
import org.openmrs.module.addonmarket.standalone.clinical.ObservationRow;
import org.openmrs.module.addonmarket.standalone.clinical.PatientRow;
import org.openmrs.module.addonmarket.standalone.clinical.VisitType;

/**
 * Writes one synthetic patient's chart: the patient, their conditions, and two years of visits up to the day
 * before the record is made, each with vital signs and, as their conditions call for, laboratory results. Every
 * value, id and time comes from the one {@link Random} given, so the same seed writes the same chart.
 */
final class SyntheticChart {

	private static final String FINAL = "final";

	private final Random random;

	private final LocalDate today;

	private final SyntheticProfile profile;

	private final Baseline baseline;

	private final ChartSink sink;

	private String patientUuid;

	SyntheticChart(Random random, LocalDate today, SyntheticProfile profile, ChartSink sink) {
		this.random = random;
		this.today = today;
		this.profile = profile;
		this.baseline = Baseline.of(profile, random);
		this.sink = sink;
	}

	void write(String identifier) {
		LocalDate birthDate = today.minusYears(profile.age()).minusDays(random.nextInt(365));
		patientUuid = uuid();
		sink.patient(new PatientRow(patientUuid, identifier, PersonNames.given(random, profile.gender()),
		        PersonNames.family(random), profile.gender(), birthDate));
		for (ChronicCondition condition : ChronicCondition.values()) {
			if (profile.has(condition)) {
				sink.condition(new ConditionRow(uuid(), patientUuid, condition, onset(birthDate)));
			}
		}
		List<LocalDate> visits = visitDates();
		int crisisVisit = -1;
		if (profile.hypertensiveCrisis()) {
			crisisVisit = random.nextDouble() < 0.6 ? visits.size() - 1 : random.nextInt(visits.size());
		}
		// An overdue diabetic's HbA1c stopped being measured 7 to 14 months ago.
		LocalDate lastHba1c = profile.hba1cOverdue() ? today.minusDays(SyntheticProfile.between(random, 210, 420))
		        : today;
		for (int i = 0; i < visits.size(); i++) {
			visit(visits.get(i), i == crisisVisit, lastHba1c);
		}
	}

	/** A condition began before the two years of visits, at 16 or older, in the last 25 years. */
	private Instant onset(LocalDate birthDate) {
		LocalDate latest = today.minusYears(SyntheticPopulation.YEARS);
		LocalDate earliest = birthDate.plusYears(16);
		if (earliest.isBefore(today.minusYears(25))) {
			earliest = today.minusYears(25);
		}
		long span = Math.max(0, latest.toEpochDay() - earliest.toEpochDay());
		LocalDate day = earliest.isAfter(latest) ? latest : earliest.plusDays((long) (random.nextDouble() * span));
		return day.atStartOfDay(ZoneOffset.UTC).toInstant();
	}

	/** Diabetics are seen every 3-4 months, other chronic conditions every 4-6, the healthy every 9-14. */
	private List<LocalDate> visitDates() {
		int[] interval;
		if (profile.has(ChronicCondition.TYPE_2_DIABETES)) {
			interval = new int[] { 90, 120 };
		} else if (!profile.conditions().isEmpty()) {
			interval = new int[] { 120, 180 };
		} else {
			interval = new int[] { 270, 420 };
		}
		List<LocalDate> dates = new ArrayList<>();
		LocalDate date = today.minusYears(SyntheticPopulation.YEARS).plusDays(random.nextInt(interval[0]));
		while (date.isBefore(today)) {
			dates.add(date);
			date = date.plusDays(SyntheticProfile.between(random, interval[0], interval[1]));
		}
		return dates;
	}

	private void visit(LocalDate date, boolean crisis, LocalDate lastHba1c) {
		VisitType type = crisis ? VisitType.EMERGENCY
		        : profile.conditions().isEmpty() ? VisitType.CHECK_UP : VisitType.FOLLOW_UP;
		int hour = crisis ? random.nextInt(24) : SyntheticProfile.between(random, 8, 16);
		Instant start = date.atTime(hour, random.nextInt(6) * 10).toInstant(ZoneOffset.UTC);
		EncounterRow encounter = new EncounterRow(uuid(), patientUuid, type, start,
		        start.plus(Duration.ofMinutes(SyntheticProfile.between(random, 15, 45))));
		sink.encounter(encounter);
		Instant vitals = start.plus(Duration.ofMinutes(5));
		bloodPressure(encounter, vitals, crisis);
		double heartRate = Baseline.around(random, baseline.heartRate(), 6, 40, 160);
		observe(encounter, Measurement.HEART_RATE, vitals, heartRate, 0);
		if (random.nextDouble() < 0.85) {
			double weight = Baseline.around(random, baseline.weight(), 1.2, 40, 200);
			observe(encounter, Measurement.BODY_WEIGHT, vitals, weight, 1);
		}
		Instant labs = start.plus(Duration.ofMinutes(20));
		boolean diabetic = profile.has(ChronicCondition.TYPE_2_DIABETES);
		if (diabetic ? date.isBefore(lastHba1c) : profile.age() >= 40 && random.nextDouble() < 0.12) {
			double hba1c = Baseline.around(random, baseline.hba1c(), 0.35, 4.3, 14);
			observe(encounter, Measurement.HEMOGLOBIN_A1C, labs, hba1c, 1);
		}
		double creatinineChance = profile.has(ChronicCondition.CHRONIC_KIDNEY_DISEASE) ? 1
		        : diabetic || profile.has(ChronicCondition.HYPERTENSION) ? 0.35 : 0.12;
		if (random.nextDouble() < creatinineChance) {
			double creatinine = Baseline.around(random, baseline.creatinine(), 0.08, 0.4, 6);
			observe(encounter, Measurement.CREATININE, labs, creatinine, 2);
		}
	}

	/**
	 * Outside a crisis, readings stay below the crisis range; in one, three in four are systolic crises (some also
	 * diastolic), one in four diastolic only.
	 */
	private void bloodPressure(EncounterRow encounter, Instant at, boolean crisis) {
		double systolic;
		double diastolic;
		if (!crisis) {
			systolic = Baseline.around(random, baseline.systolic(), 7, 88, 178);
			diastolic = Math.min(systolic - 20, Baseline.around(random, baseline.diastolic(), 5, 50, 118));
		} else if (random.nextDouble() < 0.75) {
			systolic = SyntheticProfile.between(random, 180, 212);
			diastolic = random.nextDouble() < 0.3 ? SyntheticProfile.between(random, 120, 128)
			        : Baseline.around(random, baseline.diastolic() + 15, 5, 90, 118);
		} else {
			systolic = SyntheticProfile.between(random, 165, 178);
			diastolic = SyntheticProfile.between(random, 120, 126);
		}
		observe(encounter, Measurement.SYSTOLIC_BLOOD_PRESSURE, at, systolic, 0);
		observe(encounter, Measurement.DIASTOLIC_BLOOD_PRESSURE, at, diastolic, 0);
	}

	private void observe(EncounterRow encounter, Measurement measurement, Instant at, double value, int decimals) {
		// new BigDecimal(double) is exact, so the rounding is the same on every JVM.
		BigDecimal rounded = new BigDecimal(value).setScale(decimals, RoundingMode.HALF_UP);
		sink.observation(
		    new ObservationRow(uuid(), patientUuid, encounter.uuid(), measurement, FINAL, rounded, at, null));
	}

	/** @return a version 4 UUID drawn from the chart's random numbers */
	private String uuid() {
		long high = (random.nextLong() & ~0xF000L) | 0x4000L;
		long low = (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
		return new UUID(high, low).toString();
	}
}
