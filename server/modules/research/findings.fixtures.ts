import ExcelJS from 'exceljs';
import type { XlsFormSheets } from './xlsform.types';

/** A survey row labelled in English and Arabic. */
export const bilingual = (type: string, name: string, en: string, ar: string, extra: Record<string, string> = {}) => ({
  type,
  name,
  'label::English (en)': en,
  'label::Arabic (ar)': ar,
  ...extra,
});

/** A fictional neighbourhood questionnaire for findings, monitoring and export tests (English and Arabic). */
export function findingsForm(formId = 'neighbourhood_assets'): XlsFormSheets {
  const q = bilingual;
  return {
    survey: [
      q('text', 'skills', 'What are you good at?', 'ما الذي تجيده؟'),
      q('select_multiple groups', 'groups', 'Which groups do you take part in?', 'في أي مجموعات تشارك؟'),
      q('text', 'idea', 'An idea for the area?', 'فكرة للمنطقة؟'),
      q('text', 'need', 'What is missing here?', 'ما الذي ينقص هنا؟'),
      q('select_one yes_no', 'want_work', 'Would you like help finding work?', 'هل تريد مساعدة في إيجاد عمل؟'),
      q('text', 'income', 'Household income?', 'دخل الأسرة؟', { sensitive: 'yes' }),
      q('begin repeat', 'members', 'Household members', 'أفراد الأسرة'),
      q('text', 'member_name', 'First name', 'الاسم الأول'),
      q('integer', 'member_age', 'Age', 'العمر'),
      { type: 'end repeat' },
      q('text', 'prize_draw_contact', 'Phone or email for the draw', 'الهاتف أو البريد'),
      q('select_one yes_no', 'prize_draw', 'Enter the prize draw?', 'الدخول في السحب؟'),
      q('select_one yes_no', 'follow_up_consent', 'May we contact you?', 'هل يمكننا التواصل معك؟'),
    ],
    choices: [
      { list_name: 'groups', name: 'choir', 'label::English (en)': 'Community choir', 'label::Arabic (ar)': 'جوقة' },
      {
        list_name: 'groups',
        name: 'garden',
        'label::English (en)': 'Garden club',
        'label::Arabic (ar)': 'نادي الحديقة',
      },
      { list_name: 'yes_no', name: 'yes', 'label::English (en)': 'Yes', 'label::Arabic (ar)': 'نعم' },
      { list_name: 'yes_no', name: 'no', 'label::English (en)': 'No', 'label::Arabic (ar)': 'لا' },
    ],
    settings: [{ form_id: formId, version: '1', form_title: 'Neighbourhood assets', default_language: 'English (en)' }],
  };
}

/** The same sheets (or others given) as an .xlsx file, as a lead would upload it. */
export async function findingsWorkbook(formId?: string, sheets: XlsFormSheets = findingsForm(formId)): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  for (const [name, rows] of Object.entries(sheets) as [string, Record<string, unknown>[]][]) {
    const headers = [...new Set(rows.flatMap((r) => Object.keys(r)))];
    wb.addWorksheet(name).addRows([headers, ...rows.map((r) => headers.map((h) => r[h] ?? null))]);
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}
