package org.openmrs.module.addonmarket.access;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;

import org.openmrs.module.addonmarket.Privileges;
import org.openmrs.module.addonmarket.audit.AuditEvent;
import org.openmrs.module.addonmarket.audit.AuditKind;
import org.openmrs.module.addonmarket.audit.AuditQuery;
import org.openmrs.module.addonmarket.audit.dao.AuditEventDao;
import org.openmrs.module.addonmarket.catalog.CatalogService;
import org.openmrs.module.addonmarket.catalog.PublisherService;
import org.openmrs.module.addonmarket.error.AddonMarketException;
import org.openmrs.module.addonmarket.grant.Grant;
import org.openmrs.module.addonmarket.grant.GrantRequest;
import org.openmrs.module.addonmarket.grant.GrantService;
import org.openmrs.module.addonmarket.host.Actor;
import org.openmrs.module.addonmarket.install.Installation;
import org.openmrs.module.addonmarket.install.InstallationService;
import org.openmrs.module.addonmarket.test.CatalogFixture;
import org.openmrs.module.addonmarket.test.InMemoryClinicalData;
import org.openmrs.module.addonmarket.test.TestIdentity;
import org.springframework.context.ApplicationContext;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * An add-on of its own that asks for one scope of each kind the gateway tests need, installed by the clinician
 * and approved by an administrator, with helpers to call the gateway as the clinician or as a background run and
 * to read the installation's access events.
 */
final class GatewayFixture {

	static final String BP = "patient/Observation.rs?code=http://loinc.org|8462-4,http://loinc.org|8480-6";

	static final String PATIENT_NAME = "patient/Patient.r";

	static final String NOTICE = "user/Notice.c";

	static final String A1C_ANY_PATIENT = "user/Observation.r?code=http://loinc.org|4548-4";

	static final String A1C_BACKGROUND = "system/Observation.s?code=http://loinc.org|4548-4";

	static final String CONDITIONS = "patient/Condition.rs";

	static final String RECORD_SYSTOLIC = "patient/Observation.c?code=http://loinc.org|8480-6";

	static final List<String> ALL = List.of(BP, PATIENT_NAME, NOTICE, A1C_ANY_PATIENT, A1C_BACKGROUND, CONDITIONS,
	    RECORD_SYSTOLIC);

	static final String API = "https://api.example.org/";

	static final String CLINICIAN = "clinician";

	private final ApplicationContext context;

	private final TestIdentity identity;

	final CatalogFixture catalog;

	final Installation installation;

	final InMemoryClinicalData host;

	GatewayFixture(ApplicationContext context) {
		this.context = context;
		this.identity = context.getBean(TestIdentity.class);
		this.host = context.getBean(InMemoryClinicalData.class);
		this.catalog = new CatalogFixture(identity, context.getBean(PublisherService.class),
		        context.getBean(CatalogService.class));
		catalog.publish("1.0.0", GatewayFixture::askForEverything);
		identity.signIn(CLINICIAN, Privileges.INSTALL_ADDONS, Privileges.BROWSE_ADDONS);
		this.installation = context.getBean(InstallationService.class).install(catalog.addonId, null, null);
		identity.signOut();
		approve(ALL, List.of(), null);
	}

	/** A new grant of these scopes (those in {@code sensitive} also for sensitive data) and the API egress. */
	Grant approve(List<String> scopes, List<String> sensitive, Instant expiresAt) {
		return asAdmin(() -> context.getBean(GrantService.class).approve(installation.getUuid(),
		    new GrantRequest(scopes, sensitive, List.of(API), expiresAt, "needed for the gateway tests", null)));
	}

	<T> T asAdmin(Callable<T> call) {
		identity.signIn("admin", Privileges.GRANT_ADDON_ACCESS, Privileges.MANAGE_ADDONS, Privileges.BROWSE_ADDONS,
		    Privileges.INSTALL_ADDONS);
		try {
			return call.call();
		}
		catch (AddonMarketException e) {
			throw e;
		}
		catch (Exception e) {
			throw new IllegalStateException(e);
		}
		finally {
			identity.signOut();
		}
	}

	/** Signs the clinician in with these privileges and returns the context of an action run for a patient. */
	AccessContext clinicianFor(String patient, String... privileges) {
		Actor clinician = identity.signIn(CLINICIAN, privileges);
		return new AccessContext(installation.getUuid(), "run-" + UUID.randomUUID(), "action:trend", clinician,
		        patient);
	}

	/** Signs the clinician in with every clinical privilege; an action run for the patient. */
	AccessContext clinicianFor(String patient) {
		return clinicianFor(patient, Privileges.CLINICAL_PRIVILEGES.toArray(new String[0]));
	}

	/** A background run (trigger or schedule), nobody signed in. */
	AccessContext backgroundFor(String patient) {
		identity.signOut();
		return new AccessContext(installation.getUuid(), "run-" + UUID.randomUUID(), "schedule:digest", null, patient);
	}

	/** @return the installation's access events, newest first */
	List<AuditEvent> events() {
		return context.getBean(AuditEventDao.class)
		        .select(AuditQuery.builder().installation(installation.getUuid()).kind(AuditKind.ACCESS).size(500)
		                .build()).results();
	}

	/** @return the newest access event of the installation */
	AuditEvent lastEvent() {
		return events().get(0);
	}

	private static void askForEverything(ObjectNode manifest) {
		ArrayNode permissions = manifest.putArray("permissions");
		for (String scope : ALL) {
			ObjectNode permission = permissions.addObject().put("scope", scope).put("why", "the gateway tests");
			if (scope.equals(PATIENT_NAME)) {
				permission.putArray("elements").add("name").add("birthDate");
			}
		}
		manifest.putArray("egress").addObject().put("url", API).put("why", "risk score").putArray("sends")
		        .add("Observation");
	}
}
