/** A step of a scenario: at `at` seconds, do `action` to the member at `member` (0 = the highest priority). */
export interface ScenarioStep {
  at: number;
  member: number;
  action: 'hard-stop' | 'restore' | 'fail-check' | 'pass-check';
}

export interface Scenario {
  name: string;
  title: string;
  /** Runs the group with preemption off (`nopreempt`, every node BACKUP) whatever the group says. */
  nopreempt?: boolean;
  /** Needs this many VRRP members at least. */
  minMembers?: number;
  steps: ScenarioStep[];
  /** When the scenario ends (seconds after start). */
  duration: number;
}

/** The master stops hard just before an advertisement would be due, and boots 5 s later. */
const STOP_THEN_RESTORE: ScenarioStep[] = [
  { at: 5.3, member: 0, action: 'hard-stop' },
  { at: 10.3, member: 0, action: 'restore' },
];

/**
 * The lab's scenarios. Times leave each timer room to run out (master-down about 3.4-3.65 s, a FAULT
 * 4-6 s after the check starts failing) and avoid check runs (every 2 s from start) by half a second.
 */
export const SCENARIOS: Scenario[] = [
  { name: 'first-start', title: 'First start', steps: [], duration: 5.5 },
  {
    name: 'hard-stop',
    title: 'Hard stop of the master, then restore with preemption',
    steps: STOP_THEN_RESTORE,
    duration: 15.5,
  },
  {
    name: 'health-check',
    title: 'Health check fails (weight 0: FAULT) and recovers',
    steps: [
      { at: 5, member: 0, action: 'fail-check' },
      { at: 11, member: 0, action: 'pass-check' },
    ],
    duration: 18.5,
  },
  {
    name: 'nopreempt',
    title: 'nopreempt: a restored higher priority stays BACKUP',
    nopreempt: true,
    steps: STOP_THEN_RESTORE,
    duration: 15.5,
  },
  {
    name: 'three-members',
    title: 'Three members: the master stops, the best backup takes over, then the next',
    minMembers: 3,
    steps: [
      { at: 5.3, member: 0, action: 'hard-stop' },
      { at: 10.3, member: 1, action: 'hard-stop' },
    ],
    duration: 15.5,
  },
];

export const scenarioNames = () => SCENARIOS.map((s) => s.name);
