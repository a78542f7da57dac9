import { Trans, useLingui } from '@lingui/react/macro';
import { Alert, AppShell, Burger, Divider, Group, NavLink, Text, ThemeIcon } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconLock, IconTargetArrow } from '@tabler/icons-react';
import { Suspense } from 'react';
import { Link, Outlet, useLocation } from 'react-router-dom';
import { useProjectStore } from '../../api/project-store';
import { useWriteBlock } from '../../api/write-access';
import { BackendBadge } from './backend-badge';
import { ColorSchemeToggle } from './color-scheme-toggle';
import { LanguageSwitch } from './language-switch';
import { FullPageLoader } from './full-page-loader';
import { RouteErrorBoundary } from './route-error';
import { NAV_GROUPS, SETTINGS_ITEM, type NavItem } from './nav-items';
import { LazyHeaderMenus } from './lazy-header-menus';

export function AppLayout() {
  const { t } = useLingui();
  const [opened, { toggle, close }] = useDisclosure();
  const { pathname } = useLocation();
  const projectId = useProjectStore((s) => s.projectId);
  const link = (item: NavItem) => {
    const Icon = item.icon;
    const active = pathname === item.to || pathname.startsWith(`${item.to}/`);
    return (
      <NavLink
        key={item.to}
        component={Link}
        to={item.to}
        label={t(item.label)}
        leftSection={<Icon size={18} stroke={1.6} />}
        active={active}
        aria-current={active ? 'page' : undefined}
        onClick={close}
        variant="light"
        style={{ borderRadius: 'var(--mantine-radius-sm)' }}
      />
    );
  };
  const writeBlock = useWriteBlock();
  return (
    <AppShell header={{ height: 56 }} navbar={{ width: { sm: 200, lg: 220 }, breakpoint: 'sm', collapsed: { mobile: !opened } }} padding="lg">
      <AppShell.Header>
        <a href="#main-content" className="skip-link">
          <Trans>Skip to content</Trans>
        </a>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap">
          <Group gap="sm" wrap="nowrap">
            <Burger opened={opened} onClick={toggle} hiddenFrom="sm" size="sm" aria-label={t`Toggle navigation`} />
            <ThemeIcon variant="filled" size="md" radius="sm" aria-hidden>
              <IconTargetArrow size={18} />
            </ThemeIcon>
            <Text fw={700} size="lg" component={Link} to="/vpcs" c="var(--mantine-color-bright)" style={{ textDecoration: 'none' }}>
              <Trans>VIP Console</Trans>
            </Text>
          </Group>
          <Group gap="xs" wrap="nowrap">
            <Group gap="xs" wrap="nowrap" visibleFrom="xs">
              <BackendBadge />
              <LazyHeaderMenus projectId={projectId} />
            </Group>
            <LanguageSwitch />
            <ColorSchemeToggle />
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="sm" aria-label={t`Main navigation`}>
        {/* On a phone the header has no room for them: the project and the user are chosen here. */}
        <AppShell.Section hiddenFrom="xs" mb="sm">
          {opened && <LazyHeaderMenus projectId={projectId} stacked />}
        </AppShell.Section>
        <AppShell.Section grow style={{ overflowY: 'auto' }}>
          {NAV_GROUPS.map((group, i) => (
            <div key={group.key} role="group" aria-labelledby={`nav-group-${group.key}`}>
              <Text id={`nav-group-${group.key}`} size="xs" fw={600} c="dimmed" tt="uppercase" px="sm" pb={6} pt={i === 0 ? 0 : 'md'}>
                {t(group.label)}
              </Text>
              {group.items.map(link)}
            </div>
          ))}
        </AppShell.Section>
        <AppShell.Section>
          <Divider my="xs" />
          {link(SETTINGS_ITEM)}
        </AppShell.Section>
      </AppShell.Navbar>
      <AppShell.Main bg="var(--app-color-page)" id="main-content" tabIndex={-1} style={{ outline: 'none' }}>
        {writeBlock && (
          <Alert color="orange" variant="light" mb="md" p="xs" role="status" icon={<IconLock size={16} />}>
            {writeBlock}
          </Alert>
        )}
        <RouteErrorBoundary resetKey={pathname}>
          <Suspense fallback={<FullPageLoader />}>
            <Outlet />
          </Suspense>
        </RouteErrorBoundary>
      </AppShell.Main>
    </AppShell>
  );
}
