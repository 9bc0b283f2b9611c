/** The task pane's own strings, in English and Simplified Chinese. */
export type UiLang = 'en' | 'zh';

export const strings = {
  en: {
    appName: 'NQP Toolkit',
    tabs: { glossary: 'Glossary', templates: 'Templates' },
    functionsHeading: 'Functions',
    searchLabel: 'Search functions',
    searchPlaceholder: 'Search by name or description',
    noMatch: 'No function matches your search.',
    insertExample: 'Insert example',
    insertExampleLabel: (name: string) => `Insert an example of NQP.${name} in the selected cell`,
    inserted: (name: string) => `Inserted an example of NQP.${name}.`,
    cellNotEmpty: 'The selected cell is not empty. Select an empty cell: the toolkit never overwrites your data.',
    noExcel: 'Open this pane in Excel to insert formulas.',
    failed: 'Could not insert the formula: ',
    help: 'Help',
    glossaryIntro:
      'Every NQP function with what it measures. The full glossary of the framework and its methods, in English and Chinese, is being added to this pane.',
    templatesIntro:
      'Template workbooks lay the framework out as ready-to-fill sheets with live NQP formulas. No template is included in this version yet.',
    language: 'Language',
  },
  zh: {
    appName: '新质生产力工具包',
    tabs: { glossary: '术语表', templates: '模板' },
    functionsHeading: '函数',
    searchLabel: '搜索函数',
    searchPlaceholder: '按名称或说明搜索',
    noMatch: '没有与搜索匹配的函数。',
    insertExample: '插入示例',
    insertExampleLabel: (name: string) => `在所选单元格插入 NQP.${name} 的示例`,
    inserted: (name: string) => `已插入 NQP.${name} 的示例。`,
    cellNotEmpty: '所选单元格不为空。请选择一个空单元格:工具包从不覆盖您的数据。',
    noExcel: '请在 Excel 中打开此窗格以插入公式。',
    failed: '无法插入公式:',
    help: '帮助',
    glossaryIntro: '所有 NQP 函数及其测度内容。框架与方法的完整中英文术语表正在加入此窗格。',
    templatesIntro: '模板工作簿将框架编排为可直接填写、带有实时 NQP 公式的工作表。此版本尚未包含模板。',
    language: '语言',
  },
};

export type Strings = (typeof strings)['en'];

/** The UI language from Office's display language (zh-CN, zh-TW… → Chinese), else English. */
export function uiLanguage(displayLanguage: string | undefined): UiLang {
  return displayLanguage !== undefined && displayLanguage.toLowerCase().startsWith('zh') ? 'zh' : 'en';
}
