export * from './timing';
export * from './engine';
