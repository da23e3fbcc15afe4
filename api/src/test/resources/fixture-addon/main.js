// Hypertensive crisis alert: raises a notice when a systolic reading reaches the crisis threshold,
// shows a patient's blood pressure trend, and logs a daily digest.

const SYSTOLIC = "http://loinc.org|8480-6";

function threshold(ctx) {
  return (ctx.config && ctx.config.threshold) || 180;
}

// Trigger: Observation.created, filtered to systolic blood pressure.
function onReading(ctx) {
  const reading = ctx.event.resource;
  const value = reading.valueQuantity && reading.valueQuantity.value;
  if (value >= threshold(ctx)) {
    ctx.ehr.create("Notice", {
      severity: "critical",
      text: "Systolic blood pressure " + value + " mmHg is in the hypertensive crisis range"
    });
  }
}

// Action "trend", run for ctx.patient.
function trend(ctx) {
  const readings = ctx.ehr.search("Observation", { code: SYSTOLIC, _count: 20 });
  return {
    title: "Blood pressure trend",
    items: readings.map(o => ({ when: o.effectiveDateTime, value: o.valueQuantity.value }))
  };
}

// Schedule: every day at 06:00.
function digest(ctx) {
  ctx.log.info("Hypertensive crisis alert is active; threshold " + threshold(ctx) + " mmHg");
}
