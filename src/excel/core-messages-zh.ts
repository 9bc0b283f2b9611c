/**
 * The Chinese of the core's messages, every family's, in one lazily loaded
 * chunk (messages-zh.js): src/excel/messages.ts fetches it where Excel is
 * displayed in Chinese, and renders the core's errors from it.
 */
import type { LocalizedMessage } from '../core/shared/errors';
import type { Inner } from '../core/shared/messages';
import { ZH as shared } from '../core/shared/shared-messages-zh';
import { ZH as framework_scores } from '../core/framework-scores/messages-zh';
import { ZH as security } from '../core/security/messages-zh';
import { ZH as completeness } from '../core/completeness/messages-zh';
import { ZH as synergy } from '../core/synergy/messages-zh';
import { ZH as openness } from '../core/openness/messages-zh';
import { ZH as inclusiveness } from '../core/inclusiveness/messages-zh';
import { ZH as productivity } from '../core/productivity/messages-zh';
import { ZH as composite } from '../core/composite/messages-zh';
import { ZH as regional } from '../core/regional/messages-zh';
import { ZH as green_productivity } from '../core/green-productivity/messages-zh';
import { ZH as composite_workflow } from '../core/composite-workflow/messages-zh';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Zh = Readonly<Record<string, (p: any) => string>>;

const families: Record<string, Zh> = {
  shared,
  'framework-scores': framework_scores,
  'security': security,
  'completeness': completeness,
  'synergy': synergy,
  'openness': openness,
  'inclusiveness': inclusiveness,
  'productivity': productivity,
  'composite': composite,
  'regional': regional,
  'green-productivity': green_productivity,
  'composite-workflow': composite_workflow,
};

/** The Chinese of a core message, or null when its template has none (its English then stands). */
export function coreChinese(m: LocalizedMessage): string | null {
  const dot = m.id.indexOf('.');
  const template = families[m.id.slice(0, dot)]?.[m.id.slice(dot + 1)];
  if (template === undefined) return null;
  // A wrapped error is rendered in Chinese too.
  const inner = m.params.inner as Inner | undefined;
  const params = inner !== undefined && typeof inner === 'object' ? { ...m.params, inner: { text: (inner.localized && coreChinese(inner.localized)) ?? inner.text } } : m.params;
  return template(params);
}

/** Every family's Chinese templates, for the tests. */
export const coreChineseTemplates = families;
