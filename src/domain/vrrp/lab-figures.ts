import figures from './lab-figures.json';

/**
 * The keepalived lab's last figures (`npm run lab -- --write-figures`, scripts/lab): for each scenario run
 * on real keepalived in network namespaces, the largest difference between when a member really took or
 * left the VIP (or sent its gratuitous ARP) and when this simulation says so.
 */
export interface LabFigures {
  keepalived: string;
  date: string;
  maxDiffMs: number;
  /** The largest difference a scenario may show and pass (figures written before it held 250 ms). */
  limitMs?: number;
  scenarios: { group: string; members: number; scenario: string; maxDiffMs: number; passed: boolean }[];
}

export const LAB_FIGURES: LabFigures = figures;
