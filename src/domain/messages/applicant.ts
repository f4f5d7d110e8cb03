// What an applicant reads: the submission form, its confirmation, the certificate.
import type { Message } from './message';

export const APPLICANT = {
  typeDepartment: { uk: 'структурний підрозділ КМДА', en: 'city department' },
  typeDistrict: { uk: 'районна в місті Києві державна адміністрація', en: 'district administration' },
  typeCivil: { uk: 'інститут громадянського суспільства', en: 'civil-society institution' },
  formTitle: {
    params: ['title', 'year'],
    uk: 'Заявка на участь: {title} {year}',
    en: 'Application: {title} {year}',
  },
  formDescription: {
    params: ['year', 'until'],
    uk: 'Ярмарок кращих кейсів партнерства влади та громади Києва «ТОП-100» {year}. Заповніть форму окремо для кожного кейсу. {until}',
    en: "Kyiv's «TOP-100» fair of the best cases of partnership between the authorities and the community, {year}. Fill in the form once per case. {until}",
  },
  formUntil: {
    params: ['deadline'],
    uk: 'Прийом заявок — до {deadline} (за київським часом).',
    en: 'Submissions close on {deadline} (Kyiv time).',
  },
  formConfirmation: {
    uk: 'Дякуємо! Заявку отримано. Номер кейсу (ID) надійде листом на вказану адресу.',
    en: 'Thank you! The application has arrived. The case number (ID) follows by email.',
  },
  formClosedMessage: {
    params: ['year'],
    uk: 'Прийом заявок на «ТОП-100» {year} завершено. Дякуємо за інтерес!',
    en: 'Submissions for «TOP-100» {year} are closed. Thank you for your interest!',
  },
  formQ_title: { uk: 'Назва кейсу', en: 'Case title' },
  formH_title: { uk: 'Коротка назва проєкту чи практики.', en: 'A short title of the project or practice.' },
  formQ_organisation: { uk: 'Організація-заявник', en: 'Applicant organisation' },
  formH_organisation: {
    uk: 'Повна назва: структурний підрозділ КМДА, районна в місті Києві державна адміністрація або інститут громадянського суспільства (ГО, ОСББ, благодійний фонд).',
    en: 'The full name: a city department, a district administration or a civil-society institution (an NGO, a condominium, a charity).',
  },
  formQ_applicantType: { uk: 'Тип заявника', en: 'Applicant type' },
  formH_applicantType: { uk: '', en: '' },
  formQ_district: { uk: 'Район', en: 'District' },
  formH_district: {
    uk: 'Район Києва, де реалізовано кейс.',
    en: 'The district of Kyiv where the case took place.',
  },
  formQ_category: { uk: 'Категорія', en: 'Category' },
  formH_category: {
    uk: 'Напрям: освіта, екологія, соціальний захист, культура тощо.',
    en: 'Field: education, ecology, social protection, culture and so on.',
  },
  formQ_description: { uk: 'Опис кейсу', en: 'Description' },
  formH_description: {
    params: ['limit'],
    uk: 'Що зроблено, разом із ким і для кого (до {limit} знаків).',
    en: 'What was done, with whom and for whom (up to {limit} characters).',
  },
  formQ_results: { uk: 'Результати', en: 'Results' },
  formH_results: {
    params: ['limit'],
    uk: 'Чого досягнуто: цифри, зміни для громади (до {limit} знаків).',
    en: 'What it achieved: figures, changes for the community (up to {limit} characters).',
  },
  formQ_materialsLink: { uk: 'Посилання на матеріали', en: 'Link to materials' },
  formH_materialsLink: {
    uk: 'Сайт, сторінка в соцмережах, фото чи відео (за бажанням).',
    en: 'A website, a social media page, photos or videos (optional).',
  },
  formQ_contactPerson: { uk: 'Контактна особа', en: 'Contact person' },
  formH_contactPerson: { uk: 'Ім’я та прізвище.', en: 'First and last name.' },
  formQ_contactEmail: { uk: 'Email контактної особи', en: 'Contact email' },
  formH_contactEmail: {
    uk: 'На цю адресу надійде підтвердження з номером кейсу.',
    en: 'The confirmation with the case number goes to this address.',
  },
  formQ_phone: { uk: 'Телефон', en: 'Phone' },
  formH_phone: { uk: 'Наприклад, +380 44 123 45 67.', en: 'For example, +380 44 123 45 67.' },
  formQ_consent: { uk: 'Згода на оприлюднення', en: 'Consent to publication' },
  formH_consent: {
    uk: 'Назву кейсу, організацію та опис може бути оприлюднено в списку кращих кейсів і в каталозі.',
    en: 'The title, organisation and description may be published in the list of best cases and the catalog.',
  },
  formConsentChoice: {
    uk: 'Погоджуюся на оприлюднення відомостей про кейс',
    en: 'I agree to the publication of the case',
  },
  formResultsLabel: { uk: 'Результати', en: 'Результати' },
  formLengthHelp: { params: ['limit'], uk: 'Не більше {limit} знаків.', en: 'At most {limit} characters.' },
  confirmSubject: {
    params: ['title', 'year', 'id'],
    uk: '{title} {year}: заявку отримано — {id}',
    en: '{title} {year}: application received — {id}',
  },
  confirmBody: {
    params: ['name', 'title', 'year', 'case', 'organisation', 'id', 'sender'],
    uk: 'Добрий день, {name}!\n\nЗаявку на участь у «{title}» {year} року отримано.\nКейс: «{case}»\nОрганізація: {organisation}\nНомер кейсу (ID): {id}\n\nЗбережіть цей номер: за ним секретаріат знайде вашу заявку. Результати відбору буде оприлюднено після засідання комісії.\n\nЗ повагою,\n{sender}',
    en: 'Hello {name},\n\nYour application to «{title}» {year} has arrived.\nCase: «{case}»\nOrganisation: {organisation}\nCase number (ID): {id}\n\nKeep this number: the secretariat finds your application by it. The results are published after the commission meets.\n\nKind regards,\n{sender}',
  },
  templateHeading: { uk: 'ДИПЛОМ', en: 'CERTIFICATE' },
  templateFair: {
    uk: 'переможця ярмарку кращих кейсів партнерства влади та громади «ТОП-100»',
    en: 'of a winner of the «TOP-100» fair of partnership between the authorities and the community',
  },
  templateGiven: { uk: 'вручається', en: 'is awarded to' },
  templateFor: { uk: 'за кейс', en: 'for the case' },
  templateWhy: {
    params: ['winners', 'year'],
    uk: 'один із {winners} {winners#кращого кейсу|кращих кейсів|кращих кейсів} партнерства влади та громади «ТОП-100» у {{year}} році',
    en: 'one of the {winners} best cases of partnership between the authorities and the community, «TOP-100» {{year}}',
  },
  templateDecision: {
    params: ['protocol', 'meeting'],
    uk: 'рішення комісії з відбору кращих кейсів, протокол № {{protocol}} від {{meeting}}',
    en: 'decision of the selection commission, minutes No. {{protocol}} of {{meeting}}',
  },
  templateChair: { uk: 'Голова комісії', en: 'Chair of the commission' },
  templateSecretary: { uk: 'Секретар комісії', en: 'Secretary of the commission' },
  templatePlace: { params: ['date'], uk: 'Київ, {{date}}', en: 'Kyiv, {{date}}' },
  certificateName: {
    params: ['id', 'organisation'],
    uk: 'Диплом {id} — {organisation}',
    en: 'Certificate {id} — {organisation}',
  },
} satisfies Record<string, Message>;
