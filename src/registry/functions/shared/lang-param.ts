/** The `lang` argument of every function that returns a label. */
import type { ParamSpec } from '../../types';

export const langParam: ParamSpec = {
  name: 'lang',
  type: 'option',
  shape: 'scalar',
  optional: true,
  default: 'en',
  options: ['en', 'zh'],
  description: { en: 'Language of the labels: "en" (default) or "zh".', zh: '标签语言："en"（默认）或 "zh"。' },
};
