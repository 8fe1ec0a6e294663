/** Worker thread of ./brief-renderer.ts: one letter in, its PDF out. */
import { type Brief, tekenBrief } from './brief.ts';

export default function teken(brief: Brief): Promise<Buffer> {
  return tekenBrief(brief);
}
