// What the benchmark requests and the targets of issue 6, in one place.

/** Page 3 of 10 students of the 10,000-student school, in seedhub's and json-server's terms. */
export const PAGE_PATH = '/qt_student/school-api/schools/0220/students?navigationPage=3&navigationPageSize=10';
export const JSON_SERVER_PAGE = '/students?_page=4&_limit=10';
export const JSON_SERVER_START = '/students?_start=30&_limit=10';

/** Page 0 and page 99,999 (size 10) of the 1,000,000-student school. */
export const MILLION_FIRST = '/qt_student/school-api/schools/0220/students?navigationPage=0&navigationPageSize=10';
export const MILLION_LAST = '/qt_student/school-api/schools/0220/students?navigationPage=99999&navigationPageSize=10';

export const TARGETS = {
  vsBaseline: 0.7,
  vsJsonServerPage: 5,
  lastPageVsFirst: 1.2,
  serverRssMb: 200,
  generateRecordsPerSecond: 50_000,
  fixtureOverheadPercent: 5,
};
