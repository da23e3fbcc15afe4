// CHA2DS2-VASc stroke risk in atrial fibrillation (Lip et al., Chest 2010; ESC 2020 AF guideline).
// Reads the patient's age and sex and the coded conditions below; counts each component once.

const SNOMED = "http://snomed.info/sct|";
const ATRIAL_FIBRILLATION = [SNOMED + "49436004"];

// Each component: the SNOMED CT concepts that count for it and its points.
const COMPONENTS = [
  { id: "C", label: "Congestive heart failure", points: 1, codes: [SNOMED + "84114007"] },
  { id: "H", label: "Hypertension", points: 1, codes: [SNOMED + "38341003"] },
  { id: "D", label: "Diabetes mellitus", points: 1, codes: [SNOMED + "44054006", SNOMED + "73211009", SNOMED + "46635009"] },
  { id: "S2", label: "Stroke or TIA", points: 2, codes: [SNOMED + "230690007", SNOMED + "266257000"] },
  { id: "V", label: "Vascular disease (myocardial infarction, peripheral arterial disease)", points: 1,
    codes: [SNOMED + "22298006", SNOMED + "399957001"] }
];

function tokensOf(condition) {
  const codings = (condition.code && condition.code.coding) || [];
  return codings.map(c => c.system + "|" + c.code);
}

function isActive(condition) {
  const status = condition.clinicalStatus && condition.clinicalStatus.coding && condition.clinicalStatus.coding[0];
  return !status || ["active", "recurrence", "relapse"].indexOf(status.code) >= 0;
}

function ageOn(birthDate, today) {
  const born = new Date(birthDate + "T00:00:00Z");
  let age = today.getUTCFullYear() - born.getUTCFullYear();
  const before = today.getUTCMonth() < born.getUTCMonth()
      || (today.getUTCMonth() === born.getUTCMonth() && today.getUTCDate() < born.getUTCDate());
  return before ? age - 1 : age;
}

function cannot(why) {
  return { title: "CHA2DS2-VASc score", text: "Cannot calculate the score: " + why, items: [], severity: "warning" };
}

function recommendation(points, female) {
  const threshold = female ? 3 : 2;
  if (points >= threshold) {
    return { severity: "critical", text: "Oral anticoagulation is recommended (ESC 2020: score " + threshold
        + " or more for " + (female ? "women" : "men") + ")." };
  }
  if (points === threshold - 1) {
    return { severity: "warning", text: "Oral anticoagulation should be considered, weighing bleeding risk." };
  }
  return { severity: "info", text: "Low risk: anticoagulation is not recommended on this score alone." };
}

// Action "score", run for ctx.patient.
function score(ctx) {
  let patient;
  let conditions;
  try {
    patient = ctx.ehr.read("Patient", ctx.patient);
    const codes = ATRIAL_FIBRILLATION.concat(...COMPONENTS.map(c => c.codes));
    conditions = ctx.ehr.search("Condition", { code: codes, _count: 200 }).filter(isActive);
  } catch (e) {
    if (e.name === "AddonMarketError") {
      return cannot(e.message + " (" + e.code + "). Ask an administrator to grant this add-on what it asks for.");
    }
    throw e;
  }
  const present = new Set();
  conditions.forEach(c => tokensOf(c).forEach(t => present.add(t)));
  const has = codes => codes.some(code => present.has(code));
  if (!has(ATRIAL_FIBRILLATION)) {
    return {
      title: "CHA2DS2-VASc score",
      text: "The score does not apply: no atrial fibrillation is recorded for this patient.",
      items: [],
      severity: "info"
    };
  }
  if (!patient.birthDate) {
    return cannot("the chart has no birth date, so age cannot be counted.");
  }
  const items = [];
  const count = (label, points) => items.push({ label: label, points: points });
  const age = ageOn(patient.birthDate, new Date());
  const female = patient.gender === "female";
  COMPONENTS.forEach(c => { if (has(c.codes)) { count(c.label, c.points); } });
  if (age >= 75) {
    count("Age 75 or over (" + age + ")", 2);
  } else if (age >= 65) {
    count("Age 65 to 74 (" + age + ")", 1);
  }
  if (female) {
    count("Sex category: female", 1);
  }
  const points = items.reduce((sum, item) => sum + item.points, 0);
  const advice = recommendation(points, female);
  return {
    title: "CHA2DS2-VASc score: " + points,
    text: "Score " + points + " of 9. " + advice.text,
    items: items,
    severity: advice.severity
  };
}
