// Hypertension clinic referral: sends the patient's identifier, latest blood pressure and the configured reason to
// the referral service, and shows the reference it answers with. Nothing else about the patient leaves.

const SYSTOLIC = "http://loinc.org|8480-6";
const DIASTOLIC = "http://loinc.org|8462-4";
const DEFAULT_ENDPOINT = "https://referrals.example.org/api/referrals";

// The newest reading of each code, from one search of both.
function latestReadings(ctx) {
  const found = ctx.ehr.search("Observation", { code: [SYSTOLIC, DIASTOLIC], _count: 20 });
  const newest = {};
  found.forEach(o => {
    const coding = (o.code && o.code.coding) || [];
    coding.map(c => c.system + "|" + c.code).forEach(code => {
      if (!newest[code] || o.effectiveDateTime > newest[code].effectiveDateTime) {
        newest[code] = o;
      }
    });
  });
  return newest;
}

function card(text, severity, items) {
  return { title: "Hypertension clinic referral", text: text, items: items || [], severity: severity };
}

// Action "refer", run for ctx.patient.
function refer(ctx) {
  const endpoint = (ctx.config && ctx.config.endpoint) || DEFAULT_ENDPOINT;
  const reason = (ctx.config && ctx.config.reason) || "Uncontrolled hypertension";
  const patient = ctx.ehr.read("Patient", ctx.patient);
  const identifier = patient.identifier && patient.identifier[0];
  if (!identifier) {
    return card("Not sent: the patient has no identifier the clinic could match.", "warning");
  }
  const readings = latestReadings(ctx);
  const systolic = readings[SYSTOLIC];
  const diastolic = readings[DIASTOLIC];
  if (!systolic) {
    return card("Not sent: no blood pressure is recorded for this patient.", "warning");
  }
  const payload = {
    patient: { system: identifier.system, value: identifier.value },
    bloodPressure: {
      systolic: systolic.valueQuantity.value,
      diastolic: diastolic ? diastolic.valueQuantity.value : null,
      unit: "mm[Hg]",
      measured: systolic.effectiveDateTime
    },
    reason: reason
  };
  let response;
  try {
    response = ctx.http.fetch(endpoint, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(payload)
    });
  } catch (e) {
    if (e.name === "AddonMarketError") {
      return card("Not sent: " + e.message + " (" + e.code + ").", "critical");
    }
    throw e;
  }
  if (response.status < 200 || response.status >= 300) {
    return card("Not sent: the referral service answered " + response.status + ".", "critical");
  }
  const answer = JSON.parse(response.body || "{}");
  ctx.log.info("Referral accepted as " + answer.reference);
  return card("Referral sent. The clinic's reference is " + answer.reference + ".", "info", [
    { label: "Reference", value: answer.reference },
    { label: "Blood pressure sent", value: payload.bloodPressure.systolic + "/"
        + (payload.bloodPressure.diastolic === null ? "?" : payload.bloodPressure.diastolic) + " mmHg" },
    { label: "Reason", value: reason }
  ]);
}
