import { z } from 'zod';

export const Termijnstatus = z
  .enum(['ruim', 'binnen-twee-weken', 'binnen-drie-werkdagen', 'verlopen'])
  .describe('Stoplicht: ruim (> 2 weken), binnen twee weken, binnen drie werkdagen, verlopen.');
