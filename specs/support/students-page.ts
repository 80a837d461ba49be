// A tiny app page for browser specs: it fetches students from a hub and renders a table.

/** HTML that lists school `centreCode`'s first `size` students from the hub at `hubBase`. */
export function studentsPage(hubBase: string, centreCode: string, size = 10): string {
  return `<!doctype html>
<html><head><title>Students</title></head>
<body>
<h1>Students of ${centreCode}</h1>
<table id="students"><thead><tr><th>Enrolment ID</th><th>Given name</th><th>Family name</th><th>Year</th></tr></thead><tbody></tbody></table>
<p id="status">loading</p>
<script>
  fetch(${JSON.stringify(`${hubBase}/qt_student/school-api/schools/${centreCode}/students?navigationPageSize=${size}`)})
    .then((response) => response.json())
    .then((body) => {
      const rows = body.data.map((s) => '<tr><td>' + s.enrolmentId + '</td><td>' + s.givenName + '</td><td>' + s.familyName + '</td><td>' + s.yearLevel + '</td></tr>');
      document.querySelector('#students tbody').innerHTML = rows.join('');
      document.querySelector('#status').textContent = body.navigation.totalRecords + ' students';
    })
    .catch((error) => { document.querySelector('#status').textContent = 'failed: ' + error; });
</script>
</body></html>`;
}

/** The rows a page's table should show for these students. */
export const expectedRows = (students: Record<string, unknown>[]) =>
  students.map((s) => [s.enrolmentId, s.givenName, s.familyName, s.yearLevel].map(String));
