/**
 * The data-flow report (GET /audit/data-flow) as the page shows it: per add-on, each declared scope and destination
 * with whether the period used it, what was observed, and the drift, add-ons with drift first.
 */

/** @returns the resource type a canonical scope names, e.g. Observation of patient/Observation.rs?code=… */
export function resourceOf(scope) {
  const match = /^[a-z]+\/([A-Za-z*]+)\./.exec(scope || '');
  return match ? match[1] : null;
}

/**
 * @param {Object} flow one add-on's line ({addonId, declared: {scopes, egress, granted}, observed, drift})
 * @returns {{addonId, scopes: Array<{scope, used}>, granted: Array<{scope, used}>, egress: Array<{url, used}>,
 *           undeclared: string[], drift, observed, drifting: boolean}} granted: the scopes its active installations
 *           hold now; undeclared: the resource types and destinations it used without declaring them
 */
export function flowView(flow) {
  const observed = flow.observed || {};
  const used = new Set(observed.scopesUsed || []);
  const destinations = observed.egressDestinations || [];
  const declaredEgress = flow.declared ? flow.declared.egress || [] : [];
  const scopes = (flow.declared ? flow.declared.scopes || [] : []).map((scope) => ({ scope, used: used.has(scope) }));
  const granted = (flow.declared ? flow.declared.granted || [] : []).map((scope) => ({ scope, used: used.has(scope) }));
  const egress = declaredEgress.map((url) => ({ url, used: destinations.some((d) => d.startsWith(url)) }));
  const declaredTypes = new Set(scopes.map((s) => resourceOf(s.scope)));
  const touched = [...(observed.resourceTypesRead || []), ...(observed.resourceTypesWritten || [])];
  const undeclared = [
    ...[...new Set(touched)].filter((type) => !declaredTypes.has(type) && !declaredTypes.has('*')).sort(),
    ...destinations.filter((d) => !declaredEgress.some((url) => d.startsWith(url))).sort(),
  ];
  const drift = flow.drift || [];
  return { addonId: flow.addonId, scopes, granted, egress, undeclared, drift, observed, drifting: drift.length > 0 };
}

/** @returns the report's lines as views, those with drift first, then by add-on id */
export function flowViews(report) {
  return ((report && report.addons) || []).map(flowView)
    .sort((a, b) => Number(b.drifting) - Number(a.drifting) || a.addonId.localeCompare(b.addonId));
}
