import { expect, it } from 'vitest';
import { describeWordingTable } from '../../i18n/wording-suite';
import { configSpecProblems, configSpecWordings, SPEC_PROBLEM_TEMPLATES, specProblemEnglish } from '../../domain/ha';
import { exampleLvsSpec } from '../../domain/ha/fixtures';
import { SPEC_PROBLEM_MESSAGES, specProblemText } from './spec-problem-text';

describeWordingTable(
  'configuration problem texts',
  {
    templates: SPEC_PROBLEM_TEMPLATES,
    messages: SPEC_PROBLEM_MESSAGES,
    read: (w) => specProblemText(w),
    english: specProblemEnglish,
    samples: {
      'nodes.none': { group: 'ha-web' },
      'nodes.tooFew': { group: 'ha-web', count: 1, names: 'ecs-web-02' },
      'nodes.noActive': { group: 'ha-web', vip: '192.168.0.50' },
      'nodes.nicUnknown': { name: 'ecs-web-02' },
      'nodes.sharedAddress': { ip: '192.168.0.11' },
      'vip.unknown': { vip: '' },
      'realServers.none': { group: 'lvs-web' },
      'realServers.nicUnknown': { name: 'ecs-rs-01' },
    },
  },
  {
    english: () => {
      it('every problem of a broken spec reads in English as the generator words it', () => {
        const spec = exampleLvsSpec();
        const broken = { ...spec, vip: 'x', nodes: [{ ...spec.nodes[0], ip: '0.0.0.0' }], service: { ...spec.service!, realServers: [] } };
        expect(configSpecWordings(broken).map((w) => specProblemText(w))).toEqual(configSpecProblems(broken));
        expect(configSpecProblems(broken)).toHaveLength(4);
      });
    },
  },
);
