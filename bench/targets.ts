// What the benchmark asks of seedhub (issue 13) and the requests it makes, in one place.
import type { HubOptions } from '../dist/core.js';

/** One school (0220) of 1,000,000 students. */
export const MILLION: HubOptions = { schools: ['0220'], studentsPerSchool: 1_000_000 };

/** Page `page` (size 10) of the 1,000,000-student school. */
export const millionPage = (page: number) => `/qt_student/school-api/schools/0220/students?navigationPage=${page}&navigationPageSize=10`;

/** The page the "same page again and again" row asks for (the default hub's school 4650). */
export const SAME_PAGE = '/qt_student/school-api/schools/4650/students?navigationPage=3&navigationPageSize=10';

export const TARGETS = {
  /** 1. Random pages of sizes 1..100 over every endpoint, vs a bare server holding every answer. */
  randomVsBare: 0.7,
  /** 2. Random pages of 10 in a 1,000,000-student school. */
  millionRequestsPerSecond: 5_000,
  millionVsBare: 0.1,
  /** 3. Node-side interception vs a loopback server in the same process. */
  interceptVsLoopback: 0.8,
  /** 4. `seedhub serve` to its first answer, and idle. */
  startupMs: 150,
  idleRssMb: 80,
  /** 5. `seedhub generate` on every core. */
  generateSpeedup: 1.8,
  generateRecordsPerSecond: 50_000,
  generatePeakRssMb: 200,
} as const;
