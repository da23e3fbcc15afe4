package org.openmrs.module.addonmarket.runtime.background;

import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;

import org.openmrs.module.addonmarket.Privileges;
import org.openmrs.module.addonmarket.catalog.CatalogService;
import org.openmrs.module.addonmarket.catalog.PublisherService;
import org.openmrs.module.addonmarket.grant.GrantRequest;
import org.openmrs.module.addonmarket.grant.GrantService;
import org.openmrs.module.addonmarket.install.Installation;
import org.openmrs.module.addonmarket.install.InstallationService;
import org.openmrs.module.addonmarket.runtime.Invocation;
import org.openmrs.module.addonmarket.runtime.dao.InvocationDao;
import org.openmrs.module.addonmarket.test.CatalogFixture;
import org.openmrs.module.addonmarket.test.TestIdentity;
import org.springframework.context.ApplicationContext;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * An add-on of its own with triggers and schedules, installed for the clinician and approved, and the runs of its
 * installation as recorded.
 */
final class BackgroundFixture {

	static final String OBSERVATION_SCOPE = "patient/Observation.rs?code=http://loinc.org|8480-6,http://loinc.org|8462-4";

	static final String NOTICE_SCOPE = "patient/Notice.c";

	private final ApplicationContext context;

	private final TestIdentity identity;

	final CatalogFixture catalog;

	BackgroundFixture(ApplicationContext context, TestIdentity identity) {
		this.context = context;
		this.identity = identity;
		this.catalog = new CatalogFixture(identity, context.getBean(PublisherService.class),
		        context.getBean(CatalogService.class));
	}

	/**
	 * Publishes the script with these triggers and schedules (the action {@code trend} stays), installs it for the
	 * clinician and approves it.
	 */
	Installation activeWith(String script, Consumer<ArrayNode> triggers, Consumer<ArrayNode> schedules) {
		catalog.publishScript("1.0.0", script, m -> {
			ArrayNode permissions = m.putArray("permissions");
			permissions.addObject().put("scope", OBSERVATION_SCOPE).put("why", "Reads blood pressure");
			permissions.addObject().put("scope", NOTICE_SCOPE).put("why", "Alerts the patient's care team");
			m.remove("egress");
			triggers.accept(m.putArray("triggers"));
			schedules.accept(m.putArray("schedules"));
		});
		identity.signIn("clinician", Privileges.INSTALL_ADDONS, Privileges.BROWSE_ADDONS);
		Installation installed = context.getBean(InstallationService.class).install(catalog.addonId, null, null);
		identity.signIn("admin", Privileges.GRANT_ADDON_ACCESS, Privileges.BROWSE_ADDONS);
		context.getBean(GrantService.class).approve(installed.getUuid(), new GrantRequest(List.of(OBSERVATION_SCOPE,
		    NOTICE_SCOPE), null, null, null, "ward alerts", null));
		identity.signOut();
		return installed;
	}

	static ObjectNode trigger(ArrayNode triggers, String event, String code, String handler) {
		ObjectNode trigger = triggers.addObject().put("event", event).put("handler", handler);
		if (code != null) {
			trigger.putObject("where").put("code", code);
		}
		return trigger;
	}

	/** @return the recorded runs of the installation, newest first */
	List<Invocation> runs(Installation installation) {
		TransactionTemplate reads = new TransactionTemplate(context.getBean(PlatformTransactionManager.class));
		return reads.execute(status -> context.getBean(InvocationDao.class).find(installation.getUuid(), null, 500));
	}

	/** Waits until the condition holds, at most the time given. */
	static boolean waitFor(Supplier<Boolean> condition, Duration atMost) throws InterruptedException {
		long deadline = System.nanoTime() + atMost.toNanos();
		while (!condition.get()) {
			if (System.nanoTime() > deadline) {
				return false;
			}
			Thread.sleep(10);
		}
		return true;
	}
}
