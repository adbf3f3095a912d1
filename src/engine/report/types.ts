/**
 * What the engine says about a workbook. The JSON report of `apa-check --json` is exactly these shapes
 * (see README "Report contract"): add fields, never rename them.
 */

export type TableKind =
  | 'performance-plan'
  | 'outcomes'
  | 'acronyms'
  | 'evidence'
  | 'linked-indicators'
  | 'action-plan'
  | 'integrity-plan'
  | 'e-governance-plan'
  | 'grievance-plan'
  | 'citizen-charter-plan'
  | 'rti-plan'
  /** A table with the annex columns but no title and no annex words: scored, feeds no Section 3 row. */
  | 'annex-plan';

export type RuleId =
  | 'total-mismatch'
  | 'half-year-mismatch'
  | 'quarter-targets-mismatch'
  | 'claimed-mismatch'
  | 'claimed-over-weight'
  | 'weight-sum'
  | 'tier-order'
  | 'unit-unknown'
  | 'bad-value'
  | 'sum-mismatch'
  | 'net-mismatch';

export type Severity = 'error' | 'warning';

/** A sentence for the clerk, in both languages. */
export interface Bilingual {
  bn: string;
  en: string;
}

export interface Finding {
  sheet: string;
  /** A1 address of the cell to fix. */
  cell: string;
  /** 1-based sheet row. */
  row: number;
  rule: RuleId;
  severity: Severity;
  /** "বাংলা / English", as the report contract shows. */
  message: string;
  /** The two halves of `message`, for a UI that shows one language. */
  messages: Bilingual;
  /** Findings on an indicator row: the row's indicator label, as in `rows[].indicator` ("[১.২.১]"). */
  indicator?: string;
}

export interface RowReport {
  /** 1-based sheet row of the indicator (integrity plans: its target row). */
  row: number;
  /** The indicator's label as written ("[১.১.১]" or the indicator text when it has no number). */
  indicator: string;
  weight: number | null;
  /** Marks the engine computes; null where the row does not apply. */
  computed: number | null;
  /** Marks the sheet states; null where blank. */
  claimed: number | null;
  /** A1 address of the claimed-marks cell, when the table has that column. */
  claimedCell?: string | null;
  /** Annual figure derived from the quarters (number, or date serial for date units), when computable. */
  annual?: number | null;
  /** The table section the row belongs to (Section 3: "own" 70 / "governance" 30). */
  section?: 'own' | 'governance';
  /** The indicator's text without its code ("[১.১.১]" is `indicator`), when it has more than the code. */
  text?: string;
  /**
   * "Why these marks": the working in words and figures, ending with `computed`
   * ("৭০০: উত্তম ৬৪০ ও অতি উত্তম ৭২০-এর মাঝে → ৮৭.৫% × ৫ = ৪.৩৭৫"); for a row without marks, why not.
   */
  why?: Bilingual;
  /** Five-tier rows: the tier the achievement reaches (অসাধারণ … চলতি মানের নিম্নে); absent below every tier. */
  tier?: Bilingual;
  /** The achievement as scored, written for display ("৭০০", "৮৭.৫%", "৩১/০৭/২০২৪"). */
  achievement?: Bilingual;
}

/** Section 3: one performance area (কর্মসম্পাদনের ক্ষেত্র) and the marks its indicators earned. */
export interface AreaReport {
  /** The area's text as written ("[১] মান সম্পন্ন শিক্ষা …"). */
  label: string;
  section?: 'own' | 'governance';
  /** 1-based sheet row stating the area. */
  row: number;
  /** Sum of the computed marks of its indicators. */
  obtained: number;
  /** Sum of its applicable indicator weights. */
  max: number;
  /** The area weight the table states (ক্ষেত্রের মান), when readable. */
  weight: number | null;
}

export interface TableReport {
  sheet: string;
  kind: TableKind;
  /** The table's extent in A1 notation. */
  range: string;
  /** Scored indicator rows (empty for text tables). */
  rows: RowReport[];
  /** Sum of computed marks (null for text tables). */
  total: number | null;
  /** Sum of applicable weights (null for text tables). */
  max: number | null;
  /** Annexes: total ÷ max × Section 3 weight; null for Section 3 and text tables. */
  net: number | null;
  /** The title line found above the table, if any. */
  title?: string | null;
  /** Section 3 tables: the office's score (own areas + governance), computed once here. */
  score?: OfficeScore;
  /** Section 3 tables: marks per performance area, in table order. */
  areas?: AreaReport[];
  /** Annexes: the Section 3 weight the net is out of (null when the annex feeds no Section 3 row). */
  netMax?: number | null;
  /** Annexes: the net worked out ("নীট = ২৯.৫ ÷ ৫০ × ১০ = ৫.৯"). */
  netWhy?: Bilingual;
}

/**
 * The office's score out of 100 (apa-rules "Weights and totals"): own areas (of 70) plus governance (of 30).
 * Governance comes from the Section 3 governance rows (`basis: 'rows'`), or, when the table has none, from
 * the workbook's annex nets (`basis: 'annex-nets'`); `basis: null` when there is no governance part at all.
 * A workbook of annexes alone has a governance part only (own and ownMax null).
 */
export interface OfficeScore {
  own: number | null;
  ownMax: number | null;
  governance: number | null;
  governanceMax: number | null;
  total: number;
  max: number;
  basis: 'rows' | 'annex-nets' | null;
}

/** One office found in the workbook: a Section 3 table, or the annexes alone when there is none. */
export interface OfficeReport {
  /** The Section 3 table's sheet and range; for annexes alone, the first annex's sheet and a null range. */
  sheet: string;
  range: string | null;
  score: OfficeScore;
}

/** One blank claimed-marks cell the engine would fill. */
export interface Fill {
  sheet: string;
  /** A1 address; the cell was blank (no value, no formula) when the grid was read. */
  cell: string;
  /** 0-based sheet row and column of `cell` (adapters index with them; reports show `cell`). */
  row: number;
  col: number;
  /** Computed marks, rounded as the table writes them. */
  marks: number;
  /** What to write: Bengali-digit text where the table writes Bengali digits, else the number. */
  value: string | number;
}

export interface Analysis {
  /** The office's name from the document's title lines (analyze/officeName.ts), null when none is plausible. */
  office?: string | null;
  tables: TableReport[];
  findings: Finding[];
  fills: Fill[];
  /**
   * The offices' scores: one per Section 3 table (a workbook may hold several offices), or one built from
   * the annex nets alone when there is no Section 3. Empty when no table is scored.
   */
  offices?: OfficeReport[];
  /** The workbook's score when it holds exactly one office (the figure every surface shows), else null. */
  score?: OfficeScore | null;
  /** Blank claimed cells not filled because their column's role is not certain (header and body disagree). */
  fillsHeld?: FillsHeld[];
}

export interface FillsHeld {
  sheet: string;
  /** The table's range. */
  range: string;
  /** How many blank claimed cells would have been filled. */
  cells: number;
  reason: Bilingual;
}

export type TierRule = 'interpolate' | 'step';

export interface AnalyzeOptions {
  /** How marks between two tiers are computed; interpolation is the default. */
  tiers?: TierRule;
}
