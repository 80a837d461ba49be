import { expect, test } from '@playwright/test';
import { createDataset, createHandler, HubServer } from 'seedhub/core';
import { crawl, ENDPOINTS, endpoint, type PageBody } from '../support/requests.ts';

test.describe('the node:http server', () => {
  let server: HubServer;
  test.beforeAll(async () => {
    server = await HubServer.start(createHandler(createDataset()), { port: 0 });
  });
  test.afterAll(async () => {
    await server.close();
  });

  test('binds 127.0.0.1 on a free port', () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(server.port).toBeGreaterThan(0);
  });

  test('all 36 school × endpoint combinations at page size 7 have consistent IDs', async () => {
    const read = async (path: string) => {
      const response = await fetch(`${server.url}${path}`);
      expect(response.status).toBe(200);
      return (await response.json()) as PageBody;
    };
    const seenStudents = new Set<unknown>();
    const seenStaff = new Set<unknown>();
    let combinations = 0;
    for (const code of ['4650', '1690', '9743', '0220']) {
      const students = (await crawl(read, endpoint(ENDPOINTS[0], code), 7)).records;
      const staff = (await crawl(read, endpoint(ENDPOINTS[7], code), 7)).records;
      const studentIds = new Set(students.map((s) => s.enrolmentId));
      const staffIds = new Set(staff.map((s) => s.staffId));
      expect(studentIds.size).toBe(50);
      expect(staffIds.size).toBe(10);
      for (const id of studentIds) expect(seenStudents.has(id)).toBe(false);
      for (const id of staffIds) expect(seenStaff.has(id)).toBe(false);
      studentIds.forEach((id) => seenStudents.add(id));
      staffIds.forEach((id) => seenStaff.add(id));
      for (const template of ENDPOINTS) {
        combinations++;
        const { records, navigations } = await crawl(read, endpoint(template, code), 7);
        const total = navigations[0]!.totalRecords;
        expect(records).toHaveLength(total);
        expect(navigations.every((n) => n.totalRecords === total && n.totalPages === Math.ceil(total / 7))).toBe(true);
        const [idField, known] = template.startsWith('qt_staff') ? ['staffId', staffIds] : ['enrolmentId', studentIds];
        expect(records.filter((r) => !known.has(r[idField]) || r.centreCode !== code)).toEqual([]);
      }
    }
    expect(combinations).toBe(36);
  });

  test('the bytes over HTTP are the bytes of the handler', async () => {
    const handle = createHandler(createDataset());
    for (const path of ['/', '/qt_student/school-api/schools/0220/parents?navigationPage=2&navigationPageSize=9', '/qt_student/school-api/schools/220/parents', '/x?navigationPage=-1']) {
      const response = await fetch(`${server.url}${path}`);
      const expected = handle({ method: 'GET', url: path });
      expect(response.status).toBe(expected.status);
      expect(response.headers.get('content-type')).toBe(expected.headers['content-type']);
      expect(await response.text()).toBe(expected.body);
    }
  });

  test('bad client input never gets a 5xx', async () => {
    const paths = [
      '/qt_student/school-api/schools/%E0%A4%A/students', '/qt_student/school-api/schools/../students', '/%00',
      '/qt_student/school-api/schools/1690/students?navigationPage=%FF', '/qt_student/school-api/schools/1690/students?navigationPage[]=1',
      `/qt_student/school-api/schools/1690/students?${'a=1&'.repeat(500)}`, '/qt_student/school-api/schools//students', '/?navigationPage=x',
    ];
    for (const path of paths) {
      const response = await fetch(`${server.url}${path}`);
      expect(response.status, path).toBeLessThan(500);
    }
    for (const method of ['POST', 'DELETE', 'PUT']) {
      const response = await fetch(`${server.url}/qt_staff/school-api/schools/1690/staff`, { method, body: 'x'.repeat(100_000) });
      expect(response.status).toBe(405);
      expect(response.headers.get('allow')).toBe('GET, HEAD, OPTIONS');
    }
  });
});

test('close() is safe to call twice, and the port is free afterwards', async () => {
  const server = await HubServer.start(createHandler(createDataset({ schools: 1 })));
  await server.close();
  await server.close();
  await expect(fetch(`${server.url}/`)).rejects.toThrow();
});
