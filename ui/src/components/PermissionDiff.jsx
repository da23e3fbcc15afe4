import { Tag } from '@carbon/react';
import { t } from '../i18n.js';
import { DIFF_COLOURS, diffLines } from '../pages/approvalDiff.js';

/**
 * An upgrade's permission diff, a line per change with a coloured tag: red for what the add-on gains, green for what
 * it gives up (the grant editor and a clinician's upgrade show the same thing).
 */
export function PermissionDiff({ diff, id = 'permission-diff' }) {
  const lines = diffLines(diff);
  if (lines.length === 0) {
    return <p>{t('approvals.diff.none')}</p>;
  }
  return (
    <ul className="am-diff" id={id}>
      {lines.map((line) => (
        <li key={`${line.kind}:${line.text}`} data-diff={line.kind} className={`am-diff-${DIFF_COLOURS[line.kind]}`}>
          <Tag type={DIFF_COLOURS[line.kind]} size="sm">{t(`approvals.diff.${line.kind}`)}</Tag> <code>{line.text}</code>
        </li>
      ))}
    </ul>
  );
}
