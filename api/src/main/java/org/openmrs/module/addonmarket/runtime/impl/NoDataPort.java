package org.openmrs.module.addonmarket.runtime.impl;

import java.net.URI;
import java.util.List;
import java.util.Map;

import org.openmrs.module.addonmarket.error.AddonMarketException;
import org.openmrs.module.addonmarket.error.ErrorCode;
import org.openmrs.module.addonmarket.runtime.DataPort;
import org.openmrs.module.addonmarket.runtime.RuntimeCall;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * What add-ons get while no access gateway serves {@link DataPort}: a refusal of every call. Deny by default, so
 * that a host wired without the gateway runs add-ons that reach nothing.
 */
final class NoDataPort implements DataPort {

	@Override
	public ObjectNode read(RuntimeCall call, String resourceType, String id) {
		throw refused();
	}

	@Override
	public List<ObjectNode> search(RuntimeCall call, String resourceType, Map<String, List<String>> parameters) {
		throw refused();
	}

	@Override
	public ObjectNode create(RuntimeCall call, String resourceType, ObjectNode resource) {
		throw refused();
	}

	@Override
	public void egress(RuntimeCall call, URI destination, String method, long bytesToSend) {
		throw refused();
	}

	private static AddonMarketException refused() {
		return new AddonMarketException(ErrorCode.RUNTIME_NO_ACCESS_GATEWAY,
		        "No access gateway is installed: add-ons cannot reach clinical data or the network");
	}
}
