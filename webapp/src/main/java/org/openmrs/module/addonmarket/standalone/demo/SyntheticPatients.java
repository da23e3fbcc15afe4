package org.openmrs.module.addonmarket.standalone.demo;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.openmrs.module.addonmarket.host.ModuleClock;
import org.openmrs.module.addonmarket.standalone.clinical.ChartCounts;
import org.openmrs.module.addonmarket.standalone.clinical.dao.ClinicalRecordDao;
import org.openmrs.module.addonmarket.standalone.clinical.dao.ClinicalRecordWriter;
import org.openmrs.module.addonmarket.standalone.clinical.synthetic.SyntheticPopulation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Demo mode's synthetic patients ({@link SyntheticPopulation} with the demo seed), written once: a server whose
 * database has patients already (a restart, or patients from elsewhere) gets none added.
 */
@Component
@Order(SyntheticPatients.ORDER)
public class SyntheticPatients implements DemoStep {

	public static final int ORDER = 200;

	private static final Logger log = LoggerFactory.getLogger(SyntheticPatients.class);

	private final ClinicalRecordDao records;

	private final ModuleClock clock;

	private volatile Generated generated;

	/**
	 * What this start generated.
	 *
	 * @param population the seed, day and size it was generated with
	 * @param counts how many records of each kind
	 * @param millis how long generating and storing took, in milliseconds
	 */
	public record Generated(SyntheticPopulation population, ChartCounts counts, long millis) {
	}

	public SyntheticPatients(ClinicalRecordDao records, ModuleClock clock) {
		this.records = records;
		this.clock = clock;
	}

	@Override
	public List<String> seed() {
		if (records.hasPatients()) {
			return List.of("Synthetic patients: kept from an earlier start (none added).");
		}
		long started = System.nanoTime();
		SyntheticPopulation population = new SyntheticPopulation(SyntheticPopulation.DEMO_SEED,
		        LocalDate.ofInstant(clock.now(), ZoneOffset.UTC), SyntheticPopulation.DEMO_SIZE);
		ClinicalRecordWriter writer = records.writer();
		ChartCounts counts = population.writeTo(writer);
		writer.flush();
		long millis = (System.nanoTime() - started) / 1_000_000;
		generated = new Generated(population, counts, millis);
		log.info("Synthetic clinical record: {} generated and stored in {} ms", counts, millis);
		return List.of(String.format(Locale.ROOT, "Synthetic patients (made up; seed %d): %s, generated in %.1f s.",
		    population.seed(), counts, millis / 1000.0));
	}

	@Override
	public boolean afterStart() {
		return true;
	}

	/** @return what this start generated, or empty when it generated nothing */
	public Optional<Generated> generated() {
		return Optional.ofNullable(generated);
	}
}
