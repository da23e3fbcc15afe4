package org.openmrs.module.addonmarket.standalone.clinical.synthetic;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

import org.openmrs.module.addonmarket.standalone.clinical.ChartCounts;
import org.openmrs.module.addonmarket.standalone.clinical.ChartSink;
import org.openmrs.module.addonmarket.standalone.clinical.ConditionRow;
import org.openmrs.module.addonmarket.standalone.clinical.EncounterRow;
import org.openmrs.module.addonmarket.standalone.clinical.ObservationRow;
import org.openmrs.module.addonmarket.standalone.clinical.PatientRow;

/**
 * The standalone server's synthetic patients: adults with the age, sex and chronic conditions of a primary care
 * list, two years of visits up to the day before {@code today}, vital signs at every visit and laboratory results
 * as their conditions call for. Some are in the ranges the example add-ons alert on: hypertensive crises, diabetics
 * whose HbA1c is overdue, and atrial fibrillation at ages and of both sexes that give every CHA2DS2-VASc band.
 * <p>
 * Deterministic: the same seed, size and day write the same rows in the same order on every JVM (each patient's
 * chart draws from its own {@link Random}, seeded from the seed and the patient's number).
 *
 * @param seed the seed
 * @param today the day the record is made; every visit is before it
 * @param size how many patients
 */
public record SyntheticPopulation(long seed, LocalDate today, int size) {

	/** The demo's seed: every demo server has the same patients (their dates move with the day it first starts). */
	public static final long DEMO_SEED = 20261129L;

	/** How many patients the demo has. */
	public static final int DEMO_SIZE = 1000;

	/** How far back the visits go. */
	static final int YEARS = 2;

	/** Ages of the patients with atrial fibrillation placed in every population, each of both sexes. */
	private static final int[] ATRIAL_FIBRILLATION_AGES = { 45, 58, 66, 72, 79, 87 };

	/** The first patient's number; numbers are {@code SYN-} and six digits. */
	private static final int FIRST_NUMBER = 100001;

	/**
	 * Writes the whole population to the sink, patient by patient.
	 *
	 * @return how many records of each kind were written
	 */
	public ChartCounts writeTo(ChartSink sink) {
		Counting counting = new Counting(sink);
		Map<Integer, SyntheticProfile> placed = atrialFibrillationPlaced();
		for (int i = 0; i < size; i++) {
			Random random = new Random(patientSeed(i));
			SyntheticProfile profile = placed.containsKey(i) ? placed.get(i) : SyntheticProfile.sample(random);
			new SyntheticChart(random, today, profile, counting).write(identifier(i));
		}
		return counting.counts();
	}

	/** @return the patient number of the i-th patient, e.g. {@code SYN-100001} */
	public static String identifier(int i) {
		return String.format(Locale.ROOT, "SYN-%06d", FIRST_NUMBER + i);
	}

	/** Atrial fibrillation of every age band and both sexes, at places in the list drawn from the seed. */
	private Map<Integer, SyntheticProfile> atrialFibrillationPlaced() {
		Random random = new Random(seed);
		List<Integer> places = new ArrayList<>();
		for (int i = 0; i < size; i++) {
			places.add(i);
		}
		Collections.shuffle(places, random);
		Map<Integer, SyntheticProfile> placed = new HashMap<>();
		int next = 0;
		for (int age : ATRIAL_FIBRILLATION_AGES) {
			for (String gender : List.of("female", "male")) {
				if (next < places.size()) {
					placed.put(places.get(next++), SyntheticProfile.withAtrialFibrillation(random, gender, age));
				}
			}
		}
		return placed;
	}

	/** SplitMix64 of the seed and the patient's number: neighbouring patients get unrelated random numbers. */
	private long patientSeed(int i) {
		long z = seed + (i + 1) * 0x9E3779B97F4A7C15L;
		z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
		z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
		return z ^ (z >>> 31);
	}

	/** Passes every record on and counts it. */
	private static final class Counting implements ChartSink {

		private final ChartSink sink;

		private long patients;

		private long encounters;

		private long observations;

		private long conditions;

		Counting(ChartSink sink) {
			this.sink = sink;
		}

		@Override
		public void patient(PatientRow patient) {
			patients++;
			sink.patient(patient);
		}

		@Override
		public void condition(ConditionRow condition) {
			conditions++;
			sink.condition(condition);
		}

		@Override
		public void encounter(EncounterRow encounter) {
			encounters++;
			sink.encounter(encounter);
		}

		@Override
		public void observation(ObservationRow observation) {
			observations++;
			sink.observation(observation);
		}

		ChartCounts counts() {
			return new ChartCounts(patients, encounters, observations, conditions);
		}
	}
}
