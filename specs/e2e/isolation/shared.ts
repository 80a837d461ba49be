// The isolation tests, run for one hub configuration per file.
import { expect, test } from 'seedhub';

export function isolationTests(expected: { seed: string; schools: string[] }) {
  for (let i = 0; i < 6; i++) {
    test(`test ${i} sees only its own hub and requests`, async ({ hub, hubServerURL, request }, testInfo) => {
      const index = (await (await request.get(hub.url('/'))).json()) as { seed: string; schools: { centreCode: string }[] };
      expect(index.seed).toBe(expected.seed);
      expect(index.schools.map((s) => s.centreCode)).toEqual(expected.schools);
      const code = expected.schools[i % expected.schools.length]!;
      const page = await request.get(hub.url(`/qt_student/school-api/schools/${code}/students?navigationPage=${i}&navigationPageSize=3`));
      expect(((await page.json()) as { data: unknown[] }).data).toEqual(hub.students(code).slice(i * 3, i * 3 + 3));
      // Give the other workers time to make their requests while this test is still running.
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(hub.requests.map((r) => r.url)).toEqual(['/', `/qt_student/school-api/schools/${code}/students?navigationPage=${i}&navigationPageSize=3`]);
      testInfo.annotations.push({ type: 'hub', description: JSON.stringify({ worker: testInfo.workerIndex, baseURL: hub.baseURL, serverURL: hubServerURL, seed: hub.seed }) });
    });
  }
}
