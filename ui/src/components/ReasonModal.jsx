import { Modal, TextArea } from '@carbon/react';
import { useState } from 'react';
import { api } from '../api/client.js';
import { t } from '../i18n.js';
import { useChange } from '../useChange.js';
import { ErrorNotice } from './common.jsx';

/**
 * A confirmation for a change the audit log records with a reason (suspend, block, withdraw, revoke): the reason is
 * required, `{reason}` is posted to `path`, and the API's answer goes to onDone; a refusal stays in the dialog.
 */
export function ReasonModal({ id, title, children, submitText, path, onClose, onDone, reasonLabel }) {
  const [reason, setReason] = useState('');
  const { run, error, busy } = useChange(onDone);
  return (
    <Modal open danger id={id} modalHeading={title} primaryButtonText={submitText} secondaryButtonText={t('cancel')}
      primaryButtonDisabled={busy || !reason.trim()} onRequestClose={onClose}
      onRequestSubmit={() => run(() => api.post(path, { reason: reason.trim() }))}>
      {children}
      <TextArea id={`${id}-reason`} labelText={reasonLabel || t('installations.suspend.reason')} rows={3} value={reason}
        onChange={(e) => setReason(e.target.value)} data-modal-primary-focus />
      <ErrorNotice error={error} />
    </Modal>
  );
}
