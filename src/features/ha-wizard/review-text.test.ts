import { i18n } from '@lingui/core';
import { expect, it } from 'vitest';
import { describeWordingTable } from '../../i18n/wording-suite';
import { REVIEW_TEMPLATES, reviewEnglish, reviewHaSetup, type ReviewInput, type ReviewTextKey } from '../../domain/ha';
import { REVIEW_MESSAGES, reviewText } from './review-text';

type Values = Record<string, string | number>;

/** Values for every review key (1 and 2 where a count picks the words). */
const SAMPLES: Record<ReviewTextKey, Values[]> = {
  'label.roles': [{}],
  'label.sameSubnet': [{}],
  'label.sourceDestCheck': [{}],
  'label.severalNics': [{}],
  'label.serversPerVip': [{ max: 10 }],
  'label.vipsPerServer': [{ max: 8 }],
  'label.forwarding': [{}],
  'label.priorities': [{}],
  'label.routerId': [{}],
  'roles.twice': [{ server: 'ecs-web-01' }],
  'roles.oneActive': [{}],
  'roles.standby': [{}],
  'roles.haPass': [{ standbys: 2 }],
  'roles.twoDirectors': [{}],
  'roles.realServers': [{}],
  'roles.lvsPass': [{ realServers: 3 }],
  'sameSubnet.pass': [{ subnet: 'subnet-web' }],
  'sameSubnet.fail': [{ servers: 'ecs-db-01 (subnet-db)', subnet: 'subnet-web' }],
  'check.pass': [{}],
  'check.warn': [
    { servers: 'ecs-web-01', count: 1 },
    { servers: 'ecs-web-01, ecs-web-02', count: 2 },
  ],
  'severalNics.pass': [{}],
  'severalNics.warn': [
    { servers: 'ecs-web-01', count: 1, subnet: 'subnet-web' },
    { servers: 'ecs-web-01, ecs-web-02', count: 2, subnet: 'subnet-web' },
  ],
  'serversPerVip.pass': [{ vip: '192.168.0.100', count: 2 }],
  'serversPerVip.warn': [{ vip: '192.168.0.100', count: 11, max: 10 }],
  'vipsPerServer.pass': [{}],
  'vipsPerServer.warn': [{ servers: 'ecs-web-01', max: 8 }],
  'forwarding.pass': [{}],
  'forwarding.warn': [{ servers: 'ecs-web-02' }],
  'priorities.range': [{ server: 'ecs-web-01', priority: 300 }],
  'priorities.same': [{ first: 'ecs-web-01', second: 'ecs-web-02', priority: 100 }],
  'priorities.outranked': [{ standby: 'ecs-web-02', standbyPriority: 200, active: 'ecs-web-01', activePriority: 150 }],
  'priorities.lead': [{ first: 'ecs-web-01', second: 'ecs-web-02', lead: 10 }],
  'priorities.pass': [{ list: 'ecs-web-01 150, ecs-web-02 100' }],
  'routerId.range': [{ id: 300 }],
  'routerId.taken': [{ group: 'ha-db', subnet: 'subnet-web', id: 51 }],
  'routerId.pass': [{ id: 51, subnet: 'subnet-web' }],
};


const input: ReviewInput = {
  mode: 'ha',
  vip: { ip: '192.168.0.100', networkId: 'n1', subnetName: 'subnet-web' },
  members: [
    { serverName: 'a', role: 'active', priority: 150, nicIp: '192.168.0.11', nicNetworkId: 'n1', nicSubnetName: 'subnet-web', sourceDestCheckOn: true, nicsInVipSubnet: 2, otherVipCount: 0 },
    { serverName: 'b', role: 'standby', priority: 140, nicIp: '192.168.0.12', nicNetworkId: 'n1', nicSubnetName: 'subnet-web', sourceDestCheckOn: false, nicsInVipSubnet: 1, otherVipCount: 0 },
  ],
  otherBoundServers: 0,
  virtualRouterId: 51,
  routerIdsInSubnet: [],
};

describeWordingTable(
  'review check texts',
  { templates: REVIEW_TEMPLATES, messages: REVIEW_MESSAGES, read: (w) => reviewText(w), english: reviewEnglish, samples: SAMPLES },
  {
    english: () => {
      it('every check of a review reads in English as the domain words it', () => {
        for (const c of reviewHaSetup(input)) {
          expect(reviewText(c.labelText, i18n)).toBe(c.label);
          expect(reviewText(c.detailText, i18n)).toBe(c.detail);
        }
      });
    },
  },
);
