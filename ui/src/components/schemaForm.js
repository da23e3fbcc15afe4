/**
 * A small form generator for add-on configuration schemas (JSON Schema, draft 2020-12): one field per top-level
 * property of type string (a select when it has an enum), integer, number or boolean. The server validates; the form
 * shows each of its errors beside the field its JSON pointer names.
 */

const SUPPORTED = new Set(['string', 'integer', 'number', 'boolean']);

/** @returns the form's fields, in the schema's order, or [] for a schema with no properties */
export function fieldsOf(schema) {
  if (!schema || typeof schema !== 'object' || !schema.properties) {
    return [];
  }
  const required = new Set(Array.isArray(schema.required) ? schema.required : []);
  return Object.entries(schema.properties).map(([name, property]) => {
    const type = Array.isArray(property.type) ? property.type.find((x) => x !== 'null') : property.type;
    return {
      name,
      pointer: `/${name.replace(/~/g, '~0').replace(/\//g, '~1')}`,
      type: SUPPORTED.has(type) ? type : 'json',
      title: property.title || name,
      description: property.description || null,
      options: Array.isArray(property.enum) ? property.enum : null,
      minimum: property.minimum,
      maximum: property.maximum,
      defaultValue: property.default,
      required: required.has(name),
    };
  });
}

/** @returns the values the form starts with: the current configuration, else each property's default */
export function initialValues(fields, current) {
  const values = {};
  fields.forEach((field) => {
    const value = current && current[field.name] !== undefined ? current[field.name] : field.defaultValue;
    if (field.type === 'boolean') {
      values[field.name] = Boolean(value);
    } else if (field.type === 'json') {
      values[field.name] = value === undefined ? '' : JSON.stringify(value, null, 2);
    } else {
      values[field.name] = value === undefined || value === null ? '' : String(value);
    }
  });
  return values;
}

/**
 * @returns the configuration to send: numbers as numbers where they parse (else the text as typed, for the server to
 *          refuse with its own message), empty fields left out
 */
export function toConfiguration(fields, values) {
  const configuration = {};
  fields.forEach((field) => {
    const raw = values[field.name];
    if (field.type === 'boolean') {
      configuration[field.name] = Boolean(raw);
      return;
    }
    if (raw === '' || raw === undefined) {
      return;
    }
    if (field.type === 'integer' || field.type === 'number') {
      const number = Number(raw);
      configuration[field.name] = raw.trim() !== '' && Number.isFinite(number) ? number : raw;
    } else if (field.type === 'json') {
      try {
        configuration[field.name] = JSON.parse(raw);
      } catch {
        configuration[field.name] = raw;
      }
    } else {
      configuration[field.name] = raw;
    }
  });
  return configuration;
}

/**
 * @param {{field?: string, message: string, errors?: Array<{field?: string, message: string}>}} error an ApiError
 * @param {Array} fields the form's fields
 * @returns {{byField: Object<string, string>, other: string[]}} each message under the field its pointer names
 *          (a pointer inside a field, e.g. /limits/0, goes to that field), the rest apart
 */
export function errorsByField(error, fields) {
  const byField = {};
  const other = [];
  if (!error) {
    return { byField, other };
  }
  const details = error.errors && error.errors.length ? error.errors : [{ field: error.field, message: error.message }];
  details.forEach((detail) => {
    const field = fields.find((f) => detail.field && (detail.field === f.pointer
      || detail.field.startsWith(`${f.pointer}/`)));
    if (field) {
      byField[field.name] = byField[field.name] ? `${byField[field.name]}; ${detail.message}` : detail.message;
    } else {
      other.push(detail.message);
    }
  });
  return { byField, other };
}
