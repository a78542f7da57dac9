import { Trans, useLingui } from '@lingui/react/macro';
import { Badge } from '@mantine/core';
import { useEffect, useState, type ComponentType } from 'react';
import { afterFirstPaint } from '../../components/after-first-paint';

type Menus = ComponentType<{ stacked?: boolean }>;
let loaded: Menus | null = null;

/**
 * The header's project and user menus, loaded after the first page has drawn its data (their menus and
 * the queries behind them are not needed for the first rows); until then the header shows the project id.
 */
export function LazyHeaderMenus({ projectId, stacked = false }: { projectId: string; stacked?: boolean }) {
  const { t } = useLingui();
  const [Menus, setMenus] = useState<Menus | null>(() => loaded);
  useEffect(() => {
    if (Menus) return;
    let live = true;
    afterFirstPaint(
      () =>
        void import('../../features/team/header-menus').then((m) => {
          loaded = m.default;
          if (live) setMenus(() => m.default);
        }),
    );
    return () => {
      live = false;
    };
  }, [Menus]);
  if (Menus) return <Menus stacked={stacked} />;
  return (
    <Badge variant="outline" color="gray" radius="sm" tt="none" ff="monospace" aria-label={t`Project ${projectId}`}>
      <Trans>Project {projectId}</Trans>
    </Badge>
  );
}
