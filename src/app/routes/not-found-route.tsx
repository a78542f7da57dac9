import { useLingui } from '@lingui/react/macro';
import { useLocation } from 'react-router-dom';
import { NotFound } from '../../components/not-found';
import { PageHeader } from '../../components/page-header';

export function NotFoundRoute() {
  const { t } = useLingui();
  const { pathname } = useLocation();
  return (
    <>
      <PageHeader crumbs={[{ label: t`Console`, to: '/vpcs' }, { label: t`Not found` }]} title={t`Page not found`} />
      <NotFound
        what={t`Page`}
        title={t`No page at this address`}
        description={t`${pathname} is not a page of the console: the address may be mistyped, or the link out of date. Check it, pick a page in the navigation, or start from the VPCs.`}
        backTo="/vpcs"
        backLabel={t`Go to VPCs`}
      />
    </>
  );
}
