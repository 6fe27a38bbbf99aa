import { describe, expect, it } from 'vitest';
import { renderRecordList, tableBreaksWords } from '../../src/render/record-list.js';
import { textSink } from '../../src/render/report-sink.js';
import { plainStyle, visibleWidth } from '../../src/render/style.js';
import { LONG_TABLE_ROWS } from '../../src/render/table.js';

const head = ['Level', 'Status', 'Skills', 'Years', 'Leading', 'Holding you back'];
const rows = [
  ['Assistant IT Manager', 'ready', '100±30', '2-4 yrs', '-', '-'],
  [
    'Chief Information Officer (CIO) (target)',
    'not yet',
    '82±20',
    '25+ yrs',
    '12 years',
    'skills 8 below 90; 17 years short',
  ],
];

describe('a report table on a narrow terminal', () => {
  it.each([
    { width: 100, breaks: false },
    { width: 80, breaks: false },
    { width: 60, breaks: true },
  ])('at $width columns breaks a word: $breaks', ({ width, breaks }) => {
    expect(tableBreaksWords(head, rows, width)).toBe(breaks);
  });

  it('breaks no word when the table is too long to be boxed: it is printed as plain columns', () => {
    const many = Array.from({ length: LONG_TABLE_ROWS + 1 }, () => rows[1]!);
    expect(tableBreaksWords(head, rows, 60)).toBe(true);
    expect(tableBreaksWords(head, many, 60)).toBe(false);
    const sink = textSink(plainStyle, 60);
    sink.table(head, many);
    expect(sink.done()).toMatch(/^Level +Status/);
  });

  it('is drawn as a list where the table would break words: each row its first cell, then "Head: value" lines', () => {
    const sink = textSink(plainStyle, 60);
    sink.table(head, rows);
    const text = sink.done();
    expect(text).not.toContain('│');
    expect(text).toContain('Assistant IT Manager\n  Status: ready\n  Skills: 100±30\n  Years: 2-4 yrs\n');
    expect(text).toContain('  Holding you back: skills 8 below 90; 17 years short\n');
    for (const line of text.trimEnd().split('\n')) expect(visibleWidth(line)).toBeLessThanOrEqual(60);
  });

  it('stays a boxed table where every word fits', () => {
    const sink = textSink(plainStyle, 80);
    sink.table(head, rows);
    const text = sink.done();
    expect(text).toContain('│ Assistant IT     │ ready   │');
    expect(text).not.toContain('Status: ready');
  });

  it('wraps a long value under its own head', () => {
    const list = renderRecordList(
      ['Role', 'Why'],
      [['IT Manager', 'a b c d e f g h i j k l m n o p q r s t u v w x y z']],
      24,
    );
    const [first, ...under] = list.split('\n');
    expect(first).toBe('IT Manager');
    expect(under[0]).toMatch(/^ {2}Why: a b c/);
    for (const line of under.slice(1)) expect(line).toMatch(/^ {4}\S/);
    for (const line of under) expect(line.length).toBeLessThanOrEqual(24);
    expect(under.join(' ').replace('Why:', '').split(/\s+/).filter(Boolean).join('')).toBe(
      'abcdefghijklmnopqrstuvwxyz',
    );
  });
});
