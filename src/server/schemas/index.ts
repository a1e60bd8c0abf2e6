/** Every API schema; the web client imports types from here (type-only). */
export * from './common.js';
export * from './case-record.js';
export * from './check-result.js';
export * from './statutes.js';
export * from './cases.js';
export * from './imports.js';
export * from './stats.js';
export * from './auth.js';
export * from './proceedings.js';
export * from './documents.js';
export * from './bulletins.js';
export * from './disclosures.js';
export * from './similar.js';
export * from './self-check.js';
