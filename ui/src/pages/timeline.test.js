import { describe, expect, it } from 'vitest';
import { accessTimeline, bucketWidth } from './timeline.js';

const HOUR = 3600 * 1000;
const event = (addonId, recordedAt, kind = 'ACCESS') => ({ addonId, recordedAt, kind, outcome: 'PERMIT' });

describe('accessTimeline', () => {
  it('counts accesses per add-on per hour over a day, with the quiet hours as zeros', () => {
    const { width, data, total } = accessTimeline([
      event('a', '2026-11-29T08:10:00Z'), event('a', '2026-11-29T08:50:00Z'), event('b', '2026-11-29T10:05:00Z'),
      event('a', '2026-11-29T10:59:59Z'), event('a', '2026-11-29T09:00:00Z', 'GOVERNANCE'),
    ], { from: '2026-11-29T08:00:00Z', to: '2026-11-29T11:00:00Z' });
    expect(width).toBe(HOUR);
    expect(total).toBe(4);
    expect(data.filter((p) => p.group === 'a').map((p) => p.value)).toEqual([2, 0, 1]);
    expect(data.filter((p) => p.group === 'b').map((p) => p.value)).toEqual([0, 0, 1]);
    expect(data[0].date).toBe('2026-11-29T08:00:00.000Z');
  });

  it('leaves out what falls outside the range and draws long ranges by day or week', () => {
    const { data, total } = accessTimeline([event('a', '2026-11-01T00:00:00Z'), event('a', '2026-11-29T12:00:00Z')],
      { from: '2026-11-28T00:00:00Z', to: '2026-11-30T00:00:00Z' });
    expect(total).toBe(1);
    expect(data.reduce((s, p) => s + p.value, 0)).toBe(1);
    expect(bucketWidth(0, 10 * 24 * HOUR)).toBe(24 * HOUR);
    expect(bucketWidth(0, 365 * 24 * HOUR)).toBe(7 * 24 * HOUR);
  });

  it('has nothing to draw without accesses', () => {
    expect(accessTimeline([event('a', '2026-11-29T08:00:00Z', 'GOVERNANCE')]).data).toEqual([]);
  });
});
