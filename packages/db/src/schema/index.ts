export * from './audit';
export * from './authority';
export * from './child';
export * from './concern';
export * from './episode';
export * from './identity';
export * from './plan';
export * from './sharing';
