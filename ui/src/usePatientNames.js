import { useEffect, useState } from 'react';
import { api } from './api/client.js';

/** Whether this host answers GET /patients/{uuid}: false after the first 404, so that a page does not ask again. */
let lookupAvailable = true;

/**
 * The names of patients by uuid, for pages that have only uuids (notices, the audit log): {uuid: "Name · ID"}. Where
 * the host cannot say (no GET /patients/{uuid}, or the user may not see patients), the page shows the uuid.
 */
export function usePatientNames(uuids) {
  const [names, setNames] = useState({});
  const key = [...new Set(uuids.filter(Boolean))].sort().join(',');
  useEffect(() => {
    let current = true;
    const wanted = key ? key.split(',') : [];
    wanted.forEach((uuid) => {
      if (!lookupAvailable) {
        return;
      }
      api.get(`/patients/${encodeURIComponent(uuid)}`).then((p) => {
        if (current && p && p.name) {
          setNames((old) => ({ ...old, [uuid]: p.identifier ? `${p.name} · ${p.identifier}` : p.name }));
        }
      }, (error) => {
        if (error.status === 404 && !error.code) {
          lookupAvailable = false;
        }
      });
    });
    return () => {
      current = false;
    };
  }, [key]);
  return names;
}
