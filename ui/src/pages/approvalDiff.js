/**
 * The permission diff of an upgrade as the grant editor lists it: one line per change, each with its kind
 * (added, widened, removed, egress added, ...), so that an administrator sees at once what grows.
 */
export function diffLines(diff) {
  if (!diff) {
    return [];
  }
  const lines = [];
  (diff.added || []).forEach((scope) => lines.push({ kind: 'added', text: scope }));
  (diff.optionalAdded || []).forEach((scope) => lines.push({ kind: 'optionalAdded', text: scope }));
  (diff.widened || []).forEach((c) => lines.push({ kind: 'widened', text: `${c.from} → ${c.to}` }));
  (diff.systemScopesAdded || []).forEach((scope) => lines.push({ kind: 'systemAdded', text: scope }));
  (diff.egressAdded || []).forEach((url) => lines.push({ kind: 'egressAdded', text: url }));
  (diff.narrowed || []).forEach((c) => lines.push({ kind: 'narrowed', text: `${c.from} → ${c.to}` }));
  (diff.removed || []).forEach((scope) => lines.push({ kind: 'removed', text: scope }));
  (diff.egressRemoved || []).forEach((url) => lines.push({ kind: 'egressRemoved', text: url }));
  return lines;
}

/**
 * The colour of each kind of change, the same in the grant editor and in a clinician's upgrade: red for what grows
 * (the add-on may do more), purple for what grows only if an administrator chooses, green for what shrinks.
 */
export const DIFF_COLOURS = {
  added: 'red', optionalAdded: 'purple', widened: 'red', systemAdded: 'red', egressAdded: 'red',
  narrowed: 'green', removed: 'green', egressRemoved: 'green',
};

/** @returns whether a change lets the add-on do more than before (and so needs an administrator's approval) */
export function grows(kind) {
  return DIFF_COLOURS[kind] === 'red';
}

/** @returns the grant request of the editor's choices */
export function grantRequest({ scopes, egress, rationale, expiresOn, lockVersion }) {
  return {
    scopes: Object.keys(scopes).filter((s) => scopes[s]),
    egress: Object.keys(egress).filter((e) => egress[e]),
    rationale: rationale.trim(),
    expiresAt: expiresOn ? `${expiresOn}T00:00:00Z` : null,
    lockVersion,
  };
}
