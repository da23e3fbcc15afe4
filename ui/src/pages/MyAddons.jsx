import {
  Button, DataTable, Link, Modal, Table, TableBody, TableCell, TableContainer, TableHead, TableHeader, TableRow,
} from '@carbon/react';
import { useState } from 'react';
import { api } from '../api/client.js';
import { ErrorNotice, Loaded, PageHeading, StateTag } from '../components/common.jsx';
import { audienceText, when } from '../format.js';
import { t } from '../i18n.js';
import { href } from '../router.js';
import { useSession } from '../session.jsx';
import { useApi } from '../useApi.js';

const HEADERS = ['name', 'version', 'state', 'audience', 'installedAt', 'actions'];

/** The signed-in user's installations: state, configure, switch off and on, uninstall. */
export function MyAddons() {
  const { user } = useSession();
  const state = useApi(() => api.get('/installations'), []);
  const [error, setError] = useState(null);
  const [removing, setRemoving] = useState(null);

  const act = async (installation, action) => {
    setError(null);
    try {
      await api.post(`/installations/${installation.uuid}/${action}`);
      state.reload();
    } catch (e) {
      setError(e);
    }
  };

  return (
    <>
      <PageHeading title={t('mine.title')} intro={t('mine.intro')} />
      <ErrorNotice error={error} onClose={() => setError(null)} />
      <Loaded state={state}>
        {(data) => {
          const mine = data.results.filter((i) => i.installedBy === user.uuid && i.state !== 'UNINSTALLED');
          if (mine.length === 0) {
            return <p className="am-empty">{t('mine.empty')} <Link href={href('/catalog')}>{t('nav.catalog')}</Link></p>;
          }
          const rows = mine.map((i) => ({ id: i.uuid, ...i }));
          return (
            <DataTable rows={rows} headers={HEADERS.map((key) => ({ key, header: t(`mine.column.${key}`) }))}>
              {({ rows: tableRows, headers, getTableProps, getHeaderProps, getRowProps }) => (
                <TableContainer>
                  <Table {...getTableProps()} aria-label={t('mine.title')}>
                    <TableHead>
                      <TableRow>
                        {headers.map((h) => <TableHeader key={h.key} {...getHeaderProps({ header: h })}>{h.header}</TableHeader>)}
                      </TableRow>
                    </TableHead>
                    <TableBody>
                      {tableRows.map((row) => {
                        const i = mine.find((x) => x.uuid === row.id);
                        return (
                          <TableRow key={row.id} {...getRowProps({ row })} data-installation={i.uuid}>
                            <TableCell><Link href={href(`/my-addons/${i.uuid}`)}>{i.addonName}</Link></TableCell>
                            <TableCell>
                              {i.version}
                              {i.pendingVersion && <span className="am-muted"> {t('mine.pending', { version: i.pendingVersion })}</span>}
                            </TableCell>
                            <TableCell><StateTag state={i.state} /></TableCell>
                            <TableCell>{audienceText(i.audience, user.uuid)}</TableCell>
                            <TableCell>{when(i.installedAt)}</TableCell>
                            <TableCell className="am-actions">
                              <Button kind="ghost" size="sm" href={href(`/my-addons/${i.uuid}`)}>{t('mine.configure')}</Button>
                              {i.state === 'DISABLED'
                                ? <Button kind="ghost" size="sm" onClick={() => act(i, 'enable')}>{t('mine.enable')}</Button>
                                : (i.state === 'ACTIVE' || i.state === 'PENDING_APPROVAL') && (
                                  <Button kind="ghost" size="sm" onClick={() => act(i, 'disable')}>{t('mine.disable')}</Button>
                                )}
                              <Button kind="danger--ghost" size="sm" onClick={() => setRemoving(i)}>{t('mine.uninstall')}</Button>
                            </TableCell>
                          </TableRow>
                        );
                      })}
                    </TableBody>
                  </Table>
                </TableContainer>
              )}
            </DataTable>
          );
        }}
      </Loaded>
      {removing && (
        <Modal open danger modalHeading={t('mine.uninstall.title', { name: removing.addonName })}
          primaryButtonText={t('mine.uninstall')} secondaryButtonText={t('cancel')}
          onRequestClose={() => setRemoving(null)}
          onRequestSubmit={() => { act(removing, 'uninstall'); setRemoving(null); }}>
          <p>{t('mine.uninstall.body')}</p>
        </Modal>
      )}
    </>
  );
}
