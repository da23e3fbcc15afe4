package org.openmrs.module.addonmarket.runtime.impl;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import org.openmrs.module.addonmarket.catalog.AddonVersion;
import org.openmrs.module.addonmarket.catalog.CatalogService;
import org.openmrs.module.addonmarket.catalog.StoredPackage;
import org.openmrs.module.addonmarket.catalog.dao.AddonDao;
import org.openmrs.module.addonmarket.catalog.manifest.Action;
import org.openmrs.module.addonmarket.catalog.manifest.ActionContext;
import org.openmrs.module.addonmarket.catalog.manifest.Manifest;
import org.openmrs.module.addonmarket.catalog.manifest.Schedule;
import org.openmrs.module.addonmarket.catalog.manifest.Trigger;
import org.openmrs.module.addonmarket.catalog.pkg.AddonPackageReader;
import org.openmrs.module.addonmarket.error.AddonMarketException;
import org.openmrs.module.addonmarket.error.ErrorCode;
import org.openmrs.module.addonmarket.install.Audience;
import org.openmrs.module.addonmarket.install.ConfigurationVersion;
import org.openmrs.module.addonmarket.install.Installation;
import org.openmrs.module.addonmarket.install.InstallationState;
import org.openmrs.module.addonmarket.install.dao.InstallationDao;
import org.openmrs.module.addonmarket.runtime.InvocationKind;
import org.openmrs.module.addonmarket.runtime.InvocationRequest;
import org.openmrs.module.addonmarket.runtime.InvocationSubject;
import org.openmrs.module.addonmarket.runtime.sandbox.EntryScript;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Finds what a run request runs: the installation (which must be ACTIVE), the version it runs, the handler its
 * manifest names for the request, its current configuration and its entry script. Reads the stores directly rather
 * than through the services, because triggers and schedules run with nobody signed in; the caller checks privileges.
 * <p>
 * Every run reads the installation's row afresh (so a suspension holds from the very next run); what hangs off it
 * (the version's manifest, the configuration, the entry script) is kept as an immutable {@link Prepared} snapshot
 * per installation and reused while the installation's optimistic-lock version and running version are unchanged.
 * Every change that matters raises that lock version: a state change, an upgrade or rollback, a grant decision and
 * a new configuration (which locks the installation). Parsed manifests are kept per published version, which never
 * changes.
 */
@Component
public class RunnableInstallations {

	private final InstallationDao installations;

	private final AddonDao addons;

	private final CatalogService catalog;

	private final AddonPackageReader packages;

	private final TransactionTemplate reads;

	private final ObjectMapper json = new ObjectMapper();

	private final Map<String, Prepared> prepared = new ConcurrentHashMap<>();

	private final Map<String, Manifest> manifests = new ConcurrentHashMap<>();

	/**
	 * What a run of one installation needs beyond its row, as of one lock version.
	 *
	 * @param lockVersion the installation's optimistic-lock version it was read at
	 * @param addonVersion the version it ran then
	 * @param manifest that version's manifest
	 * @param script that version's entry script
	 * @param configuration the configuration then, or null
	 */
	private record Prepared(int lockVersion, String addonVersion, Manifest manifest, EntryScript script,
	        JsonNode configuration) {
	}

	/**
	 * An ACTIVE installation and the manifest of the version it runs.
	 *
	 * @param installationUuid the installation
	 * @param audience who it is for
	 * @param addonVersion the version it runs
	 * @param manifest that version's manifest
	 */
	public record Running(String installationUuid, Audience audience, String addonVersion, Manifest manifest) {
	}

	public RunnableInstallations(InstallationDao installations, AddonDao addons, CatalogService catalog,
	    AddonPackageReader packages, PlatformTransactionManager transactions) {
		this.installations = installations;
		this.addons = addons;
		this.catalog = catalog;
		this.packages = packages;
		this.reads = new TransactionTemplate(transactions);
		this.reads.setReadOnly(true);
	}

	/**
	 * @param request what to run
	 * @return what it runs; the entry script's text is read only when the sandbox has not parsed it yet
	 * @throws AddonMarketException INSTALLATION_NOT_FOUND, RUNTIME_INSTALLATION_NOT_ACTIVE, RUNTIME_NOT_IN_AUDIENCE
	 *             (an installation for one user, run by another), VERSION_NOT_FOUND,
	 *             RUNTIME_ACTION_NOT_FOUND, RUNTIME_PATIENT_REQUIRED, RUNTIME_HANDLER_NOT_DECLARED
	 */
	RunTarget load(InvocationRequest request) {
		return reads.execute(status -> {
			Installation installation = installation(request.installationUuid());
			requireRunnableBy(installation, request);
			Prepared ready = prepared(installation);
			String handler = handler(ready.manifest(), request);
			InvocationSubject subject = new InvocationSubject(installation.getUuid(), ready.manifest().id(),
			        ready.addonVersion(), request.kind(), handler, request.purpose(),
			        request.user() == null ? null : request.user().uuid(), request.patientId());
			JsonNode configuration = ready.configuration() == null ? null : ready.configuration().deepCopy();
			return new RunTarget(subject, ready.script(), configuration);
		});
	}

	/**
	 * @return every ACTIVE installation with the manifest of the version it runs, read in one short transaction
	 */
	public List<Running> active() {
		return reads.execute(status -> installations.find(InstallationState.ACTIVE, null).stream()
		        .map(i -> new Running(i.getUuid(), i.getAudience(), i.getAddonVersion(), manifest(version(i))))
		        .collect(Collectors.toList()));
	}

	/**
	 * @return a value that differs whenever an installation was added or changed since it was last taken (see
	 *         {@link InstallationDao#changeStamp()})
	 */
	public String changeStamp() {
		return reads.execute(status -> installations.changeStamp());
	}

	private Prepared prepared(Installation installation) {
		Prepared known = prepared.get(installation.getUuid());
		if (known != null && known.lockVersion() == installation.getLockVersion()
		        && known.addonVersion().equals(installation.getAddonVersion())) {
			return known;
		}
		AddonVersion version = version(installation);
		Manifest manifest = manifest(version);
		EntryScript script = new EntryScript(manifest.id(), version.getVersion(), version.getSha256(),
		        manifest.entry(), () -> entrySource(version));
		Prepared fresh = new Prepared(installation.getLockVersion(), installation.getAddonVersion(), manifest, script,
		        configuration(installation));
		prepared.put(installation.getUuid(), fresh);
		return fresh;
	}

	private AddonVersion version(Installation installation) {
		return addons.getVersion(installation.getAddon(), installation.getAddonVersion())
		        .orElseThrow(() -> new AddonMarketException(ErrorCode.VERSION_NOT_FOUND, installation.getAddon()
		                .getAddonId() + " has no version " + installation.getAddonVersion(), "version"));
	}

	private Manifest manifest(AddonVersion version) {
		return manifests.computeIfAbsent(version.getUuid() + "#" + version.getSha256(),
		    key -> catalog.getManifest(version));
	}

	private static void requireRunnableBy(Installation installation, InvocationRequest request) {
		String which = "Installation " + installation.getUuid() + " of " + installation.getAddon().getAddonId();
		if (installation.getState() != InstallationState.ACTIVE) {
			String why = installation.getStateReason() == null ? "" : " (" + installation.getStateReason() + ")";
			throw new AddonMarketException(ErrorCode.RUNTIME_INSTALLATION_NOT_ACTIVE, which + " is "
			        + installation.getState() + why + ", so it cannot run; only an ACTIVE installation runs", "state");
		}
		Audience audience = installation.getAudience();
		if (request.user() != null && audience.isSingleUser() && !audience.value().equals(request.user().uuid())) {
			throw new AddonMarketException(ErrorCode.RUNTIME_NOT_IN_AUDIENCE,
			        which + " is installed for one other user; install the add-on for yourself to use it", "audience");
		}
	}

	/**
	 * @return the installation
	 * @throws AddonMarketException INSTALLATION_NOT_FOUND
	 */
	Installation installation(String uuid) {
		return installations.getByUuid(uuid).orElseThrow(() -> new AddonMarketException(
		        ErrorCode.INSTALLATION_NOT_FOUND, "No installation " + uuid, "installationUuid"));
	}

	private static String handler(Manifest manifest, InvocationRequest request) {
		String name = request.name();
		if (request.kind() == InvocationKind.ACTION) {
			Action action = manifest.actions().stream().filter(a -> a.id().equals(name)).findFirst()
			        .orElseThrow(() -> new AddonMarketException(ErrorCode.RUNTIME_ACTION_NOT_FOUND, manifest.id()
			                + " has no action \"" + name + "\"; its actions are "
			                + manifest.actions().stream().map(Action::id).collect(Collectors.toList()), "actionId"));
			if (action.context() == ActionContext.PATIENT
			        && (request.patientId() == null || request.patientId().isBlank())) {
				throw new AddonMarketException(ErrorCode.RUNTIME_PATIENT_REQUIRED,
				        "Action " + name + " of " + manifest.id() + " runs for a patient; name the patient", "patient");
			}
			return action.handler();
		}
		List<String> declared = request.kind() == InvocationKind.TRIGGER
		        ? manifest.triggers().stream().map(Trigger::handler).collect(Collectors.toList())
		        : manifest.schedules().stream().map(Schedule::handler).collect(Collectors.toList());
		if (!declared.contains(name)) {
			throw new AddonMarketException(ErrorCode.RUNTIME_HANDLER_NOT_DECLARED, manifest.id() + " declares no "
			        + request.kind().name().toLowerCase(Locale.ROOT) + " handler \"" + name + "\"; it declares " + declared,
			        "handler");
		}
		return name;
	}

	private JsonNode configuration(Installation installation) {
		List<ConfigurationVersion> versions = installations.getConfigurations(installation);
		if (versions.isEmpty()) {
			return null;
		}
		try {
			return json.readTree(versions.get(versions.size() - 1).getJson());
		}
		catch (JsonProcessingException e) {
			throw new IllegalStateException("A stored configuration of " + installation.getUuid() + " is not JSON", e);
		}
	}

	private String entrySource(AddonVersion version) {
		byte[] zip = reads.execute(status -> addons.getPackage(version).map(StoredPackage::getBytes)
		        .orElseThrow(() -> new AddonMarketException(ErrorCode.VERSION_NOT_FOUND, "The package of "
		                + version.getAddon().getAddonId() + " " + version.getVersion() + " is missing", "version")));
		return packages.read(zip).entrySource();
	}
}
