/**
 * Semantic versions as the catalog orders them (major.minor.patch, a pre-release before its release), to tell a
 * clinician that a newer version of an installed add-on exists.
 */

function parts(version) {
  const [core, pre] = String(version).split('+')[0].split(/-(.*)/s);
  return { numbers: core.split('.').map((n) => Number.parseInt(n, 10) || 0), pre: pre || null };
}

function comparePre(a, b) {
  if (a === b) {
    return 0;
  }
  if (a === null) {
    return 1;
  }
  if (b === null) {
    return -1;
  }
  const x = a.split('.');
  const y = b.split('.');
  for (let i = 0; i < Math.max(x.length, y.length); i++) {
    if (x[i] === undefined) {
      return -1;
    }
    if (y[i] === undefined) {
      return 1;
    }
    const nx = /^\d+$/.test(x[i]);
    const ny = /^\d+$/.test(y[i]);
    if (nx && ny && Number(x[i]) !== Number(y[i])) {
      return Number(x[i]) - Number(y[i]);
    }
    if (nx !== ny) {
      return nx ? -1 : 1;
    }
    if (!nx && x[i] !== y[i]) {
      return x[i] < y[i] ? -1 : 1;
    }
  }
  return 0;
}

/** @returns a negative number, 0 or a positive number as a is older than, the same as or newer than b */
export function compareVersions(a, b) {
  const x = parts(a);
  const y = parts(b);
  for (let i = 0; i < 3; i++) {
    const d = (x.numbers[i] || 0) - (y.numbers[i] || 0);
    if (d !== 0) {
      return d;
    }
  }
  return comparePre(x.pre, y.pre);
}

/**
 * @param installation an installation ({version, pendingVersion, state})
 * @param latest the newest published version of its add-on
 * @returns the version it may upgrade to, or null: none when it runs the newest already, when that version is the
 *          one already waiting for approval, or when the installation no longer runs
 */
export function upgradeTarget(installation, latest) {
  if (!latest || !['ACTIVE', 'DISABLED', 'PENDING_APPROVAL'].includes(installation.state)) {
    return null;
  }
  if (compareVersions(latest, installation.version) <= 0) {
    return null;
  }
  return installation.pendingVersion && compareVersions(installation.pendingVersion, latest) >= 0 ? null : latest;
}
