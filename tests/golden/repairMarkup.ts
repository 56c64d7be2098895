import { repairMarkup } from '../../scripts/stages/repairMarkup.ts';
import { sanitizeMarkup } from '../../scripts/stages/sanitizeMarkup.ts';

/** Expected output is the sanitised HTML the repair gives. */
export const expected = 'html';

/** Repair a block body, then sanitise it so the expected file shows what later stages see. */
export function run(input: string): string {
  return `${sanitizeMarkup(repairMarkup(input)).trim()}\n`;
}
