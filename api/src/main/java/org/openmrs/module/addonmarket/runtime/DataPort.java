package org.openmrs.module.addonmarket.runtime;

import java.net.URI;
import java.util.List;
import java.util.Map;

import org.openmrs.module.addonmarket.error.AddonMarketException;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The only way a running add-on reaches clinical data or the network: {@code ctx.ehr} and {@code ctx.http} call this
 * port, and the access gateway serves it (decides, filters, audits). It mirrors the gateway's operations, with a
 * {@link RuntimeCall} where the gateway takes its access context. Every method refuses with an
 * {@link AddonMarketException} (ErrorKind.FORBIDDEN for a denial); the runtime hands that error's code and message
 * to the add-on as an exception it may catch.
 */
public interface DataPort {

	/**
	 * @param call who asks
	 * @param resourceType e.g. {@code Patient}
	 * @param id the resource's id
	 * @return the resource as FHIR R4 JSON, with only the elements the grant covers
	 */
	ObjectNode read(RuntimeCall call, String resourceType, String id);

	/**
	 * @param call who asks
	 * @param resourceType e.g. {@code Observation}
	 * @param parameters FHIR search parameters, each a list of values
	 * @return the matching resources the grant covers, as FHIR R4 JSON
	 */
	List<ObjectNode> search(RuntimeCall call, String resourceType, Map<String, List<String>> parameters);

	/**
	 * @param call who asks
	 * @param resourceType e.g. {@code Notice}
	 * @param resource the resource to create, as JSON
	 * @return the created resource
	 */
	ObjectNode create(RuntimeCall call, String resourceType, ObjectNode resource);

	/**
	 * Asks whether the add-on may send one request outside the EHR; the runtime sends it only when this returns, and
	 * asks again for every redirect it would follow.
	 *
	 * @param call who asks
	 * @param destination the absolute URL the request goes to
	 * @param method the HTTP method
	 * @param bytesToSend the size of the request body
	 * @throws AddonMarketException when the destination is not approved egress of the installation
	 */
	void egress(RuntimeCall call, URI destination, String method, long bytesToSend);
}
