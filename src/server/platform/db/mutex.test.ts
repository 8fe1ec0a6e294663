import { describe, expect, it } from 'vitest';
import { Mutex } from './mutex.ts';

describe('Mutex', () => {
  it('laat taken om de beurt lopen, ook als er een faalt', async () => {
    const m = new Mutex();
    const order: string[] = [];
    const slow = m.run(async () => {
      order.push('a-start');
      await new Promise((r) => setTimeout(r, 20));
      order.push('a-eind');
    });
    const failing = m.run(async () => {
      order.push('b');
      throw new Error('b faalt');
    });
    const last = m.run(async () => {
      order.push('c');
      return 42;
    });
    await slow;
    await expect(failing).rejects.toThrow('b faalt');
    expect(await last).toBe(42);
    expect(order).toEqual(['a-start', 'a-eind', 'b', 'c']);
  });
});
