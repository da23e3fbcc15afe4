package org.openmrs.module.addonmarket.standalone.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.openmrs.module.addonmarket.standalone.ServerOptions;
import org.springframework.context.ApplicationListener;
import org.springframework.context.event.ContextRefreshedEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Demo mode (DESIGN.md section 9: no {@code --db-url}, or {@code --demo}): runs every {@link DemoStep}, in order,
 * once the application has started and before the server accepts requests. Outside demo mode it adds nothing.
 */
@Component
public class DemoSeeder implements ApplicationListener<ContextRefreshedEvent> {

	private static final String RULE = "=".repeat(78);

	private final List<DemoStep> steps;

	private final ServerOptions options;

	private final TransactionTemplate transactions;

	private final List<String> notices = new ArrayList<>();

	public DemoSeeder(List<DemoStep> steps, ServerOptions options, PlatformTransactionManager transactionManager) {
		this.steps = steps;
		this.options = options;
		this.transactions = new TransactionTemplate(transactionManager);
	}

	@Override
	public void onApplicationEvent(ContextRefreshedEvent event) {
		if (options.demoMode() && notices.isEmpty()) {
			notices.add("DEMO MODE: the data below is for trying the Add-on Marketplace out.");
			for (DemoStep step : steps) {
				notices.addAll(transactions.execute(status -> step.seed()));
			}
			notices.add("These accounts have a publicly known password. Never use demo mode with real patients:");
			notices.add("start with --db-url (and without --demo) for a server with no demo data.");
		}
	}

	/** @return the warning block to print at start in demo mode, or empty outside demo mode */
	public Optional<String> banner() {
		if (notices.isEmpty()) {
			return Optional.empty();
		}
		return Optional.of(String.join(System.lineSeparator(), RULE, String.join(System.lineSeparator(), notices), RULE));
	}
}
