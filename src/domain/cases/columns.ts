// The «Кейси» tab's columns: their order as the script writes them and the headers recognised on import.
import type { ColumnSpec } from '../table';
import type { CaseRecord } from '../types';

export const CASES_SHEET = 'Кейси';

export type CaseField = keyof CaseRecord;

/** The «Кейси» columns in the order the script writes them, with the headers recognised on import. */
export const CASE_COLUMNS: ColumnSpec<CaseField>[] = [
  {
    key: 'id',
    header: 'ID',
    synonyms: ['Ідентифікатор', 'Код', 'Код кейсу', 'Номер кейсу', 'ID кейсу', 'Case ID'],
    required: false,
  },
  {
    key: 'title',
    header: 'Назва кейсу',
    synonyms: [
      'Назва',
      'Назва проєкту',
      'Назва проекту',
      'Назва практики',
      'Кейс',
      'Title',
      'Case title',
      'Case',
    ],
    required: true,
  },
  {
    key: 'organisation',
    header: 'Організація-заявник',
    synonyms: [
      'Заявник',
      'Організація',
      'Назва організації',
      'Організація заявника',
      'Applicant',
      'Organisation',
      'Organization',
    ],
    required: true,
  },
  {
    key: 'applicantType',
    header: 'Тип заявника',
    synonyms: ['Тип', 'Тип організації', 'Applicant type', 'Type'],
    required: false,
  },
  { key: 'district', header: 'Район', synonyms: ['Район міста', 'District'], required: false },
  {
    key: 'category',
    header: 'Категорія',
    synonyms: ['Напрям', 'Номінація', 'Сфера', 'Category'],
    required: false,
  },
  {
    key: 'description',
    header: 'Опис',
    synonyms: ['Опис кейсу', 'Короткий опис', 'Description'],
    required: false,
  },
  {
    key: 'materialsLink',
    header: 'Посилання на матеріали',
    synonyms: ['Посилання', 'Матеріали', 'Link', 'Materials', 'URL'],
    required: false,
  },
  {
    key: 'contactPerson',
    header: 'Контактна особа',
    synonyms: ['Контакт', 'Contact person', 'Contact'],
    required: false,
  },
  {
    key: 'contactEmail',
    header: 'Email контакту',
    synonyms: ['Email', 'E-mail', 'Ел. пошта', 'Електронна пошта', 'Пошта', 'Contact email'],
    required: false,
  },
  { key: 'phone', header: 'Телефон', synonyms: ['Тел.', 'Номер телефону', 'Phone'], required: false },
];

/** Sheets' limit on the characters in one cell. */
export const CELL_TEXT_LIMIT = 50000;
