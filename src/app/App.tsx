import './styles/shell-styles';
import { i18n } from '@lingui/core';
import { I18nProvider } from '@lingui/react';
import { useLingui } from '@lingui/react/macro';
import { MantineProvider } from '@mantine/core';
import { QueryClientProvider } from '@tanstack/react-query';
import { useEffect, useMemo } from 'react';
import { BrowserRouter } from 'react-router-dom';
import { keepQueriesFresh } from '../api/keep-fresh';
import { LazyNotifications } from './layout/lazy-notifications';
import { queryClient } from './query-client';
import { AppRoutes } from './router';
import { followProjectInHistory, projectBasename } from '../api/project-url';
import { useProjectStore } from '../api/project-store';
import { consoleTheme, cssVariablesResolver } from './theme';

export function App() {
  return (
    <I18nProvider i18n={i18n}>
      <Console />
    </I18nProvider>
  );
}

function Console() {
  const { t } = useLingui();
  useEffect(() => keepQueriesFresh(queryClient), []);
  useEffect(() => followProjectInHistory(), []);
  const projectId = useProjectStore((s) => s.projectId);
  const closeDialog = t`Close dialog`;
  const closeNotification = t`Close notification`;
  const theme = useMemo(() => consoleTheme({ closeDialog, closeNotification }), [closeDialog, closeNotification]);
  return (
    <MantineProvider theme={theme} cssVariablesResolver={cssVariablesResolver} defaultColorScheme="auto">
      <QueryClientProvider client={queryClient}>
        <LazyNotifications />
        <BrowserRouter basename={projectBasename(projectId)} key={projectId}>
          <AppRoutes />
        </BrowserRouter>
      </QueryClientProvider>
    </MantineProvider>
  );
}
