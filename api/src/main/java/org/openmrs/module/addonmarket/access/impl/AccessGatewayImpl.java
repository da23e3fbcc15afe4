package org.openmrs.module.addonmarket.access.impl;

import java.io.UncheckedIOException;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.openmrs.module.addonmarket.Privileges;
import org.openmrs.module.addonmarket.access.AccessContext;
import org.openmrs.module.addonmarket.access.AccessGateway;
import org.openmrs.module.addonmarket.access.EgressPermit;
import org.openmrs.module.addonmarket.access.decision.AccessDecision;
import org.openmrs.module.addonmarket.access.decision.AccessOperation;
import org.openmrs.module.addonmarket.access.decision.AccessPolicy;
import org.openmrs.module.addonmarket.access.decision.AccessRequest;
import org.openmrs.module.addonmarket.access.decision.EgressApproval;
import org.openmrs.module.addonmarket.access.redaction.RecordCriteria;
import org.openmrs.module.addonmarket.access.redaction.Redaction;
import org.openmrs.module.addonmarket.access.redaction.Released;
import org.openmrs.module.addonmarket.access.redaction.SensitiveCodes;
import org.openmrs.module.addonmarket.audit.AuditEvent;
import org.openmrs.module.addonmarket.audit.AuditLog;
import org.openmrs.module.addonmarket.audit.AuditUnavailableException;
import org.openmrs.module.addonmarket.audit.StaleDecisionException;
import org.openmrs.module.addonmarket.error.AddonMarketException;
import org.openmrs.module.addonmarket.error.ErrorCode;
import org.openmrs.module.addonmarket.host.Actor;
import org.openmrs.module.addonmarket.host.ClinicalData;
import org.openmrs.module.addonmarket.host.HostIdentity;
import org.openmrs.module.addonmarket.host.HostSettings;
import org.openmrs.module.addonmarket.host.ModuleClock;
import org.openmrs.module.addonmarket.host.Setting;
import org.openmrs.module.addonmarket.install.Audience;
import org.openmrs.module.addonmarket.notice.Notice;
import org.openmrs.module.addonmarket.notice.NoticeJson;
import org.openmrs.module.addonmarket.notice.NoticeOrigin;
import org.openmrs.module.addonmarket.notice.dao.NoticeDao;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Each call: find the installation and its grant (see {@link Standings}), decide ({@link AccessPolicy}), fetch or write, redact,
 * record the one access event, and only then release. A host without a {@link ClinicalData} port (none is
 * required to start the module) fails clinical calls with CLINICAL_DATA_UNAVAILABLE, recorded as an error.
 *
 * @see AccessGateway
 */
@Service
@Transactional
public class AccessGatewayImpl implements AccessGateway {

	private static final Set<String> METHODS = Set.of("GET", "POST", "PUT", "PATCH", "DELETE", "HEAD");

	/** How many times a read or search is tried when the installation keeps changing under it. */
	private static final int MAX_ATTEMPTS = 5;

	private final Standings standings;

	private final AuditLog log;

	private final ObjectProvider<ClinicalData> clinicalData;

	/** The host's port once found: resolving it through the bean factory on every call costs more than the read. */
	private volatile ClinicalData resolvedClinicalData;

	private final NoticeDao notices;

	private final HostIdentity identity;

	private final HostSettings settings;

	private final ModuleClock clock;

	public AccessGatewayImpl(Standings standings, AuditLog log, ObjectProvider<ClinicalData> clinicalData,
	    NoticeDao notices, HostIdentity identity, HostSettings settings, ModuleClock clock) {
		this.standings = standings;
		this.log = log;
		this.clinicalData = clinicalData;
		this.notices = notices;
		this.identity = identity;
		this.settings = settings;
		this.clock = clock;
	}

	/**
	 * Decided on the installation as this node last loaded it, with no query before the audit event; the audit log
	 * commits the event only while that copy is current, else the call is made again on the installation as it
	 * is now (see {@link Standings}). No transaction: the host's port and the audit log run their own.
	 */
	@Override
	@Transactional(propagation = Propagation.SUPPORTS)
	public ObjectNode read(AccessContext context, String resourceType, String id) {
		return onCurrentStanding(context, standing -> readOnce(context, standing, resourceType, id));
	}

	private ObjectNode readOnce(AccessContext context, Standing standing, String resourceType, String id) {
		AccessEvent event = open(context, standing, AccessOperation.READ, resourceType);
		if (id == null || id.isBlank()) {
			throw event.failed(invalid("Name the record to read", "id"));
		}
		AccessDecision decision = decide(event, request(context, event, AccessOperation.READ, resourceType).build());
		Optional<ObjectNode> found = host(event, data -> data.read(resourceType, id));
		if (found.isEmpty()) {
			event.permitted(List.of(), List.of(), decision.text() + "; there is no " + resourceType + " " + id);
			throw new AddonMarketException(ErrorCode.RESOURCE_NOT_FOUND, "No " + resourceType + " " + id, "id");
		}
		Released released = Redaction.apply(List.of(found.get()), new RecordCriteria(resourceType,
		        decision.permitting(), context.patientId(), null, Map.of(), sensitiveCodes()));
		if (released.records().isEmpty()) {
			throw event.denied(AccessDecision.deny(released.withheld().get(0), resourceType + " " + id
			        + " lies outside every scope that permits reading it (" + released.withheld().get(0).code() + ")",
			    decision.grantUuid()), 1);
		}
		event.patient(released.onePatient()).permitted(released);
		return released.records().get(0);
	}

	/** As {@link #read}: decided on the installation as last loaded, made again when that copy turns out stale. */
	@Override
	@Transactional(propagation = Propagation.SUPPORTS)
	public List<ObjectNode> search(AccessContext context, String resourceType, Map<String, List<String>> parameters) {
		return onCurrentStanding(context, standing -> searchOnce(context, standing, resourceType, parameters));
	}

	private List<ObjectNode> searchOnce(AccessContext context, Standing standing, String resourceType,
	        Map<String, List<String>> parameters) {
		AccessEvent event = open(context, standing, AccessOperation.SEARCH, resourceType);
		SearchRequest search;
		try {
			search = SearchRequest.of(parameters, context.patientId());
		}
		catch (AddonMarketException invalid) {
			throw event.failed(invalid);
		}
		event.patient(search.patient()).query(search.queryText());
		AccessDecision decision = decide(event, request(context, event, AccessOperation.SEARCH, resourceType)
		        .parameters(search.tokens()).patients(context.patientId(), search.patient()).build());
		List<ObjectNode> found = host(event, data -> data.search(resourceType, search.query()));
		Released released = Redaction.apply(found, new RecordCriteria(resourceType, decision.permitting(),
		        context.patientId(), search.patient(), search.tokens(), sensitiveCodes()));
		event.patient(released.onePatient()).permitted(released);
		return released.records();
	}

	@Override
	public ObjectNode create(AccessContext context, String resourceType, ObjectNode resource) {
		AccessEvent event = open(context, null, AccessOperation.CREATE, resourceType);
		NewRecord record;
		try {
			record = NewRecord.of(resourceType, resource, context.patientId());
		}
		catch (AddonMarketException invalid) {
			throw event.failed(invalid);
		}
		event.patient(record.patient());
		AccessDecision decision = decide(event, request(context, event, AccessOperation.CREATE, resourceType)
		        .parameters(record.tokens()).patients(context.patientId(), record.patient()).build());
		ObjectNode stored = record.notice() != null ? NoticeJson.of(pin(context, event, record))
		        : host(event, data -> data.create(resourceType, resource.deepCopy()));
		String id = stored.path("id").asText(null);
		event.permitted(id == null ? List.of() : List.of(id), elementsOf(stored), decision.text());
		return stored;
	}

	@Override
	@Transactional(readOnly = true)
	public EgressPermit egress(AccessContext context, URI destination, String method, long bytesToSend) {
		AccessEvent event = open(context, null, AccessOperation.EGRESS, null);
		String verb = method == null ? "" : method.trim().toUpperCase(Locale.ROOT);
		if (destination == null || !destination.isAbsolute() || !METHODS.contains(verb) || bytesToSend < 0) {
			throw event.failed(invalid("Egress needs an absolute URL, a method of " + METHODS.stream().sorted().toList()
			        + " and a size of 0 bytes or more; got " + verb + " " + EgressApproval.withoutQuery(destination)
			        + " with " + bytesToSend + " bytes", "destination"));
		}
		event.egress(EgressApproval.withoutQuery(destination), 0);
		AccessDecision decision = decide(event, request(context, event, AccessOperation.EGRESS, null)
		        .destination(destination).build());
		AuditEvent recorded = event.egress(EgressApproval.withoutQuery(destination), bytesToSend)
		        .permitted(List.of(), List.of(), verb + " " + decision.text());
		return new EgressPermit(destination.toString(), verb, bytesToSend, decision.egressEntry(),
		        decision.grantUuid(), recorded.sequence());
	}

	/**
	 * Runs a call on the installation as last loaded and, while the audit log finds the copy stale, again on the
	 * installation loaded afresh. Each attempt that is not the last records nothing (the audit log refused its
	 * event), so the call still records exactly one event.
	 */
	private <T> T onCurrentStanding(AccessContext context, Function<Standing, T> call) {
		requireContext(context);
		for (int attempt = 1;; attempt++) {
			Standing standing = attempt == 1 ? standings.current(context.installationUuid())
			        : standings.load(context.installationUuid());
			try {
				return call.apply(standing);
			}
			catch (StaleDecisionException stale) {
				if (attempt == MAX_ATTEMPTS) {
					throw new AuditUnavailableException("Installation " + context.installationUuid() + " changed "
					        + MAX_ATTEMPTS + " times while the call was being recorded; nothing was released", stale);
				}
			}
		}
	}

	/**
	 * Opens the call's event on the given standing: a copy to be checked when the event commits (read, search), or,
	 * when null, the installation loaded now in the call's transaction (create, egress: a create's write must not
	 * be repeated, so those decide on the database as it is and append unconditionally).
	 */
	private AccessEvent open(AccessContext context, Standing standing, AccessOperation operation,
	        String resourceType) {
		requireContext(context);
		return standing != null ? new AccessEvent(log, context, standing, standing.decidedAt(), operation, resourceType)
		        : new AccessEvent(log, context, standings.load(context.installationUuid()), null, operation,
		            resourceType);
	}

	private static void requireContext(AccessContext context) {
		if (context == null) {
			throw invalid("Every gateway call carries its access context", "context");
		}
	}

	/** Decides; a denial is recorded and thrown, a permit remembered for the event. */
	private static AccessDecision decide(AccessEvent event, AccessRequest request) {
		AccessDecision decision = AccessPolicy.decide(request);
		if (!decision.isPermit()) {
			throw event.denied(decision);
		}
		event.decided(decision);
		return decision;
	}

	private AccessRequest.Builder request(AccessContext context, AccessEvent event, AccessOperation operation,
	        String resourceType) {
		Actor user = context.user();
		return AccessRequest.builder(operation, resourceType)
		        .standing(event.standing().state(), event.standing().grant())
		        .user(user == null ? null : user.uuid(), privilegesOf(user)).patients(context.patientId(), null)
		        .at(clock.now());
	}

	/**
	 * @return the clinical privileges of the user behind the call, as the host answers for its current user: none
	 *         when the host's current user is someone else (the runtime must run a user's invocation as that user)
	 */
	private Set<String> privilegesOf(Actor user) {
		if (user == null || !identity.currentUser().map(Actor::uuid).filter(user.uuid()::equals).isPresent()) {
			return Set.of();
		}
		return Privileges.CLINICAL_PRIVILEGES.stream().filter(identity::hasPrivilege).collect(Collectors.toSet());
	}

	private Notice pin(AccessContext context, AccessEvent event, NewRecord record) {
		Audience audience = record.notice().audience() != null ? record.notice().audience()
		        : context.user() != null ? Audience.user(context.user().uuid())
		                : event.standing().audience();
		NoticeOrigin origin = new NoticeOrigin(context.installationUuid(), event.standing().addonId(),
		        context.invocationId(), context.actor(), clock.now());
		return notices.save(new Notice(origin, record.notice(), audience));
	}

	/** Calls the host's clinical data port; its failures are recorded as errors and released as nothing. */
	private <T> T host(AccessEvent event, Function<ClinicalData, T> call) {
		ClinicalData data = resolvedClinicalData;
		if (data == null) {
			data = clinicalData.getIfAvailable();
			resolvedClinicalData = data;
		}
		if (data == null) {
			throw event.failed(new AddonMarketException(ErrorCode.CLINICAL_DATA_UNAVAILABLE,
			        "This host offers add-ons no clinical data"));
		}
		try {
			return call.apply(data);
		}
		catch (AddonMarketException | DataAccessException | IllegalStateException | IllegalArgumentException
		        | UnsupportedOperationException | UncheckedIOException e) {
			throw event.failed(new AddonMarketException(ErrorCode.CLINICAL_DATA_UNAVAILABLE,
			        "The clinical record failed: " + e.getMessage(), null, e));
		}
	}

	private SensitiveCodes sensitiveCodes() {
		return SensitiveCodes.parse(Setting.SENSITIVE_CODES.value(settings));
	}

	private static List<String> elementsOf(ObjectNode stored) {
		Set<String> names = new TreeSet<>();
		stored.fieldNames().forEachRemaining(names::add);
		names.removeAll(Redaction.ALWAYS_KEPT);
		return List.copyOf(names);
	}

	private static AddonMarketException invalid(String message, String field) {
		return new AddonMarketException(ErrorCode.ACCESS_REQUEST_INVALID, message, field);
	}
}
