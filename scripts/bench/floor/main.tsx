import { useEffect, useState } from 'react';
import { createRoot } from 'react-dom/client';

/** The benchmark's floor: the same build setup, React only, one fetch, one row. */
function Floor() {
  const [name, setName] = useState<string | null>(null);
  useEffect(() => {
    void fetch('./row.json')
      .then((r) => r.json())
      .then((row: { name: string }) => setName(row.name));
  }, []);
  return (
    <table>
      <tbody>{name && <tr data-testid="first-row"><td>{name}</td></tr>}</tbody>
    </table>
  );
}

createRoot(document.getElementById('root')!).render(<Floor />);
