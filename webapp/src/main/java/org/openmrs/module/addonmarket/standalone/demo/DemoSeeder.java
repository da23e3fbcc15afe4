package org.openmrs.module.addonmarket.standalone.demo;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.openmrs.module.addonmarket.host.BackgroundWork;
import org.openmrs.module.addonmarket.standalone.ServerOptions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationListener;
import org.springframework.context.event.ContextRefreshedEvent;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Demo mode (DESIGN.md section 9: no {@code --db-url}, or {@code --demo}): runs every {@link DemoStep}, in order,
 * each in its own transaction, once the application has started: those that need to before the server accepts
 * requests, then the others ({@link DemoStep#afterStart()}: the synthetic patients) on a thread of its own while it
 * serves, so that the server is up sooner. Outside demo mode it adds nothing. Stopping the server waits for the
 * steps still running (they are short), so that the database is not closed under them.
 */
@Component
public class DemoSeeder implements ApplicationListener<ContextRefreshedEvent>, BackgroundWork {

	/** What {@code /health} says of the demo data: none (not demo mode), loading, ready or failed. */
	public enum DemoData {
		NONE,
		LOADING,
		READY,
		FAILED
	}

	private static final Logger log = LoggerFactory.getLogger(DemoSeeder.class);

	private static final String RULE = "=".repeat(78);

	private static final Duration STOP_WAIT = Duration.ofSeconds(60);

	private final List<DemoStep> steps;

	private final ServerOptions options;

	private final TransactionTemplate transactions;

	private final List<String> notices = new CopyOnWriteArrayList<>();

	private final CountDownLatch finished = new CountDownLatch(1);

	private volatile DemoData state = DemoData.NONE;

	private volatile boolean running;

	public DemoSeeder(List<DemoStep> steps, ServerOptions options, PlatformTransactionManager transactionManager) {
		this.steps = steps;
		this.options = options;
		this.transactions = new TransactionTemplate(transactionManager);
	}

	@Override
	public void onApplicationEvent(ContextRefreshedEvent event) {
		if (!options.demoMode() || state != DemoData.NONE) {
			finished.countDown();
			return;
		}
		state = DemoData.LOADING;
		for (DemoStep step : steps) {
			if (!step.afterStart()) {
				notices.addAll(transactions.execute(status -> step.seed()));
			}
		}
		Thread later = new Thread(this::seedAfterStart, "addonmarket-demo-data");
		later.setDaemon(true);
		later.start();
	}

	private void seedAfterStart() {
		try {
			for (DemoStep step : steps) {
				if (step.afterStart()) {
					notices.addAll(transactions.execute(status -> step.seed()));
				}
			}
			state = DemoData.READY;
		}
		catch (DataAccessException | IllegalStateException e) {
			state = DemoData.FAILED;
			log.error("Demo data could not be stored: {}", e.getMessage());
		}
		finally {
			finished.countDown();
		}
	}

	/** @return where the demo data is */
	public DemoData state() {
		return state;
	}

	/**
	 * Waits until the steps that run after start have finished (at once outside demo mode).
	 *
	 * @return whether they finished within the timeout
	 */
	public boolean awaitData(Duration timeout) {
		try {
			return finished.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			return false;
		}
	}

	/**
	 * @return the warning block to print in demo mode (the steps still running are named as such), or empty
	 *         outside demo mode
	 */
	public Optional<String> banner() {
		if (state == DemoData.NONE) {
			return Optional.empty();
		}
		String nl = System.lineSeparator();
		StringBuilder banner = new StringBuilder(RULE).append(nl)
		        .append("DEMO MODE: the data below is for trying the Add-on Marketplace out.").append(nl);
		notices.forEach(line -> banner.append(line).append(nl));
		if (state == DemoData.LOADING) {
			banner.append("Synthetic patients: being stored while the server starts serving (/health says demoData"
			        + " \"ready\" when done).").append(nl);
		}
		return Optional.of(banner.append("These accounts have a publicly known password. Never use demo mode with real"
		        + " patients:").append(nl).append("start with --db-url (and without --demo) for a server with no demo"
		                + " data.").append(nl).append(RULE).toString());
	}

	@Override
	public void start() {
		running = true;
	}

	/** Waits for the demo data still being stored, so that the database is not closed under it. */
	@Override
	public void stop() {
		if (!awaitData(STOP_WAIT)) {
			log.warn("Demo data still being stored after {} s; stopping anyway", STOP_WAIT.toSeconds());
		}
		running = false;
	}

	@Override
	public boolean isRunning() {
		return running;
	}
}
