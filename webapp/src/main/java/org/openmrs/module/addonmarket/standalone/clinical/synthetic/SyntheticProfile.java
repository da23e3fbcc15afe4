package org.openmrs.module.addonmarket.standalone.clinical.synthetic;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Random;
import java.util.Set;

import org.openmrs.module.addonmarket.standalone.clinical.ChronicCondition;

/**
 * Who a synthetic patient is before their chart is written: age, sex, conditions, and whether their chart shows
 * what the example add-ons alert on.
 *
 * @param gender {@code male} or {@code female}
 * @param age age in whole years on the day the record is made
 * @param conditions their chronic conditions
 * @param hypertensiveCrisis whether one of their blood pressure readings is in the crisis range (systolic at least
 *            180 or diastolic at least 120 mmHg)
 * @param hba1cOverdue for a diabetic, whether their last HbA1c is more than 6 months old (or they had none)
 */
record SyntheticProfile(String gender, int age, Set<ChronicCondition> conditions, boolean hypertensiveCrisis,
        boolean hba1cOverdue) {

	/** Prevalence by age band (18-39, 40-64, 65 and over), roughly that of adults in a primary care list. */
	private static final double[] HYPERTENSION = { 0.08, 0.33, 0.60 };

	private static final double[] DIABETES = { 0.03, 0.12, 0.22 };

	private static final double[] ATRIAL_FIBRILLATION = { 0.003, 0.015, 0.09 };

	private static final double[] KIDNEY_DISEASE = { 0.02, 0.06, 0.18 };

	/** Diabetes and hypertension are the commonest causes of chronic kidney disease. */
	private static final double KIDNEY_DISEASE_WITH_DIABETES = 0.12;

	private static final double KIDNEY_DISEASE_WITH_HYPERTENSION = 0.05;

	private static final double CRISIS_AMONG_HYPERTENSIVES = 0.06;

	private static final double OVERDUE_AMONG_DIABETICS = 0.25;

	SyntheticProfile {
		// An EnumSet, not Set.copyOf: its order is the enum's, the same in every JVM, so the record is too.
		Set<ChronicCondition> copy = EnumSet.noneOf(ChronicCondition.class);
		copy.addAll(conditions);
		conditions = Collections.unmodifiableSet(copy);
	}

	/** @return an adult of an age, sex and conditions drawn as in a primary care list */
	static SyntheticProfile sample(Random random) {
		double band = random.nextDouble();
		int age = band < 0.3 ? between(random, 18, 39) : band < 0.7 ? between(random, 40, 64) : between(random, 65, 95);
		String gender = random.nextBoolean() ? "female" : "male";
		return withConditions(random, gender, age, false);
	}

	/** @return a patient of this age and sex with atrial fibrillation, and other conditions drawn as usual */
	static SyntheticProfile withAtrialFibrillation(Random random, String gender, int age) {
		return withConditions(random, gender, age, true);
	}

	private static SyntheticProfile withConditions(Random random, String gender, int age, boolean atrialFibrillation) {
		int band = age < 40 ? 0 : age < 65 ? 1 : 2;
		Set<ChronicCondition> conditions = EnumSet.noneOf(ChronicCondition.class);
		boolean hypertension = random.nextDouble() < HYPERTENSION[band];
		boolean diabetes = random.nextDouble() < DIABETES[band];
		if (hypertension) {
			conditions.add(ChronicCondition.HYPERTENSION);
		}
		if (diabetes) {
			conditions.add(ChronicCondition.TYPE_2_DIABETES);
		}
		if (random.nextDouble() < ATRIAL_FIBRILLATION[band] || atrialFibrillation) {
			conditions.add(ChronicCondition.ATRIAL_FIBRILLATION);
		}
		double kidney = KIDNEY_DISEASE[band] + (diabetes ? KIDNEY_DISEASE_WITH_DIABETES : 0)
		        + (hypertension ? KIDNEY_DISEASE_WITH_HYPERTENSION : 0);
		if (random.nextDouble() < kidney) {
			conditions.add(ChronicCondition.CHRONIC_KIDNEY_DISEASE);
		}
		boolean crisis = random.nextDouble() < CRISIS_AMONG_HYPERTENSIVES && hypertension;
		boolean overdue = random.nextDouble() < OVERDUE_AMONG_DIABETICS && diabetes;
		return new SyntheticProfile(gender, age, conditions, crisis, overdue);
	}

	boolean has(ChronicCondition condition) {
		return conditions.contains(condition);
	}

	boolean male() {
		return "male".equals(gender);
	}

	/** @return a whole number from min to max, both included */
	static int between(Random random, int min, int max) {
		return min + random.nextInt(max - min + 1);
	}
}
