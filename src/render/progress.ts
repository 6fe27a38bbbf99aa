// A one-line progress bar on stderr, redrawn in place. Callers create it only
// when stderr is a terminal, so pipes and logs never see it.
export function progressBar(write: (text: string) => void, columns: number) {
  let shown = false;
  let lastDrawn = -1;
  return {
    update(done: number, total: number, what: string) {
      const percent = Math.floor((done / total) * 100);
      if (percent === lastDrawn && done !== total) return;
      lastDrawn = percent;
      const label = ` ${done}/${total} ${what}`;
      const width = Math.max(10, Math.min(40, columns - label.length - 3));
      const filled = Math.round((done / total) * width);
      write(`\r[${'#'.repeat(filled)}${' '.repeat(width - filled)}]${label}`);
      shown = true;
    },
    done() {
      if (shown) write('\r\u001b[2K');
    },
  };
}
