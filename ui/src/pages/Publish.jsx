import { Button, Form, InlineNotification, Link, Stack, TextArea, Tile } from '@carbon/react';
import { useRef, useState } from 'react';
import { api } from '../api/client.js';
import { ErrorNotice, PageHeading } from '../components/common.jsx';
import { t } from '../i18n.js';
import { href } from '../router.js';

/** A file input with a Carbon label; the browser's own control, so it works with every keyboard and screen reader. */
function FileField({ id, label, help, accept, onChange, inputRef }) {
  return (
    <div className="cds--form-item">
      <label htmlFor={id} className="cds--label">{label}</label>
      <input id={id} ref={inputRef} type="file" accept={accept} className="am-file-input"
        aria-describedby={`${id}-help`} onChange={(e) => onChange(e.target.files[0] || null)} />
      <div id={`${id}-help`} className="cds--form__helper-text">{help}</div>
    </div>
  );
}

/** Publishing: upload an add-on package (a zip), optionally with its detached Ed25519 signature. */
export function Publish() {
  const [file, setFile] = useState(null);
  const [signatureFile, setSignatureFile] = useState(null);
  const [signatureText, setSignatureText] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState(null);
  const [published, setPublished] = useState(null);
  const form = useRef(null);

  const submit = async (event) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    setPublished(null);
    const data = new FormData();
    data.append('file', file);
    if (signatureFile) {
      data.append('signature', signatureFile);
    } else if (signatureText.trim()) {
      data.append('signature', signatureText.trim());
    }
    try {
      setPublished(await api.upload('/packages', data));
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <PageHeading title={t('publish.title')} intro={t('publish.intro')} />
      <Tile className="am-narrow">
        <Form onSubmit={submit} ref={form}>
          <Stack gap={6}>
            <FileField id="package-file" label={t('publish.package')} help={t('publish.package.help')}
              accept=".zip,application/zip" onChange={setFile} />
            <FileField id="signature-file" label={t('publish.signature')} help={t('publish.signature.help')}
              accept=".sig" onChange={setSignatureFile} />
            <TextArea id="signature-text" labelText={t('publish.signature.text')} rows={2} value={signatureText}
              onChange={(e) => setSignatureText(e.target.value)} disabled={Boolean(signatureFile)}
              helperText={t('publish.signature.text.help')} />
            <ErrorNotice error={error} title={t('publish.failed')} />
            {published && (
              <div id="published">
                <InlineNotification kind="success" lowContrast hideCloseButton role="status"
                  title={t('publish.done', { name: published.name, version: published.version.version })}
                  subtitle={published.version.signed ? t('catalog.signed') : t('catalog.unsigned')} />
                <Link href={href(`/addons/${encodeURIComponent(published.version.addonId)}`)}>{t('publish.view')}</Link>
              </div>
            )}
            <Button type="submit" id="publish" disabled={busy || !file}>
              {busy ? t('publish.busy') : t('publish.submit')}
            </Button>
          </Stack>
        </Form>
      </Tile>
    </>
  );
}
