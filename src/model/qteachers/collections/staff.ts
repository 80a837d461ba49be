// Staff-side collections: /qt_staff/.../staff and /qt_staff/.../photos.
import type { CollectionSpec } from '../../types.ts';
import { owner, project } from './project.ts';
import { photoFields } from './students.ts';

export const staff: CollectionSpec = {
  api: 'staff',
  path: 'staff',
  owner: 'staff',
  fields: {
    ...project(owner, [
      'refId', 'title', 'familyName', 'givenName', 'preferredGivenName', 'sex', 'positionTitle', 'employmentStatus',
      'jobFte', 'jobStartDate', 'primaryAssignment', 'casualReliefTeacher', 'availableForTimetable', 'yearLevels',
      'subjects', 'homegroup', 'teachingGroups', 'email', 'workPhone',
    ]),
    schoolInfoRefId: ({ school }) => school.refId,
  },
};

export const staffPhotos: CollectionSpec = {
  api: 'staff',
  path: 'photos',
  owner: 'staff',
  fields: photoFields('StaffPersonal', 'staffId', 'staffPersonalRefId'),
};
