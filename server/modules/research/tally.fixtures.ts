import { bilingual } from './findings.fixtures';
import type { XlsFormSheets } from './xlsform.types';

/**
 * A fictional enterprise baseline survey (English and Arabic) for tally tests: closed questions to tally, and
 * free text, a contact, a sensitive question, a place and a repeat that must never be tallied.
 */
export function baselineSurvey(formId = 'enterprise_baseline'): XlsFormSheets {
  const q = bilingual;
  const c = (list: string, name: string, en: string, ar: string) => {
    const { type: _type, ...row } = bilingual('', name, en, ar);
    return { list_name: list, ...row };
  };
  return {
    survey: [
      q('select_one legal', 'legal_form', 'Legal form', 'الشكل القانوني'),
      q('select_multiple market', 'markets', 'Markets you sell in', 'الأسواق التي تبيع فيها'),
      q('integer', 'local_jobs', 'Local jobs', 'الوظائف المحلية'),
      q('text', 'story', 'Tell us about your enterprise', 'حدثنا عن مؤسستك'),
      q('text', 'contact_phone', 'Phone', 'الهاتف'),
      q('select_one yes_no', 'health_condition', 'Does anyone have a health condition?', 'هل لدى أحد حالة صحية؟', {
        sensitive: 'yes',
      }),
      q('geopoint', 'premises', 'Where are your premises?', 'أين مقرك؟'),
      q('begin repeat', 'founders', 'Founders', 'المؤسسون'),
      q('select_one yes_no', 'founder_local', 'Lives locally?', 'يعيش محليا؟'),
      { type: 'end repeat' },
    ],
    choices: [
      c('legal', 'cic', 'Community interest company', 'شركة ذات مصلحة مجتمعية'),
      c('legal', 'co_operative', 'Co-operative', 'تعاونية'),
      c('legal', 'charity', 'Charity trading arm', 'ذراع تجاري لجمعية خيرية'),
      c('market', 'food', 'Food', 'الغذاء'),
      c('market', 'care', 'Care', 'الرعاية'),
      c('yes_no', 'yes', 'Yes', 'نعم'),
      c('yes_no', 'no', 'No', 'لا'),
    ],
    settings: [{ form_id: formId, version: '1', form_title: 'Enterprise baseline', default_language: 'English (en)' }],
  };
}
