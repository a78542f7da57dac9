import { useLingui } from '@lingui/react/macro';
import { PageHeader } from '../../components/page-header';
import { OperationList } from '../../features/operations/operation-list';

export function OperationsRoute() {
  const { t } = useLingui();
  return (
    <>
      <PageHeader
        crumbs={[{ label: t`Management`, to: '/operations' }, { label: t`Operation log` }]}
        title={t`Operation log`}
        description={t`Every change made in this project: who, what, on which resource, and what the API answered.`}
      />
      <OperationList />
    </>
  );
}
