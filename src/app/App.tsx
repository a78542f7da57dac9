import './styles/shell-styles';
import { i18n } from '@lingui/core';
import { I18nProvider } from '@lingui/react';
import { MantineProvider } from '@mantine/core';
import { QueryClientProvider } from '@tanstack/react-query';
import { useEffect } from 'react';
import { BrowserRouter } from 'react-router-dom';
import { keepQueriesFresh } from '../api/keep-fresh';
import { LazyNotifications } from './layout/lazy-notifications';
import { queryClient } from './query-client';
import { AppRoutes } from './router';
import { followProjectInHistory, projectBasename } from '../api/project-url';
import { useProjectStore } from '../api/project-store';
import { cssVariablesResolver, theme } from './theme';

export function App() {
  useEffect(() => keepQueriesFresh(queryClient), []);
  useEffect(() => followProjectInHistory(), []);
  const projectId = useProjectStore((s) => s.projectId);
  return (
    <I18nProvider i18n={i18n}>
    <MantineProvider theme={theme} cssVariablesResolver={cssVariablesResolver} defaultColorScheme="auto">
      <QueryClientProvider client={queryClient}>
        <LazyNotifications />
        <BrowserRouter basename={projectBasename(projectId)} key={projectId}>
          <AppRoutes />
        </BrowserRouter>
      </QueryClientProvider>
    </MantineProvider>
    </I18nProvider>
  );
}
