/**
 * A function's notes (its spec's help text, one long paragraph per language)
 * as the pane shows them: short pieces in their order — a formula as a block
 * of its own, each convention as a sentence of its own — then the errors as a
 * table (error value, when), then the sources. Pure: the text is only cut,
 * never rewritten, so nothing of it is lost (a test holds every function to
 * that, in both languages).
 */

export interface Notes {
  /** The sentences in order; a formula sentence is shown as a formula block. */
  pieces: { kind: 'formula' | 'text'; text: string }[];
  /** The error cases: the error values each names, and the case. */
  errors: { codes: string[]; text: string }[];
  sources: string | null;
}

// The labels, after a space, a full stop of Chinese or the start (the prefix is captured: no lookbehind, for old JavaScriptCore).
const ERRORS = /(^|\s|。)(Errors?:|错误：)\s*/;
const SOURCES = /(^|\s|。)(Sources?:|来源：)\s*/;
const CODES = /#(?:VALUE!|N\/A|NUM!|DIV\/0!|REF!|NAME\?)/g;
/** An error value ends with ! or ?, which then ends no sentence. */
const ERROR_VALUE = /#(?:VALUE|NUM|DIV\/0|REF|NAME|N\/A|SPILL|CALC|BUSY)[!?]$/;
/** Abbreviations after which a full stop does not end a sentence. */
const ABBREVIATIONS = /(?:\b(?:e\.g|i\.e|et al|vs|cf|etc|No|Fig|approx|resp)|\b[A-Z])$/;

/** Splits prose into sentences: at a full stop followed by a space (not after an abbreviation or an initial); at 。 */
export function sentences(text: string): string[] {
  const out: string[] = [];
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    let end = -1;
    if (ch === '。' || ch === '！' || ch === '？') end = i + 1;
    // A full stop and a space end a sentence (a decimal point has none after it), unless they end an abbreviation;
    // the next sentence may begin with an argument's name, in lower case.
    else if ((ch === '.' || ch === '!' || ch === '?') && text[i + 1] === ' ' && /\S/.test(text[i + 2] ?? '') && !ABBREVIATIONS.test(text.slice(start, i)) && !ERROR_VALUE.test(text.slice(start, i + 1))) end = i + 1;
    if (end > 0) {
      const s = text.slice(start, end).trim();
      if (s !== '') out.push(s);
      start = end;
    }
  }
  const rest = text.slice(start).trim();
  if (rest !== '') out.push(rest);
  return out;
}

/** A sentence that is mostly a formula: an equals sign with the marks of mathematics around it. */
export function isFormula(sentence: string): boolean {
  if (!sentence.includes('=')) return false;
  const marks = sentence.match(/[Σ√Π·×^_∑∏≤≥α-ω]|\bln\b|\bexp\b|\/\(|\)\//g)?.length ?? 0;
  return marks >= 2;
}

/** The error cases of an "Errors: a; b; c." segment, one per item, with the error values each names. */
function errorRows(segment: string): Notes['errors'] {
  const rows: Notes['errors'] = [];
  for (const item of segment.split(/;\s+|；/)) {
    const text = item.trim().replace(/[.。]$/, '');
    if (text === '') continue;
    const codes = [...new Set(text.match(CODES) ?? [])];
    // What the message of the case before says goes with that case.
    if (codes.length === 0 && rows.length > 0 && /^(the message|which|提示)/.test(text)) {
      rows[rows.length - 1].text += `; ${text}`;
      continue;
    }
    rows.push({ codes, text });
  }
  return rows;
}

export function splitNotes(help: string): Notes {
  let text = help.trim();
  let sources: string | null = null;
  const s = SOURCES.exec(text);
  if (s !== null) {
    sources = text.slice(s.index + s[0].length).trim();
    text = text.slice(0, s.index + s[1].length).trim();
  }
  let errors: Notes['errors'] = [];
  const e = ERRORS.exec(text);
  if (e !== null) {
    // The errors run to the end of their sentence; what follows them is prose again.
    const after = text.slice(e.index + e[0].length);
    const rest = sentences(after);
    const [segment, ...tail] = rest;
    errors = errorRows(segment ?? '');
    text = `${text.slice(0, e.index + e[1].length).trim()} ${tail.join(' ')}`.trim();
  }
  const pieces = sentences(text).map((t) => ({ kind: isFormula(t) ? ('formula' as const) : ('text' as const), text: t }));
  return { pieces, errors, sources };
}
