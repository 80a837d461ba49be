// The README's quick start, verbatim.
import { test, expect } from 'seedhub';
test.use({ schools: 4 });
test('lists students', async ({ hub, request }) => expect((await (await request.get(hub.url('/qt_student/school-api/schools/0220/students'))).json()).data).toEqual(hub.students('0220')));
