export * from './client';
export * from './passwords';
export * from './queries/assessment';
export * from './queries/audit';
export * from './queries/children';
export * from './queries/episodes';
export * from './queries/identity';
export * as tables from './schema/index';
export * from './seed/demo';
