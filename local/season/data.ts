// A deterministic synthetic season: Kyiv cases, fictional members (example.org) and how each member scores.
import { seededRandom } from '../../src/domain/assignment';

export const DISTRICTS = [
  'Голосіївський',
  'Дарницький',
  'Деснянський',
  'Дніпровський',
  'Оболонський',
  'Печерський',
  'Подільський',
  'Святошинський',
  "Солом'янський",
  'Шевченківський',
] as const;

/** Each district's part of the city in the genitive, as an organisation's name says it («Громада Подолу»). */
const PLACES: Record<(typeof DISTRICTS)[number], string> = {
  Голосіївський: 'Голосієва',
  Дарницький: 'Дарниці',
  Деснянський: 'Троєщини',
  Дніпровський: 'Русанівки',
  Оболонський: 'Оболоні',
  Печерський: 'Печерська',
  Подільський: 'Подолу',
  Святошинський: 'Святошина',
  "Солом'янський": 'Солом’янки',
  Шевченківський: 'Лук’янівки',
};

/**
 * The district administration's name: the adjective agrees with «адміністрація» (Печерська районна …), with the
 * typographic apostrophe (the district column keeps the typed one, which the import normalises).
 */
const administration = (district: string): string =>
  `${district.replace(/ий$/, 'а').replace("'", '’')} районна в місті Києві державна адміністрація`;

const CATEGORIES = [
  'Освіта',
  'Екологія',
  'Соціальний захист',
  'Культура',
  'Спорт',
  'Безпека',
  'Благоустрій',
  'Ветерани',
  'Молодь',
  'Цифровізація',
];

const ACTIONS = [
  'Відкриття простору',
  'Програма підтримки',
  'Толока з озеленення',
  'Облаштування укриття',
  'Майстер-класи',
  'Інклюзивний маршрут',
  'Ярмарок ремесел',
  'Школа волонтерів',
  'Фестиваль',
  'Громадський сквер',
  'Реабілітаційний центр',
  'Цифрова бібліотека',
  'Пункт незламності',
  'Енергоощадний двір',
  'Мистецька резиденція',
  'Клуб спілкування',
];
const OBJECTS = [
  'для ветеранів та їхніх родин',
  'для дітей з інвалідністю',
  'для внутрішньо переміщених осіб',
  'на березі Дніпра',
  'у шкільному дворі',
  'для молоді',
  'для людей старшого віку',
  'у бібліотеці',
  'біля станції метро',
  'в парку',
  'для мам із дітьми',
  'для студентів',
];
const NGO_WORDS = [
  'Громада',
  'Ґрунт',
  'Єдність',
  'Їжак',
  'Обрій',
  'Світанок',
  'Джерело',
  'Вишиванка',
  'Добросусідство',
  'Київські двори',
  'Зелена хвиля',
  'Спільнота',
];
const DEPARTMENTS = [
  'Департамент соціальної політики',
  'Департамент освіти і науки',
  'Департамент культури',
  'Департамент молоді та спорту',
  'Департамент охорони здоров’я',
  'Департамент суспільних комунікацій',
];

const FIRST_NAMES = [
  'Оксана',
  'Максим',
  'Галина',
  'Віктор',
  'Людмила',
  'Сергій',
  'Тетяна',
  'Олег',
  'Марія',
  'Ігор',
];
const LAST_NAMES = [
  'Петренко',
  'Савчук',
  'Гончаренко',
  'Руденко',
  'Мороз',
  'Литвин',
  'Бойко',
  'Кушнір',
  'Пономаренко',
];

/** The project's one seeded PRNG (mulberry32): the same seed gives the same season on every machine. */
export const prng = seededRandom;

const pick = <T>(rnd: () => number, list: readonly T[]): T => list[Math.floor(rnd() * list.length)];

export interface SyntheticCase {
  title: string;
  organisation: string;
  applicantType: string;
  district: string;
  category: string;
  description: string;
  contactPerson: string;
  contactEmail: string;
  phone: string;
  /** Latent merit 0..10 that members perceive with their own bias and noise. */
  quality: number;
}

export function syntheticCases(count: number, seed = 2024): SyntheticCase[] {
  const rnd = prng(seed);
  const out: SyntheticCase[] = [];
  for (let i = 0; i < count; i++) {
    const district = DISTRICTS[i % DISTRICTS.length];
    const kind = rnd();
    const type = kind < 0.2 ? 'департамент' : kind < 0.45 ? 'РДА' : 'громадська організація';
    const organisation =
      type === 'департамент'
        ? pick(rnd, DEPARTMENTS)
        : type === 'РДА'
          ? administration(district)
          : `ГО «${pick(rnd, NGO_WORDS)} ${PLACES[district]}»`;
    const title = `${pick(rnd, ACTIONS)} ${pick(rnd, OBJECTS)} (№${i + 1})`;
    out.push({
      title,
      organisation,
      applicantType: type,
      district,
      category: pick(rnd, CATEGORIES),
      description: `${title}: проєкт, який заявник здійснив разом із мешканцями району. Результати: учасників проєкту — ${Math.floor(rnd() * 900) + 100}.`,
      contactPerson: `${FIRST_NAMES[i % FIRST_NAMES.length]} ${LAST_NAMES[(i * 7) % LAST_NAMES.length]}`,
      contactEmail: `case${i + 1}@example.org`,
      phone: `+38044${String(1000000 + Math.floor(rnd() * 8999999))}`,
      quality: 2 + rnd() * 8,
    });
  }
  // One case with a hostile title: it must stay text everywhere (formula injection) and escaped in HTML.
  if (out.length > 7) out[7].title = '=IMPORTXML("http://example.org","//a") <b>не формула</b>';
  return out;
}

export const CASE_CSV_HEADER = [
  'Назва кейсу',
  'Організація-заявник',
  'Тип заявника',
  'Район',
  'Категорія',
  'Опис',
  'Контактна особа',
  'Email контакту',
  'Телефон',
];

const csvCell = (v: string): string => (/[",\n;]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);

export function casesCsv(cases: SyntheticCase[]): string {
  const rows = [
    CASE_CSV_HEADER,
    ...cases.map((c) => [
      c.title,
      c.organisation,
      c.applicantType,
      c.district,
      c.category,
      c.description,
      c.contactPerson,
      c.contactEmail,
      c.phone,
    ]),
  ];
  return rows.map((r) => r.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

export type Habit = 'early' | 'steady' | 'late' | 'never' | 'typos' | 'paster' | 'sorter' | 'conflicted';

export interface SyntheticMember {
  name: string;
  email: string;
  affiliation: string;
  habit: Habit;
  /** Added to every score this member gives: severity (negative) or leniency (positive). */
  bias: number;
}

const MEMBER_NAMES = [
  'Олена Коваленко',
  'Тарас Бондар',
  'Ірина Шевчук',
  'Андрій Мельник',
  'Наталія Ткаченко',
  'Богдан Кравець',
  'Ганна Олійник',
  'Юрій Лисенко',
];
const HABITS: Habit[] = ['early', 'steady', 'typos', 'paster', 'sorter', 'conflicted', 'late', 'never'];

export function syntheticMembers(count: number, cases: SyntheticCase[], seed = 8): SyntheticMember[] {
  const rnd = prng(seed);
  const ngo = cases.find((c) => c.organisation.startsWith('ГО'))?.organisation ?? '';
  return Array.from({ length: count }, (_, i) => ({
    name: i < MEMBER_NAMES.length ? MEMBER_NAMES[i] : `Член комісії ${i + 1}`,
    email: `member${i + 1}@example.org`,
    // The "conflicted" member works for an applicant: the script must detect that conflict.
    affiliation:
      HABITS[i % HABITS.length] === 'conflicted'
        ? ngo
        : i % 3 === 0
          ? 'Київська міська рада'
          : 'Незалежний експерт',
    habit: HABITS[i % HABITS.length],
    bias: Math.round((rnd() - 0.5) * 20) / 10,
  }));
}

/** The score a member gives a case on criterion k (integers 0..10). */
export function intendedScore(member: SyntheticMember, c: SyntheticCase, k: number, seed: number): number {
  const rnd = prng(seed ^ (k * 7919));
  const v = c.quality + member.bias + (rnd() - 0.5) * 3 + (k === 1 ? 0.5 : 0);
  return Math.max(0, Math.min(10, Math.round(v)));
}
