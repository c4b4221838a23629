export * from './audit';
export * from './authority';
export * from './child';
export * from './episode';
export * from './identity';
export * from './sharing';
