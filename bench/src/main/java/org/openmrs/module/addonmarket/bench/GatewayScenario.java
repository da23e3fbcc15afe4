package org.openmrs.module.addonmarket.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.openmrs.module.addonmarket.Privileges;
import org.openmrs.module.addonmarket.access.AccessContext;
import org.openmrs.module.addonmarket.access.AccessGateway;
import org.openmrs.module.addonmarket.catalog.CatalogService;
import org.openmrs.module.addonmarket.catalog.PublisherService;
import org.openmrs.module.addonmarket.grant.GrantRequest;
import org.openmrs.module.addonmarket.grant.GrantService;
import org.openmrs.module.addonmarket.host.Actor;
import org.openmrs.module.addonmarket.install.Installation;
import org.openmrs.module.addonmarket.install.InstallationService;
import org.openmrs.module.addonmarket.test.ApiTestContext;
import org.openmrs.module.addonmarket.test.CatalogFixture;
import org.openmrs.module.addonmarket.test.InMemoryClinicalData;
import org.openmrs.module.addonmarket.test.TestDatabase;
import org.openmrs.module.addonmarket.test.TestIdentity;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;

/**
 * The module's API over a new database of one kind, with the example add-on published, installed by a clinician and
 * approved by an administrator, as the gateway and runtime benchmarks need it. The clinical record is the api's
 * in-memory one, so that what is measured is the module (decision, redaction, audit commit), not a host's storage.
 */
public final class GatewayScenario implements AutoCloseable {

	/** The scopes granted: the example add-on's blood pressure search, the patient's name and notices. */
	static final List<String> SCOPES = List.of(
	    "patient/Observation.rs?code=http://loinc.org|8462-4,http://loinc.org|8480-6", "patient/Patient.r",
	    "user/Notice.c");

	/** The patient every call is about. */
	static final String PATIENT = InMemoryClinicalData.ALICE;

	private final AnnotationConfigApplicationContext context;

	private final Installation installation;

	private final CatalogFixture catalog;

	private GatewayScenario(AnnotationConfigApplicationContext context) {
		this.context = context;
		TestIdentity identity = identity();
		this.catalog = new CatalogFixture(identity, context.getBean(PublisherService.class),
		        context.getBean(CatalogService.class));
		catalog.publish("1.0.0");
		identity.signIn("clinician", Privileges.INSTALL_ADDONS, Privileges.BROWSE_ADDONS);
		this.installation = context.getBean(InstallationService.class).install(catalog.addonId, null, null);
		identity.signIn("admin", Privileges.GRANT_ADDON_ACCESS, Privileges.BROWSE_ADDONS);
		context.getBean(GrantService.class).approve(installation.getUuid(),
		    new GrantRequest(SCOPES, null, null, null, "benchmark", null));
		identity.signOut();
	}

	/**
	 * @param database where the module's tables live (a new, empty database on that kind's server)
	 * @return the started scenario; close it when done
	 */
	public static GatewayScenario start(TestDatabase database) {
		return new GatewayScenario(ApiTestContext.start(database));
	}

	/** @return a bean of the started module */
	public <T> T bean(Class<T> type) {
		return context.getBean(type);
	}

	public AccessGateway gateway() {
		return bean(AccessGateway.class);
	}

	public InMemoryClinicalData clinicalData() {
		return bean(InMemoryClinicalData.class);
	}

	public String installationUuid() {
		return installation.getUuid();
	}

	/**
	 * Signs the clinician in on the calling thread (the identity is per thread, as a host's request thread is) with
	 * every clinical privilege.
	 *
	 * @return the access context of an action run for {@link #PATIENT}
	 */
	public AccessContext clinicianRun() {
		Actor clinician = signInClinician();
		return new AccessContext(installation.getUuid(), "run-" + UUID.randomUUID(), "action:trend", clinician, PATIENT);
	}

	/** Signs the clinician in on the calling thread with the privileges to use add-ons and read clinical data. */
	public Actor signInClinician() {
		List<String> privileges = new ArrayList<>(Privileges.CLINICAL_PRIVILEGES);
		privileges.add(Privileges.USE_ADDONS);
		return identity().signIn("clinician", privileges.toArray(new String[0]));
	}

	private TestIdentity identity() {
		return context.getBean(TestIdentity.class);
	}

	@Override
	public void close() {
		context.close();
	}
}
