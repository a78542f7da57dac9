import { lazy, useState, type ComponentType } from 'react';
import { Navigate, Route, Routes } from 'react-router-dom';
import { AppLayout } from './layout/app-layout';
import { PAGES, loadPage, loadedPage, type PageModule } from './route-modules';

/** A page's element: its component when its code has loaded, else a lazy one (chosen once per mount). */
function pageElement(page: PageModule): ComponentType {
  const Lazy = lazy(async () => ({ default: (await loadPage(page)).Component }));
  return function Page() {
    const [Component] = useState(() => loadedPage(page) ?? Lazy);
    return <Component />;
  };
}

const PAGE_ROUTES = PAGES.map((page) => ({ path: page.path, Page: pageElement(page) }));

/**
 * The console's pages, each loaded when first visited. Declarative routes (not a data router): the
 * console loads its data through TanStack Query, and the data router's code would add ~15 KB gzipped to
 * the first route. The layout holds the Suspense fallback and the error boundary of the pages.
 */
export function AppRoutes() {
  return (
    <Routes>
      <Route path="/" element={<AppLayout />}>
        <Route index element={<Navigate to="/vpcs" replace />} />
        {PAGE_ROUTES.map(({ path, Page }) => (
          <Route key={path} path={path} element={<Page />} />
        ))}
      </Route>
    </Routes>
  );
}
