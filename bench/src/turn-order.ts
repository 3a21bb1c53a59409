/**
 * The order of the contenders in block `block` of round `round` (both from 0): rotated by one each
 * round, so that no contender always starts, and reversed every other block, so that each one
 * runs right before and right after each of its neighbours equally often.
 */
export function turnOrder<Item>(items: readonly Item[], round: number, block: number): Item[] {
  const shift = round % items.length;
  const rotated = [...items.slice(shift), ...items.slice(0, shift)];
  return block % 2 === 0 ? rotated : rotated.reverse();
}
