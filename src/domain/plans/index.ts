export * from './steps';
export * from './plans';
export * from './step-texts';
