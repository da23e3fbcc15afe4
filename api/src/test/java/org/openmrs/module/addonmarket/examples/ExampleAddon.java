package org.openmrs.module.addonmarket.examples;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

import org.openmrs.module.addonmarket.Privileges;
import org.openmrs.module.addonmarket.audit.AuditEvent;
import org.openmrs.module.addonmarket.audit.AuditKind;
import org.openmrs.module.addonmarket.audit.AuditQuery;
import org.openmrs.module.addonmarket.audit.dao.AuditEventDao;
import org.openmrs.module.addonmarket.catalog.AddonVersion;
import org.openmrs.module.addonmarket.catalog.CatalogService;
import org.openmrs.module.addonmarket.catalog.PublisherService;
import org.openmrs.module.addonmarket.catalog.pkg.TestPackages;
import org.openmrs.module.addonmarket.error.AddonMarketException;
import org.openmrs.module.addonmarket.grant.GrantRequest;
import org.openmrs.module.addonmarket.grant.GrantService;
import org.openmrs.module.addonmarket.install.Audience;
import org.openmrs.module.addonmarket.install.Installation;
import org.openmrs.module.addonmarket.install.InstallationService;
import org.openmrs.module.addonmarket.test.CatalogFixture;
import org.openmrs.module.addonmarket.test.TestIdentity;
import org.springframework.context.ApplicationContext;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * One of the add-ons in {@code examples/} (on the test class path as {@code /examples/<name>/}), taken the way people
 * take it: zipped as it is, signed and published by the publisher user, installed, approved by an administrator who
 * is not the installer, then run. Only its id and publisher are changed, so that tests sharing one database do not
 * meet; its code, permissions and configuration schema are the example's own.
 */
final class ExampleAddon {

	static final String CLINICIAN = "clinician";

	private static final ObjectMapper JSON = new ObjectMapper();

	private final ApplicationContext context;

	private final TestIdentity identity;

	private final String folder;

	final CatalogFixture catalog;

	ExampleAddon(ApplicationContext context, String folder) {
		this.context = context;
		this.identity = context.getBean(TestIdentity.class);
		this.folder = folder;
		this.catalog = new CatalogFixture(identity, context.getBean(PublisherService.class),
		        context.getBean(CatalogService.class));
	}

	/** @return the example's addon.json, as written */
	ObjectNode manifest() {
		try {
			return (ObjectNode) JSON.readTree(file("addon.json"));
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** @return the example zipped as {@code addon pack} zips it, under this test's id and publisher, then edited */
	byte[] pkg(Consumer<ObjectNode> edit) {
		ObjectNode manifest = manifest();
		manifest.put("id", catalog.addonId).put("publisher", catalog.publisher);
		edit.accept(manifest);
		return TestPackages.builder().file("addon.json", manifest.toString()).file("main.js", file("main.js"))
		        .file("README.md", file("README.md")).build();
	}

	/** Publishes the example, signed, as the publisher user. */
	AddonVersion publish(Consumer<ObjectNode> edit) {
		byte[] pkg = pkg(edit);
		catalog.signInAsPublisher();
		try {
			return context.getBean(CatalogService.class).publish(new ByteArrayInputStream(pkg), catalog.sign(pkg));
		}
		finally {
			identity.signOut();
		}
	}

	AddonVersion publish() {
		return publish(m -> {
		});
	}

	/** Installs the published example for the clinician alone (a personal installation). */
	Installation installForClinician() {
		identity.signIn(CLINICIAN, Privileges.INSTALL_ADDONS, Privileges.BROWSE_ADDONS);
		try {
			return context.getBean(InstallationService.class).install(catalog.addonId, null, null);
		}
		finally {
			identity.signOut();
		}
	}

	/** Installs the published example for the whole organisation, as a manager. */
	Installation installForOrganisation() {
		identity.signIn("manager", Privileges.INSTALL_ADDONS, Privileges.MANAGE_ADDONS, Privileges.BROWSE_ADDONS);
		try {
			return context.getBean(InstallationService.class).install(catalog.addonId, null, Audience.organisation());
		}
		finally {
			identity.signOut();
		}
	}

	/** Approves these scopes and egress destinations, as an administrator who did not install it. */
	void approve(Installation installation, List<String> scopes, List<String> egress) {
		asAdmin(() -> context.getBean(GrantService.class).approve(installation.getUuid(),
		    new GrantRequest(scopes, null, egress, null, "the example's test", null)));
	}

	/** Approves every scope the example asks for and every egress destination it declares. */
	void approveAll(Installation installation) {
		ObjectNode manifest = manifest();
		List<String> scopes = manifest.withArray("permissions").findValuesAsText("scope");
		List<String> egress = manifest.withArray("egress").findValuesAsText("url");
		approve(installation, scopes, egress);
	}

	/** Configures the installation, as a manager. */
	void configure(Installation installation, String json) {
		identity.signIn("manager", Privileges.INSTALL_ADDONS, Privileges.MANAGE_ADDONS, Privileges.BROWSE_ADDONS);
		try {
			context.getBean(InstallationService.class).configure(installation.getUuid(), json);
		}
		finally {
			identity.signOut();
		}
	}

	/** Signs the clinician in with Use Add-ons and these clinical privileges. */
	void signInClinician(List<String> clinicalPrivileges) {
		String[] privileges = new String[clinicalPrivileges.size() + 2];
		privileges[0] = Privileges.USE_ADDONS;
		privileges[1] = Privileges.BROWSE_ADDONS;
		for (int i = 0; i < clinicalPrivileges.size(); i++) {
			privileges[i + 2] = clinicalPrivileges.get(i);
		}
		identity.signIn(CLINICIAN, privileges);
	}

	/** @return the installation's access events of one run, oldest first */
	List<AuditEvent> accessEvents(Installation installation, String invocationId) {
		List<AuditEvent> events = new ArrayList<>(context.getBean(AuditEventDao.class).select(AuditQuery.builder()
		        .installation(installation.getUuid()).kind(AuditKind.ACCESS).invocation(invocationId).size(500).build())
		        .results());
		Collections.reverse(events);
		return events;
	}

	<T> T asAdmin(Callable<T> call) {
		identity.signIn("admin", Privileges.GRANT_ADDON_ACCESS, Privileges.MANAGE_ADDONS, Privileges.BROWSE_ADDONS);
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

	private byte[] file(String name) {
		return TestPackages.resource("/examples/" + folder + "/" + name);
	}
}
