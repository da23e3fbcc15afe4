package org.openmrs.module.addonmarket.standalone.clinical.synthetic;

import java.util.Random;

import org.openmrs.module.addonmarket.standalone.clinical.ChronicCondition;

/**
 * A synthetic patient's usual values, around which each reading varies: hypertensives run higher pressures,
 * diabetics higher HbA1c, kidney disease higher creatinine, atrial fibrillation a faster heart.
 *
 * @param systolic usual systolic pressure, mmHg
 * @param diastolic usual diastolic pressure, mmHg
 * @param heartRate usual heart rate, per minute
 * @param weight usual weight, kg
 * @param hba1c usual HbA1c, %
 * @param creatinine usual serum creatinine, mg/dL
 */
record Baseline(double systolic, double diastolic, double heartRate, double weight, double hba1c,
        double creatinine) {

	static Baseline of(SyntheticProfile profile, Random random) {
		boolean hypertensive = profile.has(ChronicCondition.HYPERTENSION);
		double systolic = hypertensive ? around(random, 146, 12, 128, 170) : around(random, 118, 9, 96, 134);
		double diastolic = hypertensive ? around(random, 90, 7, 76, 104) : around(random, 76, 6, 60, 86);
		double heartRate = profile.has(ChronicCondition.ATRIAL_FIBRILLATION) ? around(random, 88, 14, 60, 130)
		        : around(random, 72, 8, 52, 100);
		double weight = profile.male() ? around(random, 86, 14, 52, 150) : around(random, 72, 14, 45, 140);
		double hba1c = profile.has(ChronicCondition.TYPE_2_DIABETES) ? around(random, 7.6, 1.1, 6.3, 12)
		        : around(random, 5.3, 0.25, 4.6, 5.8);
		double creatinine;
		if (profile.has(ChronicCondition.CHRONIC_KIDNEY_DISEASE)) {
			creatinine = around(random, 1.9, 0.45, 1.35, 4.2);
		} else {
			creatinine = profile.male() ? around(random, 0.95, 0.12, 0.65, 1.25) : around(random, 0.78, 0.1, 0.5, 1.05);
		}
		return new Baseline(systolic, diastolic, heartRate, weight, hba1c, creatinine);
	}

	/** @return a normally distributed value with this mean and standard deviation, kept between min and max */
	static double around(Random random, double mean, double deviation, double min, double max) {
		return Math.max(min, Math.min(max, mean + random.nextGaussian() * deviation));
	}
}
