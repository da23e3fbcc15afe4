package org.openmrs.module.addonmarket.standalone.clinical;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Optional;

/**
 * The observations the standalone server records: LOINC-coded vital signs and laboratory results, each with its
 * UCUM unit and the range of values it can physically have (wider than any clinical reference range: a value
 * outside it is a typing error or a wrong unit, not a sick patient).
 */
public enum Measurement {

	SYSTOLIC_BLOOD_PRESSURE("8480-6", "Systolic blood pressure", Category.VITAL_SIGNS, "mm[Hg]", "mmHg", "20", "300"),
	DIASTOLIC_BLOOD_PRESSURE("8462-4", "Diastolic blood pressure", Category.VITAL_SIGNS, "mm[Hg]", "mmHg", "10", "200"),
	HEART_RATE("8867-4", "Heart rate", Category.VITAL_SIGNS, "/min", "beats/minute", "20", "300"),
	BODY_WEIGHT("29463-7", "Body weight", Category.VITAL_SIGNS, "kg", "kg", "0.5", "400"),
	HEMOGLOBIN_A1C("4548-4", "Hemoglobin A1c/Hemoglobin.total in Blood", Category.LABORATORY, "%", "%", "2", "20"),
	CREATININE("2160-0", "Creatinine [Mass/volume] in Serum or Plasma", Category.LABORATORY, "mg/dL", "mg/dL", "0.1",
	        "25");

	/** The FHIR observation category (system {@link CodeSystems#OBSERVATION_CATEGORY}). */
	public enum Category {

		VITAL_SIGNS("vital-signs", "Vital Signs"),
		LABORATORY("laboratory", "Laboratory");

		private final String code;

		private final String display;

		Category(String code, String display) {
			this.code = code;
			this.display = display;
		}

		public String code() {
			return code;
		}

		public String display() {
			return display;
		}
	}

	private final String code;

	private final String display;

	private final Category category;

	private final String unitCode;

	private final String unit;

	private final BigDecimal min;

	private final BigDecimal max;

	Measurement(String code, String display, Category category, String unitCode, String unit, String min, String max) {
		this.code = code;
		this.display = display;
		this.category = category;
		this.unitCode = unitCode;
		this.unit = unit;
		this.min = new BigDecimal(min);
		this.max = new BigDecimal(max);
	}

	/** @return the measurement with this LOINC code, or empty */
	public static Optional<Measurement> byLoinc(String code) {
		return Arrays.stream(values()).filter(m -> m.code.equals(code)).findFirst();
	}

	/** @return the LOINC code, e.g. {@code 8480-6} */
	public String code() {
		return code;
	}

	/** @return {@code http://loinc.org|8480-6} */
	public String token() {
		return CodeSystems.LOINC + "|" + code;
	}

	public String display() {
		return display;
	}

	public Category category() {
		return category;
	}

	/** @return the UCUM code of the unit, e.g. {@code mm[Hg]} */
	public String unitCode() {
		return unitCode;
	}

	/** @return the unit as people write it, e.g. {@code mmHg} */
	public String unit() {
		return unit;
	}

	/** @return the least value this measurement can have */
	public BigDecimal min() {
		return min;
	}

	/** @return the greatest value this measurement can have */
	public BigDecimal max() {
		return max;
	}
}
