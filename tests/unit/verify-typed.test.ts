import { describe, expect, test } from 'vitest';
import {
  RECORD_FORMAT,
  RECORD_FORMAT_VERSION,
  verificationCode,
  verifyLink,
  type CertifiedRecord,
} from '../../src/lib/certificate';
import {
  differsOnlyInAccentsOrCase,
  findPrintedName,
  foldName,
  readVerifyLink,
} from '../../src/components/completion/verify-typed';

const ISSUED: CertifiedRecord = {
  format: RECORD_FORMAT,
  formatVersion: RECORD_FORMAT_VERSION,
  certificateId: 'PWC-7K3M-9QXR-2D4F',
  learnerName: 'Nguyễn Thị Ánh',
  credentials: '',
  activityTitle: 'Posting with Care',
  organization: 'Example Spine Society',
  completedOn: '2026-11-29',
  scorePercent: 85,
  passMarkPercent: 80,
  activeMinutes: 143,
  creditStatement: 'This certificate of completion awards no CME credit.',
};

describe('readVerifyLink', () => {
  test('reads every field a certificate link carries', async () => {
    const link = verifyLink('https://course.example.org/verify/', ISSUED, await verificationCode(ISSUED));
    expect(readVerifyLink(new URL(link).hash)).toEqual({
      isLink: true,
      values: {
        certificateId: ISSUED.certificateId,
        code: await verificationCode(ISSUED),
        completedOn: '2026-11-29',
        scorePercent: '85',
        passMarkPercent: '80',
        activeMinutes: '143',
      },
    });
  });

  test('a fragment without an ID and a code is not a link', () => {
    expect(readVerifyLink('#verify-learnerName').isLink).toBe(false);
    expect(readVerifyLink('#id=PWC-7K3M-9QXR-2D4F').isLink).toBe(false);
    expect(readVerifyLink('').values).toEqual({});
  });
});

describe('foldName', () => {
  test('removes accents, stroked letters and capitals, and normalizes spacing', () => {
    expect(foldName('Nguyễn  Thị Ánh')).toBe('nguyen thi anh');
    expect(foldName('Đặng Łukasz Søren')).toBe('dang lukasz soren');
    expect(foldName('Пётр')).toBe('петр');
  });

  test('tells a difference in accents or case only from any other', () => {
    expect(differsOnlyInAccentsOrCase('Nguyen Thi Anh', 'Nguyễn Thị Ánh')).toBe(true);
    expect(differsOnlyInAccentsOrCase('NGUYỄN THỊ ÁNH', 'Nguyễn Thị Ánh')).toBe(true);
    expect(differsOnlyInAccentsOrCase('Nguyễn Thị Ánh', 'Nguyễn Thị Ánh')).toBe(false);
    expect(differsOnlyInAccentsOrCase('Nguyen Thi Anh', 'Nguyen Thi Ann')).toBe(false);
  });
});

describe('findPrintedName', () => {
  test('finds the printed name in the certificate’s own record when the name was typed without accents', async () => {
    const code = await verificationCode(ISSUED);
    const typed = { ...ISSUED, learnerName: 'Nguyen Thi Anh' };
    expect(await findPrintedName(typed, code, [ISSUED])).toBe('Nguyễn Thị Ánh');
    // Without the record, the accents cannot be known.
    expect(await findPrintedName(typed, code)).toBeNull();
  });

  test('finds the printed name when it was typed in other capitals, with no record needed', async () => {
    const code = await verificationCode(ISSUED);
    expect(await findPrintedName({ ...ISSUED, learnerName: 'NGUYỄN THỊ ÁNH' }, code)).toBe('Nguyễn Thị Ánh');
    expect(await findPrintedName({ ...ISSUED, learnerName: 'nguyễn thị ánh' }, code)).toBe('Nguyễn Thị Ánh');
  });

  test('finds a name printed without accents that was typed with them', async () => {
    const plain = { ...ISSUED, learnerName: 'Jose Nunez', credentials: 'MD, PhD' };
    const code = await verificationCode(plain);
    expect(await findPrintedName({ ...plain, learnerName: 'José Núñez' }, code)).toBe('Jose Nunez, MD, PhD');
  });

  test('a name that differs in more than accents or capitals is not found, nor is a record of another certificate', async () => {
    const code = await verificationCode(ISSUED);
    expect(await findPrintedName({ ...ISSUED, learnerName: 'Nguyen Thi Ann' }, code, [ISSUED])).toBeNull();
    const other = { ...ISSUED, certificateId: 'PWC-AAAA-BBBB-CCCC' };
    expect(await findPrintedName({ ...ISSUED, learnerName: 'Nguyen Thi Anh' }, code, [other])).toBeNull();
    // Another field altered: the printed name does not make the code either.
    expect(
      await findPrintedName({ ...ISSUED, learnerName: 'Nguyen Thi Anh', scorePercent: 95 }, code, [ISSUED]),
    ).toBeNull();
  });
});
