import type { SheetGrid } from '../grid/types';
import type { TableKind } from '../report/types';

/**
 * What recognition hands to the checks: where a table is, what each column means and what each row is.
 * All coordinates are 0-based sheet coordinates (not offsets into the grid arrays).
 */

/** The meaning of a column, matched from header text (see README "Header vocabulary"). */
export type ColumnRole =
  | 'serial' //               ক্রম / ক্রমিক নং
  | 'area' //                 কর্মসম্পাদনের ক্ষেত্র / কার্যক্রমের ক্ষেত্র
  | 'areaWeight' //           ক্ষেত্রের মান / মান (next to area)
  | 'activity' //             কার্যক্রম
  | 'indicator' //            কর্মসম্পাদন সূচক
  | 'method' //               গণনা পদ্ধতি
  | 'unit' //                 একক
  | 'weight' //               সূচকের মান
  | 'responsible' //          বাস্তবায়নের দায়িত্বপ্রাপ্ত ব্যক্তি/পদ
  | 'actual1' | 'actual2' //  প্রকৃত অর্জন (two past years)
  | 'tier100' | 'tier90' | 'tier80' | 'tier70' | 'tier60' // the five tiers
  | 'target' //               single annual target (লক্ষ্যমাত্রা)
  | 'rowLabel' //             integrity plans: the লক্ষ্যমাত্রা/অর্জন label column
  | 'projection1' | 'projection2'
  | 'q1' | 'q2' | 'q3' | 'q4'
  | 'halfYear' //             অর্ধবার্ষিক
  | 'annual' //               মোট অর্জন / বার্ষিক চূড়ান্ত অগ্রগতি
  | 'claimed' //              দাবীকৃত নম্বর / অর্জিত মান
  | 'remarks' //              মন্তব্য
  | 'text'; //                any other column of a text table

export type RowType =
  /** An indicator row that is scored (for integrity plans: the target row of a pair). */
  | 'indicator'
  /** Label rows that split a table ("এপিএ স্বাক্ষরকারী অফিসের কর্মসম্পাদনের ক্ষেত্র", "সুশাসন ও সংস্কারমূলক …"). */
  | 'section'
  /** Integrity group rows like "১. প্রাতিষ্ঠানিক ব্যবস্থা.....৬" carrying the group's weight. */
  | 'group'
  /** A header row repeated after a page break, or the column-numbering row (১ ২ ৩ …). */
  | 'repeat-header'
  /** A text row of a text table (acronyms, evidence …). */
  | 'text'
  /** A line under the table stating a total (মোট / সর্বমোট) or a net (নীট). */
  | 'total'
  | 'net';

/**
 * Integrity plans: the achievement row of a pair is not listed on its own; it is the `pairRow` of its
 * target row. Blank rows are never listed.
 */
export interface TableRow {
  type: RowType;
  /** 0-based sheet row. */
  row: number;
  /** Integrity plans: the achievement row paired with this target row (0-based sheet row). */
  pairRow?: number;
  /** Section rows: which half of Section 3 follows. */
  section?: 'own' | 'governance';
  /** Group rows: the weight read from the label ("…..৬" → 6), when stated. */
  groupWeight?: number | null;
  /** Total/net lines: the column holding the stated figure. */
  valueCol?: number;
  /** Indicator rows whose area and area weight came from a merged or blank cell above: the row that states them. */
  areaRow?: number;
  /** Total/net lines written in one cell ("মোট: ২৯.৫০", "নীট: ৬.০"): the figure follows the label in `valueCol`. */
  inline?: boolean;
  /** Total lines labelled সর্বমোট / Grand: may state the grand total over several tables (checked workbook-wide). */
  grand?: boolean;
}

/**
 * One part of a table: the body under its first header, or under a header repeated after a page break.
 * Each part reads its cells through its own header's column map, corrected by its body (see
 * reconcileColumns): a pasted PDF may repeat the header with columns in another order, or swap labels.
 */
export interface TablePart {
  /** First sheet row (0-based) this part covers; it runs to the next part's fromRow. */
  fromRow: number;
  columns: Partial<Record<ColumnRole, number>>;
  /**
   * How sure recognition is of the claimed-marks column: header and body agree ('certain'); the body decided
   * against the header ('from-body': claims are read there, fills are held back); the column under the
   * claimed header holds remarks text ('text': no claims are read, fills are held back).
   */
  claimed: 'certain' | 'from-body' | 'text';
  /** A column with no header right of the claimed column where some rows write their claim. */
  claimBeside?: number;
}

/** What recognition noticed about a table's layout, for one warning each (see checks/layoutFindings). */
export type LayoutNotice =
  /** The header names the claimed column at `headerCol`, the body writes the marks at `bodyCol`. */
  | { kind: 'swapped'; row: number; headerCol: number; bodyCol: number }
  /** The column under the claimed header holds remarks text, in `rows` rows. */
  | { kind: 'claimed-text'; row: number; col: number; rows: number }
  /** Claims written one column right of the claimed column (`col`), at these 0-based rows. */
  | { kind: 'claim-beside'; row: number; col: number; claimedCol: number; rows: number[] }
  /** An annex table without a title line (kind annex-plan): it feeds no Section 3 row until titled. */
  | { kind: 'untitled-annex'; row: number; col: number };

export interface RecognizedTable {
  sheet: SheetGrid;
  kind: TableKind;
  /** The title line above the table (trimmed), if one was found; it tells the annexes apart. */
  title: string | null;
  /** Extent, inclusive, header and total lines included. */
  top: number;
  left: number;
  bottom: number;
  right: number;
  /** The header rows (first header block only). */
  headerTop: number;
  headerBottom: number;
  /** role → 0-based sheet column. A role missing from the map is absent from the table. */
  columns: Partial<Record<ColumnRole, number>>;
  /** Every row of the body, in sheet order (header rows excluded, repeated headers included as 'repeat-header'). */
  rows: TableRow[];
  /** Tables whose tiers are five columns (2024-25) vs one target column (2023-24). */
  generation: 'five-tier' | 'single-target' | 'none';
  /**
   * Optional (added by recognition): the header text of each column (0-based sheet column → the header
   * rows' texts joined with " / ", merged text spread), for reports and for text-table columns that
   * share the single role 'text'.
   */
  columnHeaders?: Record<number, string>;
  /** Optional: the table's parts in row order (absent: one part, `columns`, claimed column certain). */
  parts?: TablePart[];
  /** Optional: layout problems recognition worked around, reported as one warning each. */
  notices?: LayoutNotice[];
}
