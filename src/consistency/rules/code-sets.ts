// The code sets values are checked against, by field name: SIF AU sets, mostly taken from
// the model's vocabulary, widened where the standard allows more than the model uses.
import {
  CONTACT_METHODS, EMERGENCY_RELATIONSHIPS, EMPLOYMENT_TYPES, ENTRY_ORIGINAL, ENTRY_TRANSFERS, EXIT_TRANSFERS,
  FLAG_CATEGORIES, INDIGENOUS_STATUS, NCCD_CATEGORIES, NCCD_LEVELS, NON_SCHOOL_EDUCATION, PARENT_RELATIONSHIPS,
  SCHOOL_EDUCATION_LEVELS, SEX, YEAR_LEVELS, YES_NO,
} from '../../model/vocab/codes.ts';

const codes = (pairs: readonly (readonly [string, number])[]) => pairs.map(([code]) => code);

/** SIF AU RelationshipToStudentType; the model uses a few of them. */
const RELATIONSHIPS = [
  ...new Set([...codes(PARENT_RELATIONSHIPS), ...codes(EMERGENCY_RELATIONSHIPS),
    '00', '01', '02', '03', '04', '05', '06', '07', '08', '09', '10', '11', '12', '13', '14', '20', '30', '31', '32', '40', '99']),
];

const CONTACT_FLAGS = [
  'parentLegalGuardian', 'livesWith', 'hasCustody', 'pickupRights', 'accessToRecords', 'receivesAssessmentReport', 'feesBilling',
  'familyMail', 'emergencyContact', 'interventionOrder', 'mainlySpeaksEnglishAtHome', 'primaryAssignment', 'casualReliefTeacher',
  'availableForTimetable', 'okToPublish', 'ealdSupport', 'enrolmentRestricted', 'lbote',
] as const;

/** Allowed values of a field, by the field's name, wherever it appears. */
export const CODE_SETS: Readonly<Record<string, readonly string[]>> = {
  sex: codes(SEX),
  yearLevel: YEAR_LEVELS,
  indigenousStatus: INDIGENOUS_STATUS,
  timeFrame: ['C', 'H', 'F'],
  ftptStatus: ['01', '02'],
  relationshipCode: RELATIONSHIPS,
  employmentType: EMPLOYMENT_TYPES,
  schoolEducationLevel: SCHOOL_EDUCATION_LEVELS,
  nonSchoolEducation: NON_SCHOOL_EDUCATION,
  contactMethod: CONTACT_METHODS,
  addressType: ['0123', '0123A', '0124', '0124A', '0125', '0765', '0765A', '9999', '9999A'],
  addressRole: ['012A', '012B', '012C', '013A', '1073', '1074', '1075', '2382', '9999'],
  state: ['AAT', 'ACT', 'NSW', 'NT', 'QLD', 'SA', 'TAS', 'VIC', 'WA', 'XXX', 'OTH'],
  flagType: Object.keys(FLAG_CATEGORIES),
  category: [...new Set(Object.values(FLAG_CATEGORIES))],
  nccdLevelOfAdjustment: NCCD_LEVELS,
  nccdCategory: NCCD_CATEGORIES,
  membershipType: ['01', '02', '03'],
  entryType: [ENTRY_ORIGINAL, ...ENTRY_TRANSFERS, '1835'],
  exitType: EXIT_TRANSFERS,
  employmentStatus: ['A', 'S', 'O'],
  ...Object.fromEntries(CONTACT_FLAGS.map((flag) => [flag, YES_NO])),
};

/** Code sets of fields inside lists: `phones[].type` and so on. */
export const NESTED_CODE_SETS: Readonly<Record<string, Readonly<Record<string, readonly string[]>>>> = {
  phones: { type: ['0096', '0350', '0359', '0370', '0400', '0426', '0437', '0448', '0478', '0486', '2364', '0888', '0887', '0889', '0777', '0779'] },
  emails: { type: ['01', '02', '03', '04', '05', '06', '07'] },
  publishingPermissions: { value: YES_NO },
};

/** Fields that hold 4-digit codes as strings: a lost leading zero shows here. */
export const FOUR_DIGIT_FIELDS = ['centreCode', 'attendedCentreCode', 'postcode', 'countryOfBirth', 'mainLanguageAtHome', 'country', 'schoolYear'] as const;
