// What schools record of parents: schooling, post-school qualifications, occupation group,
// titles and how they like to be contacted, as SIF AU codes with their shares. Shares marked
// [S…] follow the figures docs/data-model.md cites; the splits between them, and how the
// fields go together, are seedhub's assumptions, said so there.

/**
 * SchoolEducationLevelType (4 Year 12, 3 Year 11, 2 Year 10, 1 Year 9 or below, 0 not
 * stated) of persons aged 15 and over [S34]: Year 12 71.3% in Brisbane, 50.7% in Regional
 * Queensland; the rest split as Southern Downs' lower levels are (our arithmetic). Parents are
 * younger than all persons 15 and over, so these understate their schooling.
 */
export const SCHOOL_EDUCATION = {
  greaterBrisbane: [['4', 71.3], ['3', 3.6], ['2', 16.0], ['1', 7.0], ['0', 2.1]],
  regional: [['4', 50.7], ['3', 6.2], ['2', 27.5], ['1', 12.0], ['0', 3.6]],
} as const;

/**
 * NonSchoolEducation (7 bachelor or above, 6 diploma, 5 certificate I–IV, 8 none, 0 not
 * stated): 74% of 35–44 year olds hold a non-school qualification [S35]; bachelor or higher
 * 38.1% in Brisbane, and no qualification 39.2% in Regional Queensland, of persons 15 and
 * over [S34]; the rest by assumption.
 */
export const NON_SCHOOL_EDUCATION = {
  greaterBrisbane: [['7', 40], ['6', 11], ['5', 23], ['8', 24], ['0', 2]],
  regional: [['7', 20], ['6', 10], ['5', 32], ['8', 36], ['0', 2]],
} as const;

/** How much likelier a post-school level is after each school level (assumption): degrees go with Year 12. */
export const NON_SCHOOL_GIVEN_SCHOOL: Readonly<Record<string, Readonly<Record<string, number>>>> = {
  '4': { '7': 1.2, '6': 1, '5': 0.9, '8': 0.8, '0': 1 },
  '3': { '7': 0.3, '6': 0.8, '5': 1.3, '8': 1.3, '0': 1 },
  '2': { '7': 0.15, '6': 0.6, '5': 1.4, '8': 1.5, '0': 1 },
  '1': { '7': 0.05, '6': 0.3, '5': 1, '8': 2.2, '0': 1 },
  '0': { '7': 0.5, '6': 0.8, '5': 1, '8': 1.2, '0': 4 },
};

/**
 * Parents in paid work [S36]: 76.4% of mothers in couple families with children under 15;
 * fathers about 92% (with 73% of such families both employed: our arithmetic); 68% of
 * single mothers and 75% of single fathers. Unknown (9) for 4% (assumption).
 */
export const EMPLOYED = { coupleMother: 0.764, coupleFather: 0.92, singleMother: 0.68, singleFather: 0.75 } as const;
export const EMPLOYMENT_UNKNOWN = 0.04;

/**
 * EmploymentType (ACARA's parental occupation groups 1 to 4) of employed parents, from
 * Queensland's occupations of 2021 [S37] (professionals 21.4%, managers 12.4%, trades
 * 13.7%, community and personal service 12.4%, clerical 12.7%, sales 8.7%, machinery 6.8%,
 * labourers 10.1%), mapped to the groups by us: half the managers with the professionals in
 * group 1, the rest of the managers and some service and clerical workers in group 2.
 */
export const OCCUPATION_GROUPS = [['1', 27.6], ['2', 14.5], ['3', 35.0], ['4', 21.0]] as const;
/** How much likelier each group is by post-school qualification (assumption). */
export const GROUP_GIVEN_QUALIFICATION: Readonly<Record<string, Readonly<Record<string, number>>>> = {
  '7': { '1': 2.6, '2': 1.2, '3': 0.5, '4': 0.25 },
  '6': { '1': 1, '2': 1.6, '3': 1, '4': 0.6 },
  '5': { '1': 0.4, '2': 0.8, '3': 1.4, '4': 1.2 },
  '8': { '1': 0.3, '2': 0.7, '3': 1.1, '4': 1.8 },
  '0': { '1': 1, '2': 1, '3': 1, '4': 1 },
};

/** Titles: women's forms by assumption; "Dr" for a few degree-holding professionals (doctorates, medicine: no share was found). */
export const WOMEN_TITLES = [['Ms', 45], ['Mrs', 45], ['Miss', 10]] as const;
export const DOCTOR = 0.04;

/** ContactMethod: most families by email or the parent portal, few by post (assumption). */
export const CONTACT_METHODS = [['Email', 55], ['ParentPortal', 20], ['Phone', 18], ['Mailing', 7]] as const;
