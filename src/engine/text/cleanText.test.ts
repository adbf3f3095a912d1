import { cleanText } from './cleanText';

describe('cleanText', () => {
  it('removes pasted markup but keeps Bengali digits and spelling', () => {
    expect(cleanText('**সংযোজনী ২: কর্মসম্পাদন ব্যবস্থাপনা ও প্রমাণক**')).toBe('সংযোজনী ২: কর্মসম্পাদন ব্যবস্থাপনা ও প্রমাণক');
    expect(cleanText('<b>ই-গভর্ন্যান্স</b>\n ও   উদ্ভাবন')).toBe('ই-গভর্ন্যান্স ও উদ্ভাবন');
    expect(cleanText('## সংযোজনী-১')).toBe('সংযোজনী-১');
    expect(cleanText('\\*সাময়িক (provisional) তথ্য')).toBe('*সাময়িক (provisional) তথ্য');
  });
  it('is empty for blanks and errors', () => {
    expect(cleanText(null)).toBe('');
    expect(cleanText({ error: '#REF!' })).toBe('');
    expect(cleanText(12)).toBe('12');
  });
});
