package org.openmrs.module.addonmarket.standalone.clinical.synthetic;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.BeforeClass;
import org.junit.Test;
import org.openmrs.module.addonmarket.standalone.clinical.ChartCounts;
import org.openmrs.module.addonmarket.standalone.clinical.ChartDigest;
import org.openmrs.module.addonmarket.standalone.clinical.ChartSink;
import org.openmrs.module.addonmarket.standalone.clinical.ChronicCondition;
import org.openmrs.module.addonmarket.standalone.clinical.ConditionRow;
import org.openmrs.module.addonmarket.standalone.clinical.EncounterRow;
import org.openmrs.module.addonmarket.standalone.clinical.Measurement;
import org.openmrs.module.addonmarket.standalone.clinical.ObservationRow;
import org.openmrs.module.addonmarket.standalone.clinical.PatientRow;

/**
 * The demo's synthetic population, generated without a database: the same seed gives the same record, and the
 * record looks like a primary care list with the patients the example add-ons alert on.
 */
public class SyntheticPopulationTest {

	private static final LocalDate DAY = LocalDate.of(2026, 11, 29);

	private static final Instant START_OF_DAY = DAY.atStartOfDay(ZoneOffset.UTC).toInstant();

	private static Chart demo;

	@BeforeClass
	public static void generateTheDemoPopulation() {
		long started = System.nanoTime();
		demo = new Chart();
		ChartCounts counts = new SyntheticPopulation(SyntheticPopulation.DEMO_SEED, DAY, SyntheticPopulation.DEMO_SIZE)
		        .writeTo(demo);
		System.out.printf("[synthetic record] %s generated in %d ms (no database)%n", counts,
		    (System.nanoTime() - started) / 1_000_000);
	}

	@Test
	public void writeTo_shouldWriteTheSameRecordForTheSameSeed() {
		assertThat(digest(SyntheticPopulation.DEMO_SEED, DAY)).isEqualTo(digest(SyntheticPopulation.DEMO_SEED, DAY));
	}

	@Test
	public void writeTo_shouldWriteAnotherRecordForAnotherSeed() {
		assertThat(digest(SyntheticPopulation.DEMO_SEED + 1, DAY))
		        .isNotEqualTo(digest(SyntheticPopulation.DEMO_SEED, DAY));
	}

	@Test
	public void writeTo_shouldWriteOneThousandPatientsWithTwoYearsOfVisitsBeforeTheDay() {
		assertThat(demo.patients).hasSize(1000);
		assertThat(demo.patients.stream().map(PatientRow::identifier).distinct()).hasSize(1000);
		assertThat(demo.patients.get(0).identifier()).isEqualTo("SYN-100001");
		assertThat(demo.observations.size()).isBetween(10_000, 40_000);
		Instant twoYearsBefore = DAY.minusYears(2).atStartOfDay(ZoneOffset.UTC).toInstant();
		assertThat(demo.encounters).allSatisfy(e -> assertThat(e.start()).isBetween(twoYearsBefore, START_OF_DAY));
		assertThat(demo.observations).allSatisfy(o -> {
			assertThat(o.effective()).isBetween(twoYearsBefore, START_OF_DAY);
			assertThat(o.value()).as(o.measurement().name()).isBetween(o.measurement().min(), o.measurement().max());
		});
		assertThat(demo.patients).allSatisfy(p -> assertThat(Period.between(p.birthDate(), DAY).getYears())
		        .isBetween(18, 95));
		assertThat(demo.observations.stream().map(ObservationRow::measurement).distinct())
		        .containsExactlyInAnyOrder(Measurement.values());
	}

	@Test
	public void writeTo_shouldGiveConditionsTheirUsualPrevalence() {
		assertThat(demo.share(ChronicCondition.HYPERTENSION)).isBetween(0.25, 0.45);
		assertThat(demo.share(ChronicCondition.TYPE_2_DIABETES)).isBetween(0.07, 0.18);
		assertThat(demo.share(ChronicCondition.ATRIAL_FIBRILLATION)).isBetween(0.02, 0.07);
		assertThat(demo.share(ChronicCondition.CHRONIC_KIDNEY_DISEASE)).isBetween(0.05, 0.2);
	}

	@Test
	public void writeTo_shouldIncludeHypertensiveCrisesOnlyInHypertensives() {
		Set<String> inCrisis = demo.observations.stream().filter(SyntheticPopulationTest::crisisReading)
		        .map(ObservationRow::patientUuid).collect(Collectors.toSet());

		assertThat(inCrisis).hasSizeGreaterThanOrEqualTo(10);
		assertThat(inCrisis).allSatisfy(p -> assertThat(demo.has(p, ChronicCondition.HYPERTENSION)).isTrue());
	}

	@Test
	public void writeTo_shouldIncludeDiabeticsWithoutAnHba1cInTheLastSixMonths() {
		Instant sixMonthsBefore = DAY.minusMonths(6).atStartOfDay(ZoneOffset.UTC).toInstant();
		Set<String> recent = demo.observations.stream()
		        .filter(o -> o.measurement() == Measurement.HEMOGLOBIN_A1C && o.effective().isAfter(sixMonthsBefore))
		        .map(ObservationRow::patientUuid).collect(Collectors.toSet());
		List<String> diabetics = demo.with(ChronicCondition.TYPE_2_DIABETES);

		long overdue = diabetics.stream().filter(p -> !recent.contains(p)).count();

		assertThat(overdue).isGreaterThanOrEqualTo(10).isLessThan(diabetics.size() / 2);
	}

	@Test
	public void writeTo_shouldIncludeAtrialFibrillationOfBothSexesInEveryCha2ds2VascAgeBand() {
		Map<String, PatientRow> byUuid = demo.patients.stream().collect(Collectors.toMap(PatientRow::uuid, p -> p));
		Set<String> seen = new HashSet<>();
		for (String uuid : demo.with(ChronicCondition.ATRIAL_FIBRILLATION)) {
			PatientRow patient = byUuid.get(uuid);
			int age = Period.between(patient.birthDate(), DAY).getYears();
			seen.add(patient.gender() + (age < 65 ? " under 65" : age < 75 ? " 65-74" : " 75 and over"));
		}

		assertThat(seen).containsExactlyInAnyOrder("female under 65", "female 65-74", "female 75 and over",
		    "male under 65", "male 65-74", "male 75 and over");
	}

	static boolean crisisReading(ObservationRow o) {
		int value = o.value().intValue();
		return o.measurement() == Measurement.SYSTOLIC_BLOOD_PRESSURE && value >= 180
		        || o.measurement() == Measurement.DIASTOLIC_BLOOD_PRESSURE && value >= 120;
	}

	private static String digest(long seed, LocalDate day) {
		ChartDigest digest = new ChartDigest();
		new SyntheticPopulation(seed, day, SyntheticPopulation.DEMO_SIZE).writeTo(digest);
		return digest.hex();
	}

	/** Every record, kept in memory. */
	private static final class Chart implements ChartSink {

		final List<PatientRow> patients = new ArrayList<>();

		final List<ConditionRow> conditions = new ArrayList<>();

		final List<EncounterRow> encounters = new ArrayList<>();

		final List<ObservationRow> observations = new ArrayList<>();

		private final Map<ChronicCondition, List<String>> byCondition = new HashMap<>();

		@Override
		public void patient(PatientRow patient) {
			patients.add(patient);
		}

		@Override
		public void condition(ConditionRow condition) {
			conditions.add(condition);
			byCondition.computeIfAbsent(condition.condition(), c -> new ArrayList<>()).add(condition.patientUuid());
		}

		@Override
		public void encounter(EncounterRow encounter) {
			encounters.add(encounter);
		}

		@Override
		public void observation(ObservationRow observation) {
			observations.add(observation);
		}

		List<String> with(ChronicCondition condition) {
			return byCondition.getOrDefault(condition, List.of());
		}

		boolean has(String patientUuid, ChronicCondition condition) {
			return with(condition).contains(patientUuid);
		}

		double share(ChronicCondition condition) {
			return with(condition).size() / (double) patients.size();
		}
	}
}
