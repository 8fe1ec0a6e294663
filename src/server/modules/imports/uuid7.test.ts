import { describe, expect, it } from 'vitest';
import { maakUuid7 } from './uuid7.ts';

describe('maakUuid7', () => {
  it('gives valid, unique version-7 UUIDs that sort in the order they were made', () => {
    const volgende = maakUuid7();
    const ids = Array.from({ length: 20_000 }, volgende);
    for (const id of ids.slice(0, 100))
      expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(new Set(ids).size).toBe(ids.length);
    expect([...ids].sort()).toEqual(ids);
    expect(Number.parseInt(ids[0]!.replaceAll('-', '').slice(0, 12), 16)).toBeGreaterThanOrEqual(
      Date.now() - 60_000,
    );
  });
});
