import { describe, expect, it } from 'vitest';
import { apiQuery, filtersOf, toInstant, toLocal } from './auditFilters.js';

describe('audit filters', () => {
  it('reads the filters from the page query and leaves empty ones out of the API query', () => {
    const filters = filtersOf(new URLSearchParams('installation=u1&outcome=DENY&page=2'));
    expect(filters.installation).toBe('u1');
    expect(filters.patient).toBe('');
    expect(apiQuery(filters, 0, 25)).toEqual({ installation: 'u1', outcome: 'DENY', page: 0, size: 25 });
    expect(apiQuery(filters)).toEqual({ installation: 'u1', outcome: 'DENY' });
  });

  it('turns a local date and time into an instant and back', () => {
    const instant = toInstant('2026-11-29T10:30');
    expect(instant).toMatch(/^2026-11-29T\d\d:30:00.000Z$/);
    expect(toLocal(instant)).toBe('2026-11-29T10:30');
    expect(toInstant('')).toBe('');
  });
});
