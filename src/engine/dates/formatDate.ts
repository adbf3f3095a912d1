import { toBengaliDigits } from '../numerals/digits';
import { ymdFromSerial } from './serial';

/** A serial as clerks write dates: dd/mm/yyyy in Bengali digits ("৩১/০৭/২০২৪"). '' for non-finite input. */
export function formatDateBn(serial: number): string {
  if (typeof serial !== 'number' || !Number.isFinite(serial)) return '';
  const { y, m, d } = ymdFromSerial(serial);
  return toBengaliDigits(`${pad(d)}/${pad(m)}/${y}`);
}

function pad(n: number): string {
  return n < 10 ? '0' + n : String(n);
}
