import { PageHeader } from '../../components/page-header';
import { OperationList } from '../../features/operations/operation-list';

export function OperationsRoute() {
  return (
    <>
      <PageHeader
        crumbs={[{ label: 'Management', to: '/operations' }, { label: 'Operation log' }]}
        title="Operation log"
        description="Every change made in this project: who, what, on which resource, and what the API answered."
      />
      <OperationList />
    </>
  );
}
