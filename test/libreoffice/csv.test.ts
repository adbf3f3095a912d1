import { parseCsv } from './csv';

// The LibreOffice round trip reads Calc's CSV with this parser: it must not shift a column on quotes,
// commas or line breaks inside Bengali text.
describe('parseCsv', () => {
  test('quoted fields with commas, doubled quotes and line breaks', () => {
    const text = '\ufeffসেকশন ৩,,"কার্যক্রম, সূচক"\r\n"বলা ""হয়""","প্রথম\nদ্বিতীয়",১২.৫\n,,\n';
    expect(parseCsv(text)).toEqual([
      ['সেকশন ৩', '', 'কার্যক্রম, সূচক'],
      ['বলা "হয়"', 'প্রথম\nদ্বিতীয়', '১২.৫'],
      ['', '', ''],
    ]);
  });

  test('a last line without a newline is kept', () => {
    expect(parseCsv('a,b\nc,d')).toEqual([['a', 'b'], ['c', 'd']]);
  });
});
