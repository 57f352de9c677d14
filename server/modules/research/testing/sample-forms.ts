/** In-memory XLSForms for tests: a two-language doorstep questionnaire in the supported subset. */
import type { XlsFormSheets } from '../xlsform.types';

export function doorstepForm(): XlsFormSheets {
  return {
    survey: [
      {
        type: 'text',
        name: 'area',
        'label::English (en)': 'Which area do you live in?',
        'label::Arabic (ar)': 'في أي منطقة تعيش؟',
        required: 'yes',
      },
      {
        type: 'integer',
        name: 'people',
        'label::English (en)': 'How many people live here?',
        'label::Arabic (ar)': 'كم عدد الأشخاص؟',
        constraint: '. > 0 and . < 30',
        'constraint_message::English (en)': 'Between 1 and 29',
        'constraint_message::Arabic (ar)': 'بين 1 و 29',
      },
      {},
      {
        type: 'select_one yes_no',
        name: 'has_skills',
        'label::English (en)': 'Any skills to share?',
        'label::Arabic (ar)': 'هل لديك مهارات؟',
        appearance: 'horizontal',
      },
      {
        type: 'begin group',
        name: 'skills',
        'label::English (en)': 'Skills',
        'label::Arabic (ar)': 'المهارات',
        relevant: "${has_skills} = 'yes'",
      },
      {
        type: 'select_multiple skill',
        name: 'skill',
        'label::English (en)': 'Which?',
        'label::Arabic (ar)': 'أي منها؟',
        'hint::English (en)': 'Choose all that apply',
      },
      {
        type: 'decimal',
        name: 'years',
        'label::English (en)': 'Years of experience with ${skill}',
        'label::Arabic (ar)': 'سنوات الخبرة',
        default: '1',
      },
      { type: 'end group' },
      {
        type: 'begin repeat',
        name: 'member',
        'label::English (en)': 'Household member',
        'label::Arabic (ar)': 'فرد',
        repeat_count: '${people}',
      },
      { type: 'text', name: 'first_name', 'label::English (en)': 'First name', 'label::Arabic (ar)': 'الاسم' },
      {
        type: 'date',
        name: 'born',
        'label::English (en)': 'Date of birth',
        'label::Arabic (ar)': 'تاريخ الميلاد',
        relevant: "${first_name} != ''",
      },
      {
        type: 'text',
        name: 'income',
        'label::English (en)': 'Monthly income',
        'label::Arabic (ar)': 'الدخل الشهري',
        sensitive: 'yes',
      },
      { type: 'end repeat' },
      { type: 'geopoint', name: 'where', 'label::English (en)': 'Location', 'label::Arabic (ar)': 'الموقع' },
      { type: 'calculate', name: 'size', calculation: 'count(${member})' },
      { type: 'note', name: 'thanks', 'label::English (en)': 'Thank you, ${area}', 'label::Arabic (ar)': 'شكرا' },
    ],
    choices: [
      { list_name: 'yes_no', name: 'yes', 'label::English (en)': 'Yes', 'label::Arabic (ar)': 'نعم' },
      { list_name: 'yes_no', name: 'no', 'label::English (en)': 'No', 'label::Arabic (ar)': 'لا' },
      { list_name: 'skill', name: 'care', 'label::English (en)': 'Care', 'label::Arabic (ar)': 'رعاية' },
      { list_name: 'skill', name: 'cooking', 'label::English (en)': 'Cooking', 'label::Arabic (ar)': 'طبخ' },
    ],
    settings: [
      {
        form_id: 'doorstep',
        form_title: 'Doorstep survey',
        version: '2026112201',
        default_language: 'English (en)',
        instance_name: "concat(${area}, '-', ${people})",
      },
    ],
  };
}

/** The types beyond the core subset: metadata, media, barcode, acknowledge, choices from a file. */
export function extrasForm(): XlsFormSheets {
  return {
    survey: [
      { type: 'start', name: 'started' },
      { type: 'deviceid', name: 'device' },
      { type: 'phone number', name: 'phone', label: 'Phone' },
      { type: 'image', name: 'photo', label: 'Photo of the space' },
      { type: 'barcode', name: 'code', label: 'Scan' },
      { type: 'acknowledge', name: 'ok', label: 'I agree', relevant: '${phone} = \u2018123\u2019' },
      { type: 'select_one_from_file sites.csv', name: 'site', label: 'Site' },
      { type: 'hidden', name: 'source' },
    ],
    settings: [{ form_id: 'extras', version: '1' }],
  };
}
