/**
 * A small seeded pseudo-random generator, so that simulations give the same
 * numbers on every platform and in every Excel: mulberry32 (Tommy Ettinger,
 * public domain), 32-bit state, period 2^32. It uses only 32-bit integer
 * arithmetic (Math.imul, shifts), which JavaScript defines exactly; it is not
 * for cryptography.
 */

/** Returns a generator of uniform numbers in [0, 1) for a seed (any number; truncated to a 32-bit integer). */
export function mulberry32(seed: number): () => number {
  let state = Math.trunc(seed) >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
