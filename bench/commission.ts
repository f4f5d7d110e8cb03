// The benches' synthetic commission: numbered cases and members, as the pure benches of the rating and of the
// meeting's decision support generate them.
import { asCaseId, asMemberEmail, type CaseRecord, type MemberRecord } from '../src/domain/types';

/** `cases` cases 2024-0001 … and `members` active members member1@kyiv.ua …, nothing else filled in. */
export function syntheticCommission(
  cases: number,
  members: number,
): { cases: CaseRecord[]; members: MemberRecord[] } {
  return {
    cases: Array.from({ length: cases }, (_, i) => ({
      id: asCaseId(`2024-${String(i + 1).padStart(4, '0')}`),
      title: `Кейс ${i + 1}`,
      organisation: `Організація ${i + 1}`,
      applicantType: '',
      district: '',
      category: '',
      description: '',
      materialsLink: '',
      contactPerson: '',
      contactEmail: '',
      phone: '',
    })),
    members: Array.from({ length: members }, (_, i) => ({
      name: `Член ${i + 1}`,
      email: asMemberEmail(`member${i + 1}@kyiv.ua`),
      affiliation: '',
      status: 'active',
    })),
  };
}
