/**
 * The audit timeline: data accesses per add-on per hour or day over a range, counted in the browser from the log's
 * events (GET /audit/events with the page's filters), in the shape Carbon Charts draws ({group, date, value}).
 */

const HOUR = 3600 * 1000;
const DAY = 24 * HOUR;

/** At most this many buckets per add-on: a range longer than that many days is drawn by week. */
const MAX_BUCKETS = 120;

/** @returns the bucket width in milliseconds for a range: hours up to two days, days up to MAX_BUCKETS, else weeks */
export function bucketWidth(from, to) {
  const span = to - from;
  if (span <= 2 * DAY) {
    return HOUR;
  }
  return span <= MAX_BUCKETS * DAY ? DAY : 7 * DAY;
}

function floorTo(time, width) {
  return Math.floor(time / width) * width;
}

/**
 * @param {Array} events audit events ({recordedAt, kind, addonId, outcome})
 * @param {{from?: string, to?: string}} range ISO instants; absent ends are taken from the events
 * @returns {{width: number, data: Array<{group: string, date: string, value: number}>, total: number}} one point per
 *          add-on and bucket, zeros included so that a quiet hour shows as quiet; only data accesses count
 *          (governance events are not accesses)
 */
export function accessTimeline(events, range = {}) {
  const accesses = (events || []).filter((e) => e.kind === 'ACCESS' && e.addonId && e.recordedAt);
  if (accesses.length === 0) {
    return { width: DAY, data: [], total: 0 };
  }
  const times = accesses.map((e) => Date.parse(e.recordedAt));
  const from = range.from ? Date.parse(range.from) : Math.min(...times);
  const to = range.to ? Date.parse(range.to) : Math.max(...times) + 1;
  const width = bucketWidth(from, to);
  const counts = new Map();
  const addons = new Set();
  accesses.forEach((e, i) => {
    if (times[i] < from || times[i] >= to) {
      return;
    }
    addons.add(e.addonId);
    const key = `${e.addonId}@${floorTo(times[i], width)}`;
    counts.set(key, (counts.get(key) || 0) + 1);
  });
  const data = [];
  const first = floorTo(from, width);
  [...addons].sort().forEach((addonId) => {
    for (let bucket = first; bucket < to; bucket += width) {
      data.push({ group: addonId, date: new Date(bucket).toISOString(), value: counts.get(`${addonId}@${bucket}`) || 0 });
    }
  });
  const total = [...counts.values()].reduce((sum, n) => sum + n, 0);
  return { width, data, total };
}
