/** Synthetic WMO323 messages: the builder lives with the demo data (src/server/demo/wmo323-synthetisch.ts). */
export * from '../../src/server/demo/wmo323-synthetisch.ts';
