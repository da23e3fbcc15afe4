import { Button, Checkbox, Select, SelectItem, Stack, TextArea, TextInput } from '@carbon/react';
import { useEffect, useMemo, useState } from 'react';
import { t } from '../i18n.js';
import { errorsByField, fieldsOf, initialValues, toConfiguration } from './schemaForm.js';

function bounds(field) {
  if (field.minimum !== undefined && field.maximum !== undefined) {
    return t('config.between', { min: field.minimum, max: field.maximum });
  }
  if (field.minimum !== undefined) {
    return t('config.atLeast', { min: field.minimum });
  }
  return field.maximum !== undefined ? t('config.atMost', { max: field.maximum }) : null;
}

function Field({ field, value, error, onChange }) {
  const id = `config-${field.name}`;
  const label = field.required ? `${field.title} ${t('config.required')}` : field.title;
  const help = [field.description, bounds(field)].filter(Boolean).join(' · ') || undefined;
  const invalid = Boolean(error);
  if (field.type === 'boolean') {
    return <Checkbox id={id} labelText={label} checked={value} helperText={help}
      invalid={invalid} invalidText={error} onChange={(e, { checked }) => onChange(checked)} />;
  }
  if (field.options) {
    return (
      <Select id={id} labelText={label} value={value} helperText={help} invalid={invalid} invalidText={error}
        onChange={(e) => onChange(e.target.value)}>
        <SelectItem value="" text={t('config.choose')} />
        {field.options.map((o) => <SelectItem key={String(o)} value={String(o)} text={String(o)} />)}
      </Select>
    );
  }
  if (field.type === 'json') {
    return <TextArea id={id} labelText={label} value={value} helperText={help || t('config.json')} rows={4}
      invalid={invalid} invalidText={error} onChange={(e) => onChange(e.target.value)} />;
  }
  const numeric = field.type === 'integer' || field.type === 'number';
  return <TextInput id={id} labelText={label} value={value} helperText={help} invalid={invalid} invalidText={error}
    inputMode={numeric ? 'decimal' : undefined} onChange={(e) => onChange(e.target.value)} />;
}

/**
 * A configuration form generated from an add-on's JSON Schema. `onSave(configuration)` returns a promise; when it
 * rejects with the API's error, each message is shown beside the field its JSON pointer names.
 */
export function SchemaForm({ schema, current, onSave, saving }) {
  const fields = useMemo(() => fieldsOf(schema), [schema]);
  const [values, setValues] = useState(() => initialValues(fields, current));
  const [error, setError] = useState(null);
  useEffect(() => setValues(initialValues(fields, current)), [fields, current]);
  const { byField, other } = errorsByField(error, fields);

  if (fields.length === 0) {
    return <p>{t('config.nothing')}</p>;
  }
  const submit = async (event) => {
    event.preventDefault();
    setError(null);
    try {
      await onSave(toConfiguration(fields, values));
    } catch (e) {
      setError(e);
    }
  };
  return (
    <form onSubmit={submit} noValidate aria-label={t('config.form')}>
      <Stack gap={6}>
        {fields.map((field) => (
          <Field key={field.name} field={field} value={values[field.name]} error={byField[field.name]}
            onChange={(v) => setValues((old) => ({ ...old, [field.name]: v }))} />
        ))}
        {other.length > 0 && (
          <div role="alert" className="am-form-errors">
            <p>{error.message}</p>
            <ul>{other.map((m) => <li key={m}>{m}</li>)}</ul>
          </div>
        )}
        <div>
          <Button type="submit" id="save-configuration" disabled={saving}>{t('config.save')}</Button>
        </div>
      </Stack>
    </form>
  );
}
