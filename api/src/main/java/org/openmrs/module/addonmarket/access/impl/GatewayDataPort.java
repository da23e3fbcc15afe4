package org.openmrs.module.addonmarket.access.impl;

import java.net.URI;
import java.util.List;
import java.util.Map;

import org.openmrs.module.addonmarket.access.AccessContext;
import org.openmrs.module.addonmarket.access.AccessGateway;
import org.openmrs.module.addonmarket.runtime.DataPort;
import org.openmrs.module.addonmarket.runtime.RuntimeCall;
import org.springframework.stereotype.Component;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The runtime's door to data is the access gateway: every {@code ctx.ehr} and {@code ctx.http} call of an add-on
 * is decided, audited and redacted there.
 */
@Component
public class GatewayDataPort implements DataPort {

	private final AccessGateway gateway;

	public GatewayDataPort(AccessGateway gateway) {
		this.gateway = gateway;
	}

	private static AccessContext context(RuntimeCall call) {
		return new AccessContext(call.installationUuid(), call.invocationId(), call.purpose(), call.user(),
		        call.patientId());
	}

	@Override
	public ObjectNode read(RuntimeCall call, String resourceType, String id) {
		return gateway.read(context(call), resourceType, id);
	}

	@Override
	public List<ObjectNode> search(RuntimeCall call, String resourceType, Map<String, List<String>> parameters) {
		return gateway.search(context(call), resourceType, parameters);
	}

	@Override
	public ObjectNode create(RuntimeCall call, String resourceType, ObjectNode resource) {
		return gateway.create(context(call), resourceType, resource);
	}

	@Override
	public void egress(RuntimeCall call, URI destination, String method, long bytesToSend) {
		gateway.egress(context(call), destination, method, bytesToSend);
	}
}
