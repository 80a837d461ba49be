// Which SIF AU code set each coded field draws from, by the field's name wherever it
// appears: the consistency rules check values against the whole set (so a hub that uses
// other valid codes passes), and the OpenAPI document lists each set as an enum.
import type { CodeSetName } from './sif-codesets.ts';

const YES_NO: CodeSetName = 'YesOrNoCategory';
const SACC: CodeSetName = 'StandardAustralianClassificationOfCountriesSACC';

/** Top-level fields. */
export const FIELD_CODE_SETS: Readonly<Record<string, CodeSetName>> = {
  sex: 'SexCode',
  yearLevel: 'YearLevelCode',
  indigenousStatus: 'IndigenousStatus',
  countryOfBirth: SACC,
  country: SACC,
  mainLanguageAtHome: 'AustralianStandardClassificationOfLanguagesASCL',
  lbote: YES_NO,
  timeFrame: 'EnrollmentTimeFrame',
  ftptStatus: 'FTPTStatusCode',
  relationshipCode: 'RelationshipToStudent',
  employmentType: 'EmploymentType',
  schoolEducationLevel: 'SchoolEducationLevelType',
  nonSchoolEducation: 'NonSchoolEducation',
  contactMethod: 'ContactMethod',
  addressType: 'AddressType',
  addressRole: 'AddressRole',
  state: 'StateTerritoryCode',
  category: 'WellbeingAlertCategory',
  code: 'WellbeingCharacteristicSubCategory',
  nccdLevelOfAdjustment: 'NCCDAdjustment',
  nccdCategory: 'NCCDDisability',
  membershipType: 'SchoolEnrollmentType',
  entryType: 'EntryType',
  exitType: 'ExitWithdrawalType',
  exitStatus: 'ExitWithdrawalStatus',
  employmentStatus: 'StaffStatus',
  pictureType: 'PictureSource',
  schoolType: 'SchoolLevel',
  parentLegalGuardian: YES_NO,
  livesWith: YES_NO,
  hasCustody: YES_NO,
  pickupRights: YES_NO,
  accessToRecords: YES_NO,
  receivesAssessmentReport: YES_NO,
  feesBilling: YES_NO,
  familyMail: YES_NO,
  emergencyContact: YES_NO,
  interventionOrder: YES_NO,
  mainlySpeaksEnglishAtHome: YES_NO,
  primaryAssignment: YES_NO,
  casualReliefTeacher: YES_NO,
  availableForTimetable: YES_NO,
  okToPublish: YES_NO,
  ealdSupport: YES_NO,
  enrolmentRestricted: YES_NO,
};

/** Fields of the objects inside list fields: `phones[].type` and so on. */
export const NESTED_CODE_SETS: Readonly<Record<string, Readonly<Record<string, CodeSetName>>>> = {
  phones: { type: 'TelephoneNumberType' },
  emails: { type: 'EmailType' },
  publishingPermissions: { category: 'PermissionCategoryCode', value: YES_NO },
  subjects: { kla: 'ACStrand' },
  teachingGroups: { kla: 'ACStrand' },
};

/** Fields that hold 4-digit codes as strings: a lost leading zero shows here. */
export const FOUR_DIGIT_FIELDS = ['centreCode', 'attendedCentreCode', 'postcode', 'countryOfBirth', 'mainLanguageAtHome', 'country', 'schoolYear'] as const;
