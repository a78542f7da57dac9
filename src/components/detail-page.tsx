import { Skeleton, Tabs } from '@mantine/core';
import type { ReactNode } from 'react';
import { Navigate, useNavigate, useParams } from 'react-router-dom';
import { isNotFound } from '../api/client';
import { DetailCard, type DetailItem } from './detail-card';
import { InlineError } from './inline-error';
import { NotFoundPage } from './not-found';
import { PageHeader, type Crumb } from './page-header';
import { RecentOperationsLink } from './recent-operations-link';

export interface DetailTab {
  /** The tab's URL segment after the page's own URL; the first tab is the page's bare URL. */
  value: string;
  label: string;
  content: ReactNode;
}

export interface DetailPageProps {
  /** The last crumb is the resource's name (it also names the browser tab). */
  crumbs: Crumb[];
  /** The heading; a placeholder while the resource loads. */
  title?: string;
  description?: ReactNode;
  /** The resource's entries in the operation log, linked first among the actions. */
  operations?: { resourceType: string; resourceId: string };
  actions?: ReactNode;
  /** The page when the resource is gone: what it was, and the way back to its list. */
  notFound: { what: string; backTo: string; backLabel: string };
  /** The load's error; a 404 shows the not-found page. */
  error: unknown;
  errorTitle: string;
  /** Between the header and the summary: what needs attention. */
  alerts?: ReactNode;
  /** The summary card's rows; undefined while loading (the tabs wait for it too). */
  summary?: DetailItem[];
  summaryHeight?: number;
  /**
   * The page's own URL (`/vpcs/:id`) and its tabs; the active one is the route's `:tab` parameter. List
   * them whatever the load state: a tab the URL names but the list lacks sends the page to its bare URL.
   */
  tabs?: { base: string; list: readonly DetailTab[] };
  /** Dialogs the actions open. */
  children?: ReactNode;
}

/** The frame of every detail page: header with actions, load error or not-found page, summary, tabs with a URL each. */
export function DetailPage(props: DetailPageProps) {
  const { crumbs, title, description, operations, actions, notFound, error, errorTitle, alerts, summary, summaryHeight = 260, tabs, children } = props;
  const { tab } = useParams();
  const navigate = useNavigate();
  const [first] = tabs?.list ?? [];
  const active = tab === undefined ? first : tabs?.list.find((t) => t.value === tab);
  if (tabs && tab !== undefined && (!active || active === first)) return <Navigate to={tabs.base} replace />;
  if (isNotFound(error)) return <NotFoundPage crumbs={crumbs} {...notFound} />;
  const loaded = title !== undefined;
  return (
    <>
      <PageHeader
        crumbs={crumbs}
        title={loaded ? title : <Skeleton h={28} w={240} />}
        description={description}
        section={active && active !== first ? active.label : undefined}
        actions={
          loaded &&
          (operations || actions) && (
            <>
              {operations && <RecentOperationsLink {...operations} />}
              {actions}
            </>
          )
        }
      />
      <InlineError error={error} title={errorTitle} />
      {alerts}
      {summary ? <DetailCard items={summary} /> : !error && <Skeleton h={summaryHeight} mb="lg" radius="md" />}
      {tabs && active && summary && (
        <Tabs
          value={active.value}
          onChange={(value) => navigate(value === first.value ? tabs.base : `${tabs.base}/${value}`)}
          keepMounted={false}
        >
          <Tabs.List mb="md">
            {tabs.list.map((t) => (
              <Tabs.Tab key={t.value} value={t.value}>
                {t.label}
              </Tabs.Tab>
            ))}
          </Tabs.List>
          {tabs.list.map((t) => (
            <Tabs.Panel key={t.value} value={t.value}>
              {t.content}
            </Tabs.Panel>
          ))}
        </Tabs>
      )}
      {children}
    </>
  );
}
