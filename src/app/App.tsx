import './styles/shell-styles';
import { MantineProvider } from '@mantine/core';
import { QueryClientProvider } from '@tanstack/react-query';
import { useEffect } from 'react';
import { BrowserRouter } from 'react-router-dom';
import { keepQueriesFresh } from '../api/keep-fresh';
import { LazyNotifications } from './layout/lazy-notifications';
import { queryClient } from './query-client';
import { AppRoutes, basename } from './router';
import { cssVariablesResolver, theme } from './theme';

export function App() {
  useEffect(() => keepQueriesFresh(queryClient), []);
  return (
    <MantineProvider theme={theme} cssVariablesResolver={cssVariablesResolver} defaultColorScheme="light">
      <QueryClientProvider client={queryClient}>
        <LazyNotifications />
        <BrowserRouter basename={basename}>
          <AppRoutes />
        </BrowserRouter>
      </QueryClientProvider>
    </MantineProvider>
  );
}
