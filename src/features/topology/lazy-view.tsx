import { useLingui } from '@lingui/react/macro';
import { lazy, Suspense } from 'react';
import { InlineError } from '../../components/inline-error';
import { LoadingNote } from './loading-note';
import { useHaGroupTopologyInput, useVpcTopologyInput, type InputState } from './use-topology-input';
import type { TopologyViewProps } from './view-props';

/** React Flow, dagre and the diagram's code load only when a diagram is shown, */
const loadDiagram = () => import('./topology-view');
const Diagram = lazy(() => loadDiagram().then((m) => ({ default: m.Diagram })));

/**
 * ...and side by side with its data: the queries start here, outside the lazy chunk, while the chunk (and
 * dagre, which it asks for at once) downloads, instead of after it.
 */
export function LazyTopologyView(props: TopologyViewProps) {
  void loadDiagram();
  return props.scope.kind === 'vpc' ? <VpcInput {...props} vpcId={props.scope.vpcId} /> : <HaInput {...props} groupId={props.scope.groupId} />;
}

function VpcInput(props: TopologyViewProps & { vpcId: string }) {
  const state = useVpcTopologyInput(props.vpcId);
  return <Loaded {...props} state={state} />;
}

function HaInput(props: TopologyViewProps & { groupId: string }) {
  const state = useHaGroupTopologyInput(props.groupId);
  return <Loaded {...props} state={state} />;
}

function Loaded({ state, ...props }: TopologyViewProps & { state: InputState }) {
  const { t } = useLingui();
  if (state.error) return <InlineError error={state.error} title={t`Could not load the diagram`} />;
  if (!state.input) return <LoadingNote>{state.waiting ? t(state.waiting) : t`Loading the diagram…`}</LoadingNote>;
  return (
    <Suspense fallback={<LoadingNote>{t`Loading the diagram…`}</LoadingNote>}>
      <Diagram {...props} input={state.input} />
    </Suspense>
  );
}
