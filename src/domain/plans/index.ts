export * from './steps';
export * from './plans';
