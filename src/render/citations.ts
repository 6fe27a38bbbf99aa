import type { Source } from '../data/schema.js';
import type { Style } from './style.js';
import { wrap } from './wrap.js';

/**
 * Footnote numbers for sources: `cite("himalayas-it-manager")` gives "[1]" and
 * `renderSources()` lists what was cited, so every figure on screen points to
 * where it came from without repeating long ids.
 */
export function createCitations(sources: readonly Source[]) {
  const byId = new Map(sources.map((s) => [s.id, s]));
  const order: string[] = [];
  return {
    cite(id: string | undefined): string {
      if (!id) return '';
      let n = order.indexOf(id);
      if (n < 0) n = order.push(id) - 1;
      return `[${n + 1}]`;
    },
    /** The ids cited so far, in footnote order. */
    cited(): readonly string[] {
      return order;
    },
    render(style: Style, width: number): string {
      if (order.length === 0) return '';
      const lines = order.map((id, i) => {
        const s = byId.get(id);
        const what = s ? `${s.publisher}, "${s.title}"${s.date ? ` (${s.date})` : ''}` : 'unknown source';
        return wrap(`  [${i + 1}] ${what} ${style.dim(`(${id})`)}`, width, '      ');
      });
      return `${style.heading('Sources')}\n${lines.join('\n')}\n`;
    },
  };
}
