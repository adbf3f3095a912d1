import { normalizeText } from './normalizeText';

describe('normalizeText', () => {
  it('folds markup, spaces and newlines pasted from Word and PDF', () => {
    expect(normalizeText('<b>এপিএ স্বাক্ষরকারী   অফিসের</b>')).toBe('এপিএ স্বাক্ষরকারি অফিসের');
    expect(normalizeText('**সেকশন ২**  ')).toBe('সেকশন 2');
    expect(normalizeText('কর্মসম্পাদন\nসূচক')).toBe('কর্মসম্পাদন সুচক');
    expect(normalizeText('\\*সাময়িক (provisional) তথ্য')).toBe('সাময়িক provisional তথ্য');
  });
  it('turns Bengali digits into ASCII and keeps % as a token', () => {
    expect(normalizeText('১ম কোয়ার্টার')).toBe('1ম কোয়ার্টার');
    expect(normalizeText('অসাধারণ ১০০%')).toBe('অসাধারণ 100 %');
    expect(normalizeText('১০০%')).toBe('100 %');
    expect(normalizeText(0.5)).toBe('0 5');
  });
  it('folds spelling variants clerks treat as the same word', () => {
    expect(normalizeText('দাবীকৃত নম্বর')).toBe(normalizeText('দাবিকৃত নম্বর'));
    expect(normalizeText('ক্রমপুঞ্জীভূত')).toBe(normalizeText('ক্রমপুঞ্জিভূত'));
    // য় typed as one code point or as য + nukta
    expect(normalizeText('\u09DF')).toBe(normalizeText('\u09AF\u09BC'));
  });
  it('treats punctuation as word breaks and lowercases English', () => {
    expect(normalizeText('লক্ষ্যমাত্রা/ অর্জন')).toBe('লক্ষ্যমাত্রা অর্জন');
    expect(normalizeText('Target/Criteria Value')).toBe('target criteria value');
    expect(normalizeText('অর্ধবার্ষিক অগ্রগতি (১ম+২য়)')).toBe('অর্ধবার্ষিক অগ্রগতি 1ম 2য়');
  });
  it('folds blanks, booleans and Excel errors to empty text', () => {
    expect(normalizeText(null)).toBe('');
    expect(normalizeText('   ')).toBe('');
    expect(normalizeText({ error: '#N/A' })).toBe('');
    expect(normalizeText(true)).toBe('');
  });
});
