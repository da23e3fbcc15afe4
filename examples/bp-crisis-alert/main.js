// Hypertensive crisis alert: raises a notice when a new systolic or diastolic reading reaches the crisis
// threshold, and shows a patient's recent blood pressures.

const SYSTOLIC = "http://loinc.org|8480-6";
const DIASTOLIC = "http://loinc.org|8462-4";

function setting(ctx, name, fallback) {
  const value = ctx.config && ctx.config[name];
  return typeof value === "number" ? value : fallback;
}

// The patient's name for the alert, when the grant allows it (the permission is optional).
function patientName(ctx) {
  try {
    const patient = ctx.ehr.read("Patient", ctx.patient);
    const name = patient.name && patient.name[0];
    if (!name) {
      return null;
    }
    return [].concat(name.given || [], name.family || []).join(" ") || name.text || null;
  } catch (e) {
    ctx.log.info("Alert without the patient's name: " + e.message);
    return null;
  }
}

function alertIfCrisis(ctx, what, threshold) {
  const reading = ctx.event;
  const value = reading && reading.valueQuantity && reading.valueQuantity.value;
  if (typeof value !== "number") {
    ctx.log.warn(what + " reading " + (reading && reading.id) + " has no numeric value");
    return { alerted: false };
  }
  if (value < threshold) {
    return { alerted: false, value: value };
  }
  const name = patientName(ctx);
  ctx.ehr.create("Notice", {
    severity: "critical",
    text: (name ? name + ": " : "") + what + " blood pressure " + value + " mmHg is in the hypertensive crisis range"
        + " (threshold " + threshold + " mmHg). Recheck and assess for end-organ damage."
  });
  return { alerted: true, value: value };
}

// Trigger: a new systolic reading (LOINC 8480-6).
function onSystolic(ctx) {
  return alertIfCrisis(ctx, "Systolic", setting(ctx, "systolicThreshold", 180));
}

// Trigger: a new diastolic reading (LOINC 8462-4).
function onDiastolic(ctx) {
  return alertIfCrisis(ctx, "Diastolic", setting(ctx, "diastolicThreshold", 120));
}

// Action "trend", run for ctx.patient: the last 10 systolic and diastolic readings, newest first.
function trend(ctx) {
  const systolic = ctx.ehr.search("Observation", { code: SYSTOLIC, _count: 10 });
  const diastolic = ctx.ehr.search("Observation", { code: DIASTOLIC, _count: 10 });
  const byTime = {};
  systolic.forEach(o => { byTime[o.effectiveDateTime] = { when: o.effectiveDateTime, systolic: o.valueQuantity.value }; });
  diastolic.forEach(o => {
    const row = byTime[o.effectiveDateTime] || (byTime[o.effectiveDateTime] = { when: o.effectiveDateTime });
    row.diastolic = o.valueQuantity.value;
  });
  const rows = Object.keys(byTime).sort().reverse().slice(0, 10).map(k => byTime[k]);
  const crisis = rows.some(r => r.systolic >= setting(ctx, "systolicThreshold", 180)
      || r.diastolic >= setting(ctx, "diastolicThreshold", 120));
  return {
    title: "Blood pressure trend",
    text: rows.length ? rows.length + " recent readings" + (crisis ? ", some in the crisis range" : "")
        : "No blood pressure recorded",
    items: rows.map(r => ({ when: r.when, value: (r.systolic === undefined ? "?" : r.systolic) + "/"
        + (r.diastolic === undefined ? "?" : r.diastolic) + " mmHg" })),
    severity: crisis ? "critical" : "info"
  };
}
