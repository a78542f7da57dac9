import { useEffect, useState } from 'react';
import { createRoot } from 'react-dom/client';

/** The demo project, whose servers the console lists (src/contract's DEMO_PROJECT_ID). */
const PROJECT = '0b3c5d7e9f1a4b6c8d0e2f4a6b8c0d1e';

/**
 * The benchmark's floor: the same build setup, React only, one fetch, one row. With `?via=worker`
 * (served beside the console, under its service worker) the fetch is the console's first servers page,
 * answered by the console's backend from IndexedDB: the floor of that backend.
 */
function Floor() {
  const [name, setName] = useState<string | null>(null);
  useEffect(() => {
    const viaWorker = new URLSearchParams(location.search).has('via');
    const url = viaWorker ? `/v1/${PROJECT}/cloudservers/detail?offset=1&limit=20` : './row.json';
    void fetch(url, { headers: { 'X-Auth-Token': 'bench' } })
      .then((r) => r.json())
      .then((body: { name?: string; servers?: { name: string }[] }) => setName(viaWorker ? body.servers![0].name : body.name!));
  }, []);
  return (
    <table>
      <tbody>{name && <tr data-testid="first-row"><td>{name}</td></tr>}</tbody>
    </table>
  );
}

createRoot(document.getElementById('root')!).render(<Floor />);
