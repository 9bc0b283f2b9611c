/**
 * What no bundle of the add-in may contain unless an allowance names it: ways
 * to send or fetch data, run code from text, or load code from elsewhere. Used
 * by tests/security/network.test.ts on the production build and by the test
 * of what npm start serves.
 */
export interface Rule {
  /** What is looked for. */
  what: string;
  pattern: RegExp;
}

/** Ways to send or fetch data, run code from text, or load code from elsewhere. */
export const FORBIDDEN: readonly Rule[] = [
  { what: 'fetch()', pattern: /\bfetch\s*\(/g },
  { what: 'XMLHttpRequest', pattern: /\bXMLHttpRequest\b/g },
  { what: 'WebSocket', pattern: /\bWebSocket\b/g },
  { what: 'navigator.sendBeacon', pattern: /\bsendBeacon\b/g },
  { what: 'EventSource', pattern: /\bEventSource\b/g },
  { what: 'RTCPeerConnection', pattern: /\b(?:webkit)?RTCPeerConnection\b/g },
  { what: 'importScripts()', pattern: /\bimportScripts\s*\(/g },
  { what: 'dynamic import()', pattern: /(?<![\w$.])import\s*\(/g },
  { what: 'eval', pattern: /\beval\s*\(|\(\s*0\s*,\s*eval\s*\)|\[\s*["'`]eval["'`]\s*\]/g },
  { what: 'the Function constructor', pattern: /\bnew\s+Function\s*\(|(?<![\w$.])Function\s*\(\s*["'`]/g },
  { what: 'setTimeout/setInterval with code as text', pattern: /\bset(?:Timeout|Interval)\s*\(\s*["'`]/g },
  { what: 'a Worker', pattern: /\bnew\s+(?:Shared)?Worker\s*\(/g },
  { what: 'a script element', pattern: /createElement\(\s*["'`]script["'`]\s*\)/g },
  { what: 'WebAssembly compilation', pattern: /\bWebAssembly\s*\.\s*(?:instantiate|instantiateStreaming|compile|compileStreaming|Module)\b/g },
  { what: 'window.open', pattern: /\bwindow\.open\s*\(/g },
];

/** The rule named `what`. */
export const forbidden = (what: string): Rule => {
  const rule = FORBIDDEN.find((r) => r.what === what);
  if (!rule) throw new Error(`no rule ${what}`);
  return rule;
};
