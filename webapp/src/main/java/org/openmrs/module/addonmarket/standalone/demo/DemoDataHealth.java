package org.openmrs.module.addonmarket.standalone.demo;

import java.util.Locale;
import java.util.Optional;

import org.openmrs.module.addonmarket.health.HealthDetail;
import org.springframework.stereotype.Component;

/**
 * {@code "demoData": "loading" | "ready" | "failed"} in {@code GET /health} in demo mode, so that a script (or a
 * test) that needs the synthetic patients waits for {@code ready}; absent outside demo mode.
 */
@Component
public class DemoDataHealth implements HealthDetail {

	private final DemoSeeder seeder;

	public DemoDataHealth(DemoSeeder seeder) {
		this.seeder = seeder;
	}

	@Override
	public String name() {
		return "demoData";
	}

	@Override
	public Optional<Object> value() {
		DemoSeeder.DemoData state = seeder.state();
		return state == DemoSeeder.DemoData.NONE ? Optional.empty()
		        : Optional.of(state.name().toLowerCase(Locale.ROOT));
	}
}
