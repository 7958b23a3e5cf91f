/** The training form's starting values from what was read on a certificate. */
import { expect, test } from 'vitest';
import { valuesFromCertificate } from '../../src/ui/record/training-values';
import { extractCertificateFields } from '../../src/domain/certificate-text';
import { loadFramework } from '../../src/frameworks/registry';

test('a catalogue course is linked, the read fields are marked, the hours read win over the course length', async () => {
  const solihull = await loadFramework('solihull');
  const fields = extractCertificateFields(
    'Solihull Safeguarding Children Partnership\nCertificate of Attendance\nName: Jo Bloggs\nTraining: Neglect- Domestic Abuse (Module 6b)\nDate: 07/03/2026\nTime: 09:30 - 16:30, including a 1 hour lunch break',
  );
  const v = valuesFromCertificate('cert-id', fields, solihull, 'solihull');
  expect(v).toMatchObject({
    fromCertificate: 'cert-id',
    source: 'framework',
    courseId: 'solihull-module-6b',
    title: 'Module 6b Neglect- Domestic Abuse',
    providerName: 'Solihull Safeguarding Children Partnership',
    providerKind: 'partnership',
    startDate: '2026-03-07',
    endDate: '2026-03-07',
    multiDay: false,
    hours: '6',
    nameOnCertificate: 'Jo Bloggs',
  });
  expect(v.unconfirmed).toEqual(['courseId', 'title', 'providerName', 'startDate', 'hours']);
});

test('a date the certificate does not settle is left empty (not today), and nothing unread is marked', async () => {
  const solihull = await loadFramework('solihull');
  const fields = extractCertificateFields('Course: Paediatric First Aid\nAttended on 12/01/2026\nCompleted on 19/02/2026');
  const v = valuesFromCertificate('c', fields, solihull, 'solihull');
  expect(v).toMatchObject({ source: 'external', title: 'Paediatric First Aid', startDate: '', endDate: '' });
  expect(v.hours).toBeUndefined();
  expect(v.unconfirmed).toEqual(['title']);
});

test('nothing read: the certificate is still attached, nothing marked', () => {
  expect(valuesFromCertificate('c', null, null, '')).toEqual({ fromCertificate: 'c', source: 'external', unconfirmed: [] });
});
