//! Small-cell suppression for the observatory (issue 17): a figure about fewer than
//! [`THRESHOLD`] persons or acts is never shown, and neither is any figure that would let
//! one be worked out again from a total. Pure: the same table in, the same cells out, for
//! pages, CSV and print alike.
//!
//! The rule, applied to a table of counts with its row totals, column totals and grand
//! total:
//! 1. **Primary:** a count from 1 to `THRESHOLD - 1` is hidden (zero reveals nobody and is
//!    shown), totals included.
//! 2. **Secondary:** in any row or column whose total is shown, a hidden count must never be
//!    alone among the hidden ones, nor hidden only beside zeros: the line total minus the
//!    shown counts would give it back. Another count of that line is hidden too — the
//!    smallest non-zero shown one, so that as little as possible is lost — or, when there
//!    is none, the line's total. This is repeated until nothing changes, because hiding a
//!    count in a row can leave one alone in its column.

/// The smallest count shown.
pub const THRESHOLD: u64 = 5;

/// One figure as it may be published.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Cell {
    Shown(u64),
    /// From 1 to 4: published as "< 5".
    Small,
    /// Five or more, hidden so that a small one cannot be worked out: published as
    /// "hidden", never as "< 5" (which would be untrue).
    Masked,
}

impl Cell {
    pub fn is_hidden(self) -> bool {
        !matches!(self, Cell::Shown(_))
    }

    pub fn shown(self) -> Option<u64> {
        match self {
            Cell::Shown(n) => Some(n),
            _ => None,
        }
    }
}

/// A table ready to publish: every cell, every total, suppressed as the rule says.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Published {
    pub cells: Vec<Vec<Cell>>,
    pub row_totals: Vec<Cell>,
    pub column_totals: Vec<Cell>,
    pub total: Cell,
}

fn sensitive(n: u64) -> bool {
    n > 0 && n < THRESHOLD
}

/// Suppresses a table of counts (rows of equal length; a ragged row is padded with
/// zeros). Totals are computed here from the counts, never typed.
pub fn publish(counts: &[Vec<u64>]) -> Published {
    let width = counts.iter().map(Vec::len).max().unwrap_or(0);
    let rows: Vec<Vec<u64>> = counts
        .iter()
        .map(|r| {
            let mut r = r.clone();
            r.resize(width, 0);
            r
        })
        .collect();
    let row_sum: Vec<u64> = rows.iter().map(|r| r.iter().sum()).collect();
    let col_sum: Vec<u64> = (0..width)
        .map(|c| rows.iter().map(|r| r[c]).sum())
        .collect();
    let grand: u64 = row_sum.iter().sum();

    let mut hidden: Vec<Vec<bool>> = rows
        .iter()
        .map(|r| r.iter().map(|n| sensitive(*n)).collect())
        .collect();
    let mut row_hidden: Vec<bool> = row_sum.iter().map(|n| sensitive(*n)).collect();
    let mut col_hidden: Vec<bool> = col_sum.iter().map(|n| sensitive(*n)).collect();
    let mut grand_hidden = sensitive(grand);

    // A line: its counts (value, hidden?) and whether its total is hidden. Returns the
    // index of the count to hide (Some(i)), or None to hide the total, when the line
    // would give a hidden count back; Ok(()) when it is safe.
    fn fix(line: &[(u64, bool)], total_hidden: bool) -> Result<(), Option<usize>> {
        if total_hidden {
            return Ok(());
        }
        let hidden: Vec<usize> = (0..line.len()).filter(|i| line[*i].1).collect();
        let hidden_nonzero = hidden.iter().filter(|i| line[**i].0 > 0).count();
        if hidden.is_empty() || hidden_nonzero >= 2 || hidden_nonzero == 0 {
            return Ok(());
        }
        // One non-zero hidden count (possibly beside hidden zeros): hide the smallest
        // non-zero shown count of the line, else the total.
        let candidate = (0..line.len())
            .filter(|i| !line[*i].1 && line[*i].0 > 0)
            .min_by_key(|i| (line[*i].0, *i));
        Err(candidate)
    }

    loop {
        let mut changed = false;
        for (r, row) in rows.iter().enumerate() {
            let line: Vec<(u64, bool)> =
                row.iter().copied().zip(hidden[r].iter().copied()).collect();
            match fix(&line, row_hidden[r]) {
                Ok(()) => {}
                Err(Some(c)) => {
                    hidden[r][c] = true;
                    changed = true;
                }
                Err(None) => {
                    row_hidden[r] = true;
                    changed = true;
                }
            }
        }
        for c in 0..width {
            let line: Vec<(u64, bool)> = rows
                .iter()
                .zip(&hidden)
                .map(|(row, h)| (row[c], h[c]))
                .collect();
            match fix(&line, col_hidden[c]) {
                Ok(()) => {}
                Err(Some(r)) => {
                    hidden[r][c] = true;
                    changed = true;
                }
                Err(None) => {
                    col_hidden[c] = true;
                    changed = true;
                }
            }
        }
        // The totals are a line of their own: the grand total minus the shown row totals
        // (or column totals) would give a hidden one back.
        let rline: Vec<(u64, bool)> = row_sum
            .iter()
            .copied()
            .zip(row_hidden.iter().copied())
            .collect();
        match fix(&rline, grand_hidden) {
            Ok(()) => {}
            Err(Some(r)) => {
                row_hidden[r] = true;
                changed = true;
            }
            Err(None) => {
                grand_hidden = true;
                changed = true;
            }
        }
        let cline: Vec<(u64, bool)> = col_sum
            .iter()
            .copied()
            .zip(col_hidden.iter().copied())
            .collect();
        match fix(&cline, grand_hidden) {
            Ok(()) => {}
            Err(Some(c)) => {
                col_hidden[c] = true;
                changed = true;
            }
            Err(None) => {
                grand_hidden = true;
                changed = true;
            }
        }
        if !changed {
            break;
        }
    }

    let cell = |n: u64, h: bool| match (sensitive(n), h) {
        (true, _) => Cell::Small,
        (false, true) => Cell::Masked,
        (false, false) => Cell::Shown(n),
    };
    Published {
        cells: rows
            .iter()
            .zip(&hidden)
            .map(|(r, h)| r.iter().zip(h).map(|(n, h)| cell(*n, *h)).collect())
            .collect(),
        row_totals: row_sum
            .iter()
            .zip(&row_hidden)
            .map(|(n, h)| cell(*n, *h))
            .collect(),
        column_totals: col_sum
            .iter()
            .zip(&col_hidden)
            .map(|(n, h)| cell(*n, *h))
            .collect(),
        total: cell(grand, grand_hidden),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn shown(p: &Published) -> Vec<Vec<Option<u64>>> {
        p.cells
            .iter()
            .map(|r| r.iter().map(|c| c.shown()).collect())
            .collect()
    }

    #[test]
    fn a_count_under_five_is_hidden_and_cannot_be_recomputed_from_its_total() {
        // Barriers met, one platform: 12 itsme, 3 no smartphone, 9 platform down.
        let p = publish(&[vec![12, 3, 9]]);
        // 3 is hidden; so is 9, the smallest other, else 24 - 12 - 9 = 3.
        assert_eq!(shown(&p), vec![vec![Some(12), None, None]]);
        assert_eq!(p.cells[0][1], Cell::Small, "published as < 5");
        assert_eq!(
            p.cells[0][2],
            Cell::Masked,
            "published as hidden, not as < 5"
        );
        assert_eq!(p.row_totals, vec![Cell::Shown(24)]);
        assert_eq!(p.column_totals[1], Cell::Small);
    }

    #[test]
    fn zeros_are_shown_and_a_hidden_count_beside_zeros_takes_another_with_it() {
        let p = publish(&[vec![0, 2, 0, 40]]);
        // 2 is hidden, and 40 with it (42 - 0 - 0 would give 2 back); the total stays.
        assert_eq!(shown(&p), vec![vec![Some(0), None, Some(0), None]]);
        assert_eq!(p.row_totals, vec![Cell::Shown(42)]);
        let alone = publish(&[vec![0, 2, 0]]);
        assert_eq!(alone.row_totals, vec![Cell::Small], "a total under five");
    }

    #[test]
    fn hiding_in_a_row_can_force_hiding_in_a_column() {
        let p = publish(&[vec![20, 3, 30], vec![25, 40, 50]]);
        // Row 0: 3 and 20 hidden. Column 1: 3 hidden, 40 shown, total 43 shown → 40 goes;
        // column 0: 20 hidden → 25 goes. Row 1: 25 and 40 hidden: safe.
        assert_eq!(
            shown(&p),
            vec![vec![None, None, Some(30)], vec![None, None, Some(50)]]
        );
    }

    proptest! {
        /// In every line whose total is shown, the hidden counts are none, or at least two
        /// non-zero ones: no hidden figure is the total minus the shown ones. No shown
        /// figure is under five except zero.
        #[test]
        fn no_hidden_figure_can_be_worked_out_from_a_shown_total(
            table in proptest::collection::vec(proptest::collection::vec(0u64..30, 1..6), 1..6)
        ) {
            let p = publish(&table);
            let width = p.cells.iter().map(Vec::len).max().unwrap_or(0);
            let full: Vec<Vec<u64>> = table.iter().map(|r| { let mut r = r.clone(); r.resize(width, 0); r }).collect();
            let check = |values: Vec<u64>, cells: Vec<Cell>, total: Cell| {
                if total.is_hidden() { return true; }
                let hidden: Vec<u64> = values.iter().zip(&cells).filter(|(_, c)| c.is_hidden()).map(|(v, _)| *v).collect();
                hidden.iter().all(|v| *v == 0) || hidden.iter().filter(|v| **v > 0).count() >= 2
            };
            for (r, row) in full.iter().enumerate() {
                prop_assert!(check(row.clone(), p.cells[r].clone(), p.row_totals[r]));
            }
            for c in 0..width {
                prop_assert!(check(full.iter().map(|r| r[c]).collect(), p.cells.iter().map(|r| r[c]).collect(), p.column_totals[c]));
            }
            let row_sums: Vec<u64> = full.iter().map(|r| r.iter().sum()).collect();
            prop_assert!(check(row_sums, p.row_totals.clone(), p.total));
            let col_sums: Vec<u64> = (0..width).map(|c| full.iter().map(|r| r[c]).sum()).collect();
            prop_assert!(check(col_sums, p.column_totals.clone(), p.total));
            for cell in p.cells.iter().flatten().chain(&p.row_totals).chain(&p.column_totals).chain(std::iter::once(&p.total)) {
                if let Cell::Shown(n) = cell { prop_assert!(*n == 0 || *n >= THRESHOLD); }
            }
        }
    }
}

/// A platform whose failures jumped: this period's count against its usual level.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Jump {
    pub current: u64,
    /// The mean of the earlier periods compared.
    pub usual: f64,
    /// How many earlier periods the usual level is the mean of.
    pub periods: usize,
}

/// The fewest earlier periods a usual level is worked out from.
pub const MIN_HISTORY: usize = 4;

/// Whether `current` failures (acts not possible, or with the platform down) in this
/// period are a jump over the earlier periods `previous`: at least [`THRESHOLD`] (never an
/// alert about fewer than five acts), at least twice the usual level, and more than three
/// standard deviations of a count at that level above it (a Poisson count's deviation is
/// the square root of its mean), so that ordinary ups and downs of a small desk raise
/// nothing. With fewer than [`MIN_HISTORY`] earlier periods there is no usual level yet.
pub fn jump(current: u64, previous: &[u64]) -> Option<Jump> {
    if previous.len() < MIN_HISTORY || current < THRESHOLD {
        return None;
    }
    let usual = previous.iter().sum::<u64>() as f64 / previous.len() as f64;
    let c = current as f64;
    (c >= 2.0 * usual && c > usual + 3.0 * usual.sqrt()).then_some(Jump {
        current,
        usual,
        periods: previous.len(),
    })
}

#[cfg(test)]
mod jump_tests {
    use super::*;

    #[test]
    fn a_platform_down_this_week_is_a_jump_an_ordinary_week_is_not() {
        // Usually 2 failed procedures a week on the platform; 11 this week.
        let j = jump(11, &[2, 1, 3, 2, 2, 2]).expect("a jump");
        assert_eq!((j.current, j.periods), (11, 6));
        assert!((j.usual - 2.0).abs() < 1e-9);
        // Ordinary ups and downs.
        assert_eq!(jump(4, &[2, 1, 3, 2]), None, "fewer than five: never");
        assert_eq!(jump(14, &[10, 12, 9, 11]), None, "not twice the usual");
        assert_eq!(jump(6, &[3, 3, 3, 3]), None, "within three deviations of 3");
        // From nothing to a handful: an alert.
        assert!(jump(5, &[0, 0, 0, 0]).is_some());
        // Not enough history yet.
        assert_eq!(jump(30, &[1, 1, 1]), None);
    }
}

/// The figures' period: a calendar quarter or month, in Brussels days.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
pub enum Period {
    Quarter { year: i32, quarter: u32 },
    Month { year: i32, month: u32 },
}

impl Period {
    /// "2026-Q3" or "2026-09"; anything else (or a year outside 2000–2100) is refused.
    pub fn parse(code: &str) -> Option<Period> {
        let (y, rest) = code.trim().split_once('-')?;
        let year: i32 = y.parse().ok().filter(|y| (2000..=2100).contains(y))?;
        if let Some(q) = rest.strip_prefix('Q').or_else(|| rest.strip_prefix('q')) {
            let quarter: u32 = q.parse().ok().filter(|q| (1..=4).contains(q))?;
            Some(Period::Quarter { year, quarter })
        } else {
            let month: u32 = rest.parse().ok().filter(|m| (1..=12).contains(m))?;
            (rest.len() == 2).then_some(Period::Month { year, month })
        }
    }

    pub fn code(self) -> String {
        match self {
            Period::Quarter { year, quarter } => format!("{year}-Q{quarter}"),
            Period::Month { year, month } => format!("{year}-{month:02}"),
        }
    }

    /// The quarter a day falls in.
    pub fn quarter_of(day: chrono::NaiveDate) -> Period {
        use chrono::Datelike;
        Period::Quarter {
            year: day.year(),
            quarter: day.month0() / 3 + 1,
        }
    }

    /// The first and the last day, both included.
    pub fn days(self) -> (chrono::NaiveDate, chrono::NaiveDate) {
        let (year, first_month, months) = match self {
            Period::Quarter { year, quarter } => (year, (quarter - 1) * 3 + 1, 3),
            Period::Month { year, month } => (year, month, 1),
        };
        let first = chrono::NaiveDate::from_ymd_opt(year, first_month, 1).unwrap_or_default();
        let next = first
            .checked_add_months(chrono::Months::new(months))
            .unwrap_or(first);
        (first, next.pred_opt().unwrap_or(first))
    }

    /// The period just before, of the same kind: what a report compares with.
    pub fn previous(self) -> Period {
        match self {
            Period::Quarter { year, quarter: 1 } => Period::Quarter {
                year: year - 1,
                quarter: 4,
            },
            Period::Quarter { year, quarter } => Period::Quarter {
                year,
                quarter: quarter - 1,
            },
            Period::Month { year, month: 1 } => Period::Month {
                year: year - 1,
                month: 12,
            },
            Period::Month { year, month } => Period::Month {
                year,
                month: month - 1,
            },
        }
    }

    /// The periods a coordinator can choose on `today`: the current quarter and the
    /// seven before it, then the current month and the eleven before it.
    pub fn choices(today: chrono::NaiveDate) -> Vec<Period> {
        use chrono::Datelike;
        let mut out = Vec::new();
        let mut q = Period::quarter_of(today);
        for _ in 0..8 {
            out.push(q);
            q = q.previous();
        }
        let mut m = Period::Month {
            year: today.year(),
            month: today.month(),
        };
        for _ in 0..12 {
            out.push(m);
            m = m.previous();
        }
        out
    }
}

/// Whose figures: a team, a service (its teams) or a site (the teams of its services).
/// Never anything smaller than a team: there is no scope for a worker.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
pub enum Scope {
    Team(i64),
    Service(i64),
    Site(i64),
}

impl Scope {
    /// "team-3", "service-2", "site-1".
    pub fn parse(code: &str) -> Option<Scope> {
        let (kind, id) = code.trim().split_once('-')?;
        let id: i64 = id.parse().ok().filter(|i| *i > 0)?;
        match kind {
            "team" => Some(Scope::Team(id)),
            "service" => Some(Scope::Service(id)),
            "site" => Some(Scope::Site(id)),
            _ => None,
        }
    }

    pub fn code(self) -> String {
        match self {
            Scope::Team(id) => format!("team-{id}"),
            Scope::Service(id) => format!("service-{id}"),
            Scope::Site(id) => format!("site-{id}"),
        }
    }
}

/// One breakdown of the observatory as counted: a count per category for the period
/// and for the period before.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Breakdown {
    pub categories: Vec<String>,
    pub current: Vec<u64>,
    pub previous: Vec<u64>,
}

/// A breakdown as it may be shown anywhere (page, CSV, print, published link): the
/// counts are gone, only cells that passed the suppression rule remain. Both periods
/// are one table (categories × periods) so that a hidden cell can be worked out neither
/// from a period's total nor from a category's two periods.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Shown {
    pub categories: Vec<String>,
    pub current: Vec<ShownCell>,
    pub previous: Vec<ShownCell>,
    pub total_current: ShownCell,
    pub total_previous: ShownCell,
}

/// [`Cell`] as stored in a published report.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum ShownCell {
    Shown(u64),
    Small,
    Masked,
}

impl From<Cell> for ShownCell {
    fn from(c: Cell) -> Self {
        match c {
            Cell::Shown(n) => ShownCell::Shown(n),
            Cell::Small => ShownCell::Small,
            Cell::Masked => ShownCell::Masked,
        }
    }
}

impl ShownCell {
    pub fn value(self) -> Option<u64> {
        match self {
            ShownCell::Shown(n) => Some(n),
            _ => None,
        }
    }
}

impl Breakdown {
    /// Adds a category with its two counts.
    pub fn push(&mut self, category: impl Into<String>, current: u64, previous: u64) {
        self.categories.push(category.into());
        self.current.push(current);
        self.previous.push(previous);
    }

    /// The breakdown through [`publish`]: rows are categories, columns the two periods.
    pub fn publish(&self) -> Shown {
        let counts: Vec<Vec<u64>> = self
            .current
            .iter()
            .zip(&self.previous)
            .map(|(c, p)| vec![*c, *p])
            .collect();
        let p = publish(&counts);
        let column = |i: usize| -> Vec<ShownCell> {
            p.cells
                .iter()
                .map(|r| r.get(i).copied().unwrap_or(Cell::Shown(0)).into())
                .collect()
        };
        let total = |i: usize| -> ShownCell {
            p.column_totals
                .get(i)
                .copied()
                .unwrap_or(Cell::Shown(0))
                .into()
        };
        Shown {
            categories: self.categories.clone(),
            current: column(0),
            previous: column(1),
            total_current: total(0),
            total_previous: total(1),
        }
    }
}

#[cfg(test)]
mod period_tests {
    use super::*;
    use chrono::NaiveDate;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    #[test]
    fn periods_parse_and_give_their_days() {
        let q = Period::parse("2026-Q3").unwrap();
        assert_eq!(q.days(), (d(2026, 7, 1), d(2026, 9, 30)));
        assert_eq!(q.code(), "2026-Q3");
        assert_eq!(
            Period::parse("2026-Q1").unwrap().previous().code(),
            "2025-Q4"
        );
        let m = Period::parse("2028-02").unwrap();
        assert_eq!(m.days(), (d(2028, 2, 1), d(2028, 2, 29)));
        assert_eq!(
            Period::parse("2026-01").unwrap().previous().code(),
            "2025-12"
        );
        for bad in [
            "", "2026", "2026-Q5", "2026-Q0", "2026-13", "2026-1", "1999-01", "x-Q1",
        ] {
            assert_eq!(Period::parse(bad), None, "{bad}");
        }
        assert_eq!(Period::quarter_of(d(2026, 12, 4)).code(), "2026-Q4");
        let choices = Period::choices(d(2026, 12, 4));
        assert_eq!(choices.len(), 20);
        assert_eq!(choices[0].code(), "2026-Q4");
        assert_eq!(choices[7].code(), "2025-Q1");
        assert_eq!(choices[8].code(), "2026-12");
    }

    #[test]
    fn scopes_never_go_below_a_team() {
        assert_eq!(Scope::parse("team-3"), Some(Scope::Team(3)));
        assert_eq!(Scope::parse("site-1"), Some(Scope::Site(1)));
        assert_eq!(Scope::Service(2).code(), "service-2");
        for bad in ["worker-1", "user-2", "team-0", "team-x", "team"] {
            assert_eq!(Scope::parse(bad), None, "{bad}");
        }
    }

    #[test]
    fn a_breakdown_hides_small_cells_and_what_would_give_them_back() {
        let mut b = Breakdown::default();
        b.push("itsme", 12, 9);
        b.push("myminfin", 3, 8);
        b.push("ebox", 20, 15);
        let s = b.publish();
        use ShownCell::{Masked, Shown, Small};
        // 3 is small. Alone hidden in its quarter (total 35 shown) it would come back:
        // the smallest other figure of the quarter, 12, is hidden too. Alone in its row,
        // 8 is hidden; then alone in the previous quarter, 9 is hidden.
        assert_eq!(s.current, vec![Masked, Small, Shown(20)]);
        assert_eq!(s.previous, vec![Masked, Masked, Shown(15)]);
        assert_eq!((s.total_current, s.total_previous), (Shown(35), Shown(32)));
        assert_eq!(s.categories, vec!["itsme", "myminfin", "ebox"]);
    }
}
