import { describe, expect, it } from 'vitest';
import { resultView } from './resultCard.js';

describe('resultView', () => {
  it('shows a card: title, text, each item as a line and the severity as the notification kind', () => {
    const view = resultView({ title: 'Blood pressure trend', text: 'Rising', severity: 'warning',
      items: [{ when: '2026-11-28', value: 182 }, 170, null] });
    expect(view).toEqual({ title: 'Blood pressure trend', text: 'Rising', severity: 'warning', kind: 'warning',
      items: ['when: 2026-11-28 · value: 182', '170', '—'], raw: null });
  });

  it('keeps what is not part of a card as JSON, and a result that is no card whole', () => {
    expect(resultView({ title: 'T', extra: 1 }).raw).toBe('{\n  "extra": 1\n}');
    expect(resultView([1, 2]).raw).toBe('[\n  1,\n  2\n]');
    expect(resultView({ score: 3 }).title).toBeNull();
    expect(resultView(null).kind).toBe('success');
    expect(resultView({ title: 'x', severity: 'critical' }).kind).toBe('error');
  });
});
