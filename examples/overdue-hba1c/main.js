// Overdue HbA1c worklist: patients with type 2 diabetes (SNOMED CT 44054006) without an HbA1c (LOINC 4548-4)
// in the last months, posted as one notice for the installation's audience.

const DIABETES = "http://snomed.info/sct|44054006";
const HBA1C = "http://loinc.org|4548-4";
// The most records one search returns (the gateway's _count limit).
const PAGE = 1000;
// A notice holds at most 2000 characters.
const MAX_TEXT = 1900;

function setting(ctx, name, fallback) {
  const value = ctx.config && ctx.config[name];
  return typeof value === "number" ? value : fallback;
}

function patientOf(resource) {
  const reference = (resource.subject && resource.subject.reference) || "";
  return reference.indexOf("Patient/") === 0 ? reference.substring("Patient/".length) : null;
}

function isActive(condition) {
  const status = condition.clinicalStatus && condition.clinicalStatus.coding && condition.clinicalStatus.coding[0];
  return !status || ["active", "recurrence", "relapse"].indexOf(status.code) >= 0;
}

// The newest HbA1c date of every patient that has one, from one search across patients (newest first).
function latestResults(ctx) {
  const results = ctx.ehr.search("Observation", { code: HBA1C, _count: PAGE });
  const latest = {};
  results.forEach(o => {
    const patient = patientOf(o);
    if (patient && (!latest[patient] || o.effectiveDateTime > latest[patient])) {
      latest[patient] = o.effectiveDateTime;
    }
  });
  return { latest: latest, complete: results.length < PAGE };
}

// A patient's newest HbA1c date, asked for that patient alone.
function latestOf(ctx, patient) {
  const own = ctx.ehr.search("Observation", { code: HBA1C, patient: patient, _count: 1 });
  return own.length ? own[0].effectiveDateTime : undefined;
}

function label(ctx, patient) {
  const record = ctx.ehr.read("Patient", patient);
  const name = record.name && record.name[0];
  const text = name ? [].concat(name.given || [], name.family || []).join(" ") : "";
  const identifier = record.identifier && record.identifier[0] && record.identifier[0].value;
  return (text || "Unnamed patient") + (identifier ? " (" + identifier + ")" : "");
}

function noticeText(ctx, overdue, months) {
  const lines = [overdue.length + (overdue.length === 1 ? " patient" : " patients") + " with type 2 diabetes had"
      + " no HbA1c in the last " + months + " months:"];
  const listed = Math.min(overdue.length, setting(ctx, "maxListed", 25));
  let shown = 0;
  for (let i = 0; i < listed; i++) {
    const entry = overdue[i];
    const line = "- " + label(ctx, entry.patient) + ": " + (entry.last ? "last HbA1c " + entry.last.substring(0, 10)
        : "no HbA1c recorded");
    if (lines.join("\n").length + line.length + 40 > MAX_TEXT) {
      break;
    }
    lines.push(line);
    shown++;
  }
  if (shown < overdue.length) {
    lines.push("… and " + (overdue.length - shown) + " more.");
  }
  return { text: lines.join("\n"), shown: shown };
}

// Schedule: every Monday at 07:00.
function worklist(ctx) {
  const months = setting(ctx, "months", 6);
  const cutoff = new Date();
  cutoff.setUTCMonth(cutoff.getUTCMonth() - months);
  const conditions = ctx.ehr.search("Condition", { code: DIABETES, _count: PAGE }).filter(isActive);
  if (conditions.length === PAGE) {
    ctx.log.warn("More than " + PAGE + " diabetes records: only the first " + PAGE + " were checked");
  }
  const diabetics = Array.from(new Set(conditions.map(patientOf).filter(p => p)));
  const results = latestResults(ctx);
  const overdue = [];
  let askedOneByOne = 0;
  diabetics.forEach(patient => {
    let last = results.latest[patient];
    if (!results.complete && (!last || new Date(last) < cutoff)) {
      last = latestOf(ctx, patient);
      askedOneByOne++;
    }
    if (!last || new Date(last) < cutoff) {
      overdue.push({ patient: patient, last: last });
    }
  });
  if (!results.complete) {
    ctx.log.info("The HbA1c search reached " + PAGE + " results; asked " + askedOneByOne + " patients one by one");
  }
  // Never tested first, then the longest overdue.
  overdue.sort((a, b) => (a.last || "").localeCompare(b.last || ""));
  ctx.log.info(diabetics.length + " patients with diabetes, " + overdue.length + " overdue");
  if (!overdue.length) {
    return { diabetics: diabetics.length, overdue: 0, listed: 0 };
  }
  const notice = noticeText(ctx, overdue, months);
  ctx.ehr.create("Notice", { severity: "warning", text: notice.text });
  return { diabetics: diabetics.length, overdue: overdue.length, listed: notice.shown };
}
