export * from './timing';
export * from './engine';
export * from './lvs';
export * from './lab-figures';
export * from './event-wording';
