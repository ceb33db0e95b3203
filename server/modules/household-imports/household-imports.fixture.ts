import ExcelJS from 'exceljs';
import { idNumberChecksum } from '../../../contracts/identity.ts';
import { importFields, type ImportField } from '../../../contracts/household-imports.ts';

export const templateHeader = importFields.map((f) => f.header);

export function idOf(first17: string): string {
  return `${first17}${idNumberChecksum(first17)}`;
}

/** A ledger row with sensible values; `values` overrides any field. */
export function ledgerRow(code: string, villageCode: string, person: { name: string; relation: string; first17: string; householder: string }, values: Partial<Record<ImportField, string>> = {}): Record<ImportField, string> {
  const id = idOf(person.first17);
  return {
    code,
    divisionCode: villageCode,
    countyName: '',
    townshipName: '',
    villageName: '',
    group: '一组',
    householderName: person.householder,
    relation: person.relation,
    name: person.name,
    gender: Number(id[16]) % 2 === 1 ? '男' : '女',
    idNumber: id,
    ethnicity: '彝族',
    birthDate: '',
    health: '健康',
    disabilityGrade: '',
    labourAbility: '普通劳动力',
    schooling: '初中',
    inSchool: '否',
    workingAway: '否',
    workPlace: '',
    medicalInsured: '是',
    pensionInsured: '是',
    phone: '',
    attribute: '一般贫困户',
    status: '已脱贫',
    mainCause: '因病',
    secondaryCauses: '缺技术；缺资金',
    identifiedYear: '2016',
    exitedYear: '2019',
    monitoringType: '',
    housingGrade: 'B级',
    relocated: '否',
    relocationSite: '',
    wage: '12000',
    business: '3000',
    property: '0',
    transfer: '1800',
    incomeYear: '2025',
    ...values,
  };
}

/** A workbook with the given header titles and rows in that order; ID numbers are text cells. */
export async function ledgerWorkbook(rows: Record<string, string>[], header: readonly string[] = templateHeader, fields: readonly ImportField[] = importFields.map((f) => f.key), titleRows: string[] = []): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('台账');
  for (const title of titleRows) sheet.addRow([title]);
  sheet.addRow([...header]);
  for (const row of rows) sheet.addRow(fields.map((f) => row[f] ?? ''));
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** A multipart body with the file first and text fields after it, as browsers send a form. */
export function multipartForm(fileName: string, data: Buffer, fields: Record<string, string> = {}): { payload: Buffer; contentType: string } {
  const boundary = '----zhucun-import-boundary';
  const parts: Buffer[] = [
    Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${fileName}"\r\nContent-Type: application/octet-stream\r\n\r\n`),
    data,
    Buffer.from('\r\n'),
  ];
  for (const [name, value] of Object.entries(fields)) {
    parts.push(Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`));
  }
  parts.push(Buffer.from(`--${boundary}--\r\n`));
  return { payload: Buffer.concat(parts), contentType: `multipart/form-data; boundary=${boundary}` };
}

/** The template's own mapping: each column to its field, header on row 1. */
export function templateMapping(): string {
  return JSON.stringify({ headerRow: 1, columns: importFields.map((f) => f.key) });
}
