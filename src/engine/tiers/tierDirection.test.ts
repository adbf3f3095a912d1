import { tierDirection } from './tierDirection';

describe('tierDirection', () => {
  it.each<[(number | null)[], string]>([
    [[800, 720, 640, 560, 480], 'falling'],
    [[4, 3, 2, 1, null], 'falling'],
    [[null, 5, 4, 3, 2], 'falling'],
    [[4, 4, 3, 2, 1], 'falling'],
    [[15, 20, 25, 30, 35], 'rising'],
    [[45535, 45543, 45550, 45557, 45564], 'rising'], // seed 001 e-governance date tiers
    [[800, 640, 720, 560, 480], 'unordered'],
    [[1, 1, 1, 1, 1], 'flat'],
    [[7, null, null, null, null], 'flat'],
    [[], 'flat'],
  ])('%p → %s', (tiers, d) => {
    expect(tierDirection(tiers)).toBe(d);
  });
});
