import { describe, expect, it } from 'vitest';
import { errorsByField, fieldsOf, initialValues, toConfiguration } from './schemaForm.js';

const schema = {
  type: 'object',
  required: ['threshold'],
  properties: {
    threshold: { type: 'integer', title: 'Systolic crisis threshold (mmHg)', minimum: 140, maximum: 250, default: 180 },
    unit: { type: 'string', enum: ['mmHg', 'kPa'] },
    notify: { type: 'boolean' },
    'a/b': { type: 'array', items: { type: 'string' } },
  },
};

describe('schema form', () => {
  it('makes one field per property with its pointer, bounds and whether it is required', () => {
    const fields = fieldsOf(schema);
    expect(fields.map((f) => [f.name, f.type, f.pointer])).toEqual([
      ['threshold', 'integer', '/threshold'], ['unit', 'string', '/unit'], ['notify', 'boolean', '/notify'],
      ['a/b', 'json', '/a~1b'],
    ]);
    expect(fields[0]).toMatchObject({ required: true, minimum: 140, maximum: 250 });
    expect(fields[1].options).toEqual(['mmHg', 'kPa']);
  });

  it('starts from the current configuration, else the defaults', () => {
    const fields = fieldsOf(schema);
    expect(initialValues(fields, null)).toMatchObject({ threshold: '180', unit: '', notify: false });
    expect(initialValues(fields, { threshold: 170 }).threshold).toBe('170');
  });

  it('sends numbers as numbers and what does not parse as typed, for the server to refuse', () => {
    const fields = fieldsOf(schema);
    expect(toConfiguration(fields, { threshold: '170', unit: '', notify: true, 'a/b': '["x"]' }))
      .toEqual({ threshold: 170, notify: true, 'a/b': ['x'] });
    expect(toConfiguration(fields, { threshold: 'high', notify: false }).threshold).toBe('high');
  });

  it('puts each server error beside the field its pointer names', () => {
    const fields = fieldsOf(schema);
    const error = { message: 'invalid', errors: [
      { field: '/threshold', message: 'must be at least 140' },
      { field: '/a~1b/0', message: 'must be a string' },
      { field: '/extra', message: 'is not allowed' },
    ] };
    expect(errorsByField(error, fields)).toEqual({
      byField: { threshold: 'must be at least 140', 'a/b': 'must be a string' },
      other: ['is not allowed'],
    });
  });

  it('uses the error itself when it has no list', () => {
    const { byField } = errorsByField({ field: '/threshold', message: 'too low' }, fieldsOf(schema));
    expect(byField.threshold).toBe('too low');
  });
});
